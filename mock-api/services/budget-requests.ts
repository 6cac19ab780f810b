// Budget requests: someone asks for more money on a budget; once approved at every level the company's
// thresholds require (at least one), the budget's amount grows by deltaFen.
import type {
  Budget,
  BudgetCategory,
  BudgetMovement,
  CompanySettings,
  Fen,
} from '../../src/domain/index.ts';
import {
  budgetRequestRuleFor,
  createTasks,
  type DecisionResult,
  type TaskRecord,
} from './approvals.ts';
import { changeAmount } from './ledger.ts';
import type { Actor, Ids } from './orders.ts';

export interface BudgetRequestRecord {
  id: string;
  companyId: string;
  budgetId: string;
  costCenterId: string;
  category: BudgetCategory;
  period: string;
  deltaFen: Fen;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requesterId: string;
  requesterName: string;
  requesterNameEn?: string;
  createdAt: string;
  decidedAt?: string;
  deciderId?: string;
  deciderName?: string;
  deciderNameEn?: string;
  /** A decision made through a delegation (代理审批): the approver the decider acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  comment?: string;
  version: number;
}

const CATEGORY_ZH: Record<BudgetCategory, string> = {
  procurement: '采购',
  welfare: '福利',
  travel: '差旅',
};

export function createBudgetRequest(input: {
  command: { budgetId: string; deltaFen: Fen; reason: string };
  budget: Budget;
  /** The company's settings: their thresholds decide how many levels the request needs. */
  settings: CompanySettings;
  costCenterName?: { zh: string; en: string };
  actor: Actor;
  now: string;
  ids: Ids;
}): { request: BudgetRequestRecord; tasks: TaskRecord[] } {
  const { budget, actor, now, ids } = input;
  const request: BudgetRequestRecord = {
    id: ids.next('budgetRequest'),
    companyId: budget.companyId,
    budgetId: budget.id,
    costCenterId: budget.costCenterId,
    category: budget.category,
    period: budget.period,
    deltaFen: input.command.deltaFen,
    reason: input.command.reason.trim(),
    status: 'pending',
    requesterId: actor.id,
    requesterName: actor.name,
    requesterNameEn: actor.nameEn ?? actor.name,
    createdAt: now,
    version: 1,
  };
  const cc = input.costCenterName ?? { zh: budget.costCenterId, en: budget.costCenterId };
  const tasks = createTasks(
    {
      companyId: budget.companyId,
      subjectType: 'budgetRequest',
      subjectId: request.id,
      amountFen: request.deltaFen,
      requesterId: actor.id,
      requesterName: actor.name,
      requesterNameEn: actor.nameEn ?? actor.name,
      summary: {
        title: `预算追加申请：${cc.zh} ${CATEGORY_ZH[budget.category]}预算 ${budget.period}`,
        titleEn: `Budget increase: ${cc.en} ${budget.category} ${budget.period}`,
      },
    },
    budgetRequestRuleFor(request.deltaFen, input.settings),
    now,
    () => ids.next('task'),
  );
  return { request, tasks };
}

/** Approval raises the budget's amount by deltaFen (one `amount` movement); rejection changes no money. */
export function applyBudgetRequestDecision(input: {
  request: BudgetRequestRecord;
  budget: Budget;
  decision: DecisionResult;
  now: string;
  ids: Ids;
}): {
  request: BudgetRequestRecord;
  budget?: Budget;
  movement?: BudgetMovement;
} {
  const { request, decision, now } = input;
  if (decision.outcome === 'pending') return { request };
  const task = decision.decided;
  const decided: BudgetRequestRecord = {
    ...request,
    status: decision.outcome,
    decidedAt: now,
    deciderId: task.decidedBy,
    deciderName: task.deciderName,
    deciderNameEn: task.deciderNameEn,
    version: request.version + 1,
  };
  if (task.onBehalfOfName) {
    decided.onBehalfOfName = task.onBehalfOfName;
    decided.onBehalfOfNameEn = task.onBehalfOfNameEn ?? task.onBehalfOfName;
  }
  if (task.comment) decided.comment = task.comment;
  if (decision.outcome === 'rejected') return { request: decided };
  const ledger = changeAmount(input.budget, request.deltaFen, {
    id: input.ids.next('movement'),
    actorId: task.decidedBy!,
    reason: `Budget request ${request.id} approved: ${request.reason}`,
    reasonCode: 'BUDGET_REQUEST_APPROVED',
    reasonParams: { id: request.id, note: request.reason },
    subjectType: 'budgetRequest',
    subjectId: request.id,
    now,
  });
  return { request: decided, budget: ledger.budget, movement: ledger.movement };
}
