// The approval inbox, the decision screen and decisions over one store transaction (Tx); what a decided task does
// to its subject (order, budget request, or a type another module registers).
import type { Budget, Department } from '../../src/domain/index.ts';
import {
  canDecide,
  decide,
  historyOf,
  type DecisionResult,
  type HistoryEntry,
  type TaskRecord,
} from './approvals.ts';
import { applyBudgetRequestDecision, type BudgetRequestRecord } from './budget-requests.ts';
import { notifyOutcome } from './notification-service.ts';
import { applyOrderDecision, orderView, type Ids, type OrderRecord } from './orders.ts';
import { idsFor, subjectTasks } from './procurement-service.ts';
import {
  C,
  hasRole,
  ownRecord,
  pageOf,
  q1,
  requireRole,
  type Caller,
  type Query,
  type Tx,
} from './tx.ts';

interface UserRecord {
  id: string;
  name: string;
  nameEn?: string;
  email: string;
  companyId: string;
  departmentId: string;
}

/** What a subject type does when one of its tasks is decided, and what the decision screen shows of it. */
export interface ApprovalSubjectHandler {
  /** Applies the outcome to the subject (and budget) in the same transaction; returns the requester's notification data when final. */
  onDecided(tx: Tx, task: TaskRecord, decision: DecisionResult, now: string, ids: Ids): void;
  /** The subject record, and the budget it draws on with the available amount before/after approval. */
  detail(
    tx: Tx,
    task: TaskRecord,
  ): {
    subject: unknown;
    budget: { before: Budget; availableBeforeFen: number; availableAfterFen: number } | null;
  };
}

const handlers = new Map<string, ApprovalSubjectHandler>();

/** Other modules (travel) register their subject types here. */
export function registerApprovalSubject(
  subjectType: string,
  handler: ApprovalSubjectHandler,
): void {
  handlers.set(subjectType, handler);
}

registerApprovalSubject('order', {
  onDecided(tx, task, decision, now, ids) {
    const order = tx.get<OrderRecord>(C.orders, task.subjectId);
    if (!order) throw new Error(`Order ${task.subjectId} of task ${task.id} is missing`);
    const budget = tx.get<Budget>(C.budgets, order.budgetId)!;
    const r = applyOrderDecision({ order, budget, decision, now, ids });
    tx.update(C.orders, r.order);
    if (r.budget) tx.update(C.budgets, r.budget);
    if (r.movement) tx.insert(C.movements, r.movement);
    notifyOutcome(tx, task, decision, order.totalFen, now, ids);
  },
  detail(tx, task) {
    const stored = tx.get<OrderRecord>(C.orders, task.subjectId);
    const order = stored && orderView(stored);
    const budget = order ? tx.get<Budget>(C.budgets, order.budgetId) : undefined;
    if (!order || !budget) return { subject: order ?? null, budget: null };
    const held =
      order.status === 'pending_approval' || order.status === 'approved'
        ? order.totalFen
        : order.status === 'partially_received'
          ? order.totalFen - order.receivedFen
          : 0;
    return {
      subject: order,
      budget: {
        before: budget,
        availableBeforeFen: budget.availableFen + held,
        availableAfterFen: budget.availableFen + held - order.totalFen,
      },
    };
  },
});

registerApprovalSubject('budgetRequest', {
  onDecided(tx, task, decision, now, ids) {
    const request = tx.get<BudgetRequestRecord>(C.budgetRequests, task.subjectId);
    if (!request) throw new Error(`Budget request ${task.subjectId} of task ${task.id} is missing`);
    const budget = tx.get<Budget>(C.budgets, request.budgetId)!;
    const r = applyBudgetRequestDecision({ request, budget, decision, now, ids });
    tx.update(C.budgetRequests, r.request);
    if (r.budget) tx.update(C.budgets, r.budget);
    if (r.movement) tx.insert(C.movements, r.movement);
    notifyOutcome(tx, task, decision, request.deltaFen, now, ids);
  },
  detail(tx, task) {
    const request = tx.get<BudgetRequestRecord>(C.budgetRequests, task.subjectId);
    const budget = request ? tx.get<Budget>(C.budgets, request.budgetId) : undefined;
    if (!request || !budget) return { subject: request ?? null, budget: null };
    const adds = request.status === 'pending' ? request.deltaFen : 0;
    return {
      subject: request,
      budget: {
        before: budget,
        availableBeforeFen: budget.availableFen,
        availableAfterFen: budget.availableFen + adds,
      },
    };
  },
});

function visibleTask(tx: Tx, caller: Caller, id: string): TaskRecord {
  requireRole(caller, 'hr', 'admin');
  return ownRecord<TaskRecord>(tx, C.approvals, id, caller, 'Approval task');
}

/**
 * The inbox. An hr user is offered only the pending tasks they may decide: never their own request, nor a
 * level of a subject whose other level they decided (a later level is `waiting`, not pending, until the
 * level before it is approved). An admin reads every task and decides none.
 */
export function listApprovals(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: (TaskRecord & { canDecide: boolean })[]; total: number } {
  requireRole(caller, 'hr', 'admin');
  const status = q1(query, 'status');
  const statuses =
    status === 'decided' ? ['approved', 'rejected', 'cancelled'] : status ? status.split(',') : [];
  const type = q1(query, 'subjectType');
  const min = Number(q1(query, 'amountMin'));
  const max = Number(q1(query, 'amountMax'));
  const requester = q1(query, 'requesterId');
  const approver = hasRole(caller, 'hr');
  const mayDecide = decidableBy(tx, caller);
  const items = tx
    .all<TaskRecord>(C.approvals)
    .filter(
      (t) =>
        t.companyId === caller.companyId &&
        (!statuses.length || statuses.includes(t.status)) &&
        (!type || t.subjectType === type) &&
        (!q1(query, 'amountMin') || Number.isNaN(min) || t.amountFen >= min) &&
        (!q1(query, 'amountMax') || Number.isNaN(max) || t.amountFen <= max) &&
        (!requester || t.requesterId === requester) &&
        (!approver || t.status !== 'pending' || mayDecide(t)),
    );
  const page = pageOf(items, query, {
    sortable: ['createdAt', 'amountFen', 'decidedAt', 'level'],
    defaultSort: status === 'decided' ? 'decidedAt' : 'createdAt',
  });
  return { total: page.total, items: page.items.map((t) => ({ ...t, canDecide: mayDecide(t) })) };
}

/** Whether the caller may decide a task now: hr, pending, not their own request, no other level of it decided by them. */
function decidableBy(tx: Tx, caller: Caller): (t: TaskRecord) => boolean {
  if (!hasRole(caller, 'hr')) return () => false;
  let bySubject: Map<string, TaskRecord[]> | undefined;
  const levelsOf = (t: TaskRecord): readonly TaskRecord[] => {
    if (t.levels <= 1) return [t];
    if (!bySubject) {
      bySubject = new Map();
      for (const x of tx.all<TaskRecord>(C.approvals)) {
        if (x.levels <= 1 || x.companyId !== caller.companyId) continue;
        const key = `${x.subjectType}:${x.subjectId}`;
        const levels = bySubject.get(key);
        if (levels) levels.push(x);
        else bySubject.set(key, [x]);
      }
    }
    return bySubject.get(`${t.subjectType}:${t.subjectId}`) ?? [t];
  };
  return (t) => canDecide(t, levelsOf(t), caller.id);
}

export interface ApprovalDetail extends TaskRecord {
  canDecide: boolean;
  subject: unknown;
  requester: {
    id: string;
    name: string;
    nameEn: string;
    email?: string;
    departmentName?: string;
    departmentNameEn?: string;
  };
  budget: { before: Budget; availableBeforeFen: number; availableAfterFen: number } | null;
  rule: { code: TaskRecord['ruleCode']; thresholdFen?: number };
  history: HistoryEntry[];
}

export function approvalDetail(tx: Tx, caller: Caller, id: string): ApprovalDetail {
  const task = visibleTask(tx, caller, id);
  const handler = handlers.get(task.subjectType);
  const user = tx.get<UserRecord>(C.users, task.requesterId);
  const dept = user ? tx.get<Department>(C.departments, user.departmentId) : undefined;
  const { subject, budget } = handler ? handler.detail(tx, task) : { subject: null, budget: null };
  const rule: ApprovalDetail['rule'] = { code: task.ruleCode };
  if (task.thresholdFen !== undefined) rule.thresholdFen = task.thresholdFen;
  return {
    ...task,
    canDecide: decidableBy(tx, caller)(task),
    subject,
    requester: {
      id: task.requesterId,
      name: user?.name ?? task.requesterName,
      nameEn: user?.nameEn ?? task.requesterNameEn ?? user?.name ?? task.requesterName,
      email: user?.email,
      departmentName: dept?.name,
      departmentNameEn: dept?.nameEn,
    },
    budget,
    rule,
    history: historyOf(subjectTasks(tx, task.subjectType, task.subjectId)),
  };
}

export function decideApproval(
  tx: Tx,
  caller: Caller,
  id: string,
  command: { decision: 'approve' | 'reject'; comment?: string; version: number },
  now: string,
): TaskRecord {
  requireRole(caller, 'hr');
  const task = visibleTask(tx, caller, id);
  const handler = handlers.get(task.subjectType);
  if (!handler) throw new Error(`No handler for approval subject ${task.subjectType}`);
  const decision = decide({
    task,
    subjectTasks: subjectTasks(tx, task.subjectType, task.subjectId),
    decider: caller,
    command,
    now,
  });
  for (const t of decision.changed) tx.update(C.approvals, t);
  handler.onDecided(tx, task, decision, now, idsFor(tx, now));
  return decision.decided;
}
