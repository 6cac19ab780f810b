// Budgets (ledger, movements, monthly usage) and budget requests over one store transaction (Tx).
import {
  MOVEMENT_TYPES,
  isMonth,
  usageByMonth,
  type Budget,
  type BudgetMovement,
  type CostCenter,
  type UsageMonth,
} from '../../src/domain/index.ts';
import { createBudgetRequest, type BudgetRequestRecord } from './budget-requests.ts';
import { badQuery, checkEnum } from '../lib/query.ts';
import { fail } from './errors.ts';
import { buyerCostCenterIds, idsFor, settingsOf } from './procurement-service.ts';
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

function userNames(tx: Tx, id: string): { name: string; nameEn: string } {
  const u = tx.get<{ name: string; nameEn?: string }>(C.users, id);
  return { name: u?.name ?? id, nameEn: u?.nameEn ?? u?.name ?? id };
}

// ---- budgets ----

/** Budgets the caller may see: hr/admin the company's; anyone else their department's cost center (read-only). */
function canSeeBudget(tx: Tx, caller: Caller, b: Budget, buyerCcs?: Set<string>): boolean {
  if (b.companyId !== caller.companyId) return false;
  if (hasRole(caller, 'hr', 'admin')) return true;
  return (buyerCcs ?? buyerCostCenterIds(tx, caller)).has(b.costCenterId);
}

function visibleBudgets(tx: Tx, caller: Caller, query: Query): Budget[] {
  const ccs = buyerCostCenterIds(tx, caller);
  const cc = q1(query, 'costCenterId');
  const category = q1(query, 'category');
  const period = q1(query, 'period');
  return tx
    .all<Budget>(C.budgets)
    .filter(
      (b) =>
        canSeeBudget(tx, caller, b, ccs) &&
        (!cc || b.costCenterId === cc) &&
        (!category || b.category === category) &&
        (!period || b.period === period),
    );
}

export function listBudgets(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: Budget[]; total: number } {
  return pageOf(visibleBudgets(tx, caller, query), query, {
    sortable: [
      'costCenterId',
      'category',
      'period',
      'amountFen',
      'availableFen',
      'committedFen',
      'spentFen',
    ],
    defaultSort: 'id',
    defaultOrder: 'asc',
  });
}

export function getBudget(tx: Tx, caller: Caller, id: string): Budget {
  const b = ownRecord<Budget>(tx, C.budgets, id, caller, 'Budget');
  if (!canSeeBudget(tx, caller, b)) fail('NOT_FOUND', `Budget ${id} was not found`);
  return b;
}

type MovementPage = {
  items: (BudgetMovement & { actorName: string; actorNameEn: string })[];
  total: number;
};

export function budgetMovements(tx: Tx, caller: Caller, id: string, query: Query): MovementPage {
  getBudget(tx, caller, id);
  return movementPage(
    tx,
    tx.all<BudgetMovement>(C.movements).filter((m) => m.budgetId === id),
    query,
  );
}

/**
 * The movements behind a budget chart's bar: those of the budgets the caller may see under the
 * list's filters (cost center, category, year), optionally of one month and one movement type.
 */
export function ledgerMovements(tx: Tx, caller: Caller, query: Query): MovementPage {
  const month = q1(query, 'month');
  const type = q1(query, 'type');
  if (month !== undefined && !isMonth(month)) badQuery('month', 'A month YYYY-MM');
  checkEnum(query, 'type', MOVEMENT_TYPES);
  const budgets = new Set(visibleBudgets(tx, caller, query).map((b) => b.id));
  const rows = tx
    .all<BudgetMovement>(C.movements)
    .filter(
      (m) =>
        budgets.has(m.budgetId) &&
        (!month || m.createdAt.startsWith(month)) &&
        (!type || m.type === type),
    );
  return movementPage(tx, rows, query);
}

function movementPage(tx: Tx, rows: BudgetMovement[], query: Query): MovementPage {
  const page = pageOf(rows, query, {
    sortable: ['createdAt', 'amountFen', 'type'],
    defaultSort: 'createdAt',
  });
  return {
    total: page.total,
    items: page.items.map((m) => {
      const n = userNames(tx, m.actorId);
      // movements written before reasons had codes show their text
      return {
        ...m,
        reasonCode: m.reasonCode ?? null,
        reasonParams: m.reasonParams ?? {},
        actorName: n.name,
        actorNameEn: n.nameEn,
      };
    }),
  };
}

export function budgetUsage(tx: Tx, caller: Caller, query: Query): UsageMonth[] {
  const budgets = new Set(visibleBudgets(tx, caller, query).map((b) => b.id));
  return usageByMonth(tx.all<BudgetMovement>(C.movements).filter((m) => budgets.has(m.budgetId)));
}

// ---- budget requests ----

export function createBudgetRequestFor(
  tx: Tx,
  caller: Caller,
  cmd: { budgetId: string; deltaFen: number; reason: string },
  now: string,
): BudgetRequestRecord & { taskIds: string[] } {
  requireRole(caller, 'buyer', 'hr', 'admin');
  const budget = tx.get<Budget>(C.budgets, cmd.budgetId);
  if (!budget || !canSeeBudget(tx, caller, budget)) {
    fail('VALIDATION_FAILED', 'Unknown budget', [
      { path: 'budgetId', message: `Unknown budget ${cmd.budgetId}` },
    ]);
  }
  const cc = tx.get<CostCenter>(C.costCenters, budget.costCenterId);
  const { request, tasks } = createBudgetRequest({
    command: cmd,
    budget,
    settings: settingsOf(tx, caller),
    costCenterName: cc ? { zh: cc.name, en: cc.nameEn } : undefined,
    actor: caller,
    now,
    ids: idsFor(tx, now),
  });
  tx.insert(C.budgetRequests, request);
  for (const t of tasks) tx.insert(C.approvals, t);
  return { ...request, taskIds: tasks.map((t) => t.id) };
}

export function listBudgetRequests(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: BudgetRequestRecord[]; total: number } {
  requireRole(caller, 'buyer', 'hr', 'admin');
  const mine = q1(query, 'mine') === 'true' || !hasRole(caller, 'hr', 'admin');
  const status = q1(query, 'status');
  const budgetId = q1(query, 'budgetId');
  const items = tx
    .all<BudgetRequestRecord>(C.budgetRequests)
    .filter(
      (r) =>
        r.companyId === caller.companyId &&
        (!mine || r.requesterId === caller.id) &&
        (!status || r.status === status) &&
        (!budgetId || r.budgetId === budgetId),
    );
  return pageOf(items, query, {
    sortable: ['createdAt', 'deltaFen', 'status'],
    defaultSort: 'createdAt',
  });
}

export function getBudgetRequest(tx: Tx, caller: Caller, id: string): BudgetRequestRecord {
  requireRole(caller, 'buyer', 'hr', 'admin');
  const r = ownRecord<BudgetRequestRecord>(tx, C.budgetRequests, id, caller, 'Budget request');
  if (!hasRole(caller, 'hr', 'admin') && r.requesterId !== caller.id)
    fail('NOT_FOUND', `Budget request ${id} was not found`);
  return r;
}
