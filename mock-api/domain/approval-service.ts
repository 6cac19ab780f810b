// Budgets, budget requests, the approval inbox, company settings and notifications over one store transaction.
import type {
  Budget,
  BudgetCategory,
  BudgetMovement,
  Company,
  CompanySettings,
  CostCenter,
  Department,
} from '../../src/domain/index.ts';
import {
  canDecide,
  decide,
  historyOf,
  type DecisionResult,
  type HistoryEntry,
  type TaskRecord,
} from './approvals.ts';
import {
  applyBudgetRequestDecision,
  createBudgetRequest,
  type BudgetRequestRecord,
} from './budget-requests.ts';
import { fail } from './errors.ts';
import { usageByMonth, type UsageMonth } from './ledger.ts';
import { outcomeNotification, type NotificationRecord } from './notifications.ts';
import { applyOrderDecision, type Ids, type OrderRecord } from './orders.ts';
import { buyerCostCenterIds, companyOf, idsFor, subjectTasks } from './procurement-service.ts';
import { applySettingsPatch } from './settings.ts';
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

function userNames(tx: Tx, id: string): { name: string; nameEn: string } {
  const u = tx.get<UserRecord>(C.users, id);
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

export function budgetMovements(
  tx: Tx,
  caller: Caller,
  id: string,
  query: Query,
): { items: (BudgetMovement & { actorName: string; actorNameEn: string })[]; total: number } {
  getBudget(tx, caller, id);
  const rows = tx.all<BudgetMovement>(C.movements).filter((m) => m.budgetId === id);
  const page = pageOf(rows, query, {
    sortable: ['createdAt', 'amountFen', 'type'],
    defaultSort: 'createdAt',
  });
  return {
    total: page.total,
    items: page.items.map((m) => {
      const n = userNames(tx, m.actorId);
      return { ...m, actorName: n.name, actorNameEn: n.nameEn };
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

// ---- approvals ----

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

function notify(
  tx: Tx,
  task: TaskRecord,
  decision: DecisionResult,
  amountFen: number,
  now: string,
  ids: Ids,
): void {
  if (
    decision.outcome === 'pending' ||
    (task.subjectType !== 'order' && task.subjectType !== 'budgetRequest')
  )
    return;
  const n: NotificationRecord = outcomeNotification({
    id: ids.next('notification'),
    companyId: task.companyId,
    userId: task.requesterId,
    subjectType: task.subjectType,
    subjectId: task.subjectId,
    outcome: decision.outcome,
    amountFen,
    deciderName: decision.decided.deciderName ?? '',
    comment: decision.decided.comment,
    now,
  });
  tx.insert(C.notifications, n);
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
    notify(tx, task, decision, order.totalFen, now, ids);
  },
  detail(tx, task) {
    const order = tx.get<OrderRecord>(C.orders, task.subjectId);
    const budget = order ? tx.get<Budget>(C.budgets, order.budgetId) : undefined;
    if (!order || !budget) return { subject: order ?? null, budget: null };
    const held =
      order.status === 'pending_approval' || order.status === 'approved' ? order.totalFen : 0;
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
    notify(tx, task, decision, request.deltaFen, now, ids);
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

export function listApprovals(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: TaskRecord[]; total: number } {
  requireRole(caller, 'hr', 'admin');
  const status = q1(query, 'status');
  const statuses =
    status === 'decided' ? ['approved', 'rejected', 'cancelled'] : status ? status.split(',') : [];
  const type = q1(query, 'subjectType');
  const min = Number(q1(query, 'amountMin'));
  const max = Number(q1(query, 'amountMax'));
  const requester = q1(query, 'requesterId');
  const items = tx
    .all<TaskRecord>(C.approvals)
    .filter(
      (t) =>
        t.companyId === caller.companyId &&
        (!statuses.length || statuses.includes(t.status)) &&
        (!type || t.subjectType === type) &&
        (!q1(query, 'amountMin') || Number.isNaN(min) || t.amountFen >= min) &&
        (!q1(query, 'amountMax') || Number.isNaN(max) || t.amountFen <= max) &&
        (!requester || t.requesterId === requester),
    );
  const page = pageOf(items, query, {
    sortable: ['createdAt', 'amountFen', 'decidedAt', 'level'],
    defaultSort: status === 'decided' ? 'decidedAt' : 'createdAt',
  });
  return { total: page.total, items: page.items.map((t) => withCanDecide(tx, caller, t)) };
}

/** Adds `canDecide`: whether this caller may decide the task now (hr, pending, not theirs, no other level of it decided by them). */
function withCanDecide(tx: Tx, caller: Caller, t: TaskRecord): TaskRecord & { canDecide: boolean } {
  const ok =
    hasRole(caller, 'hr') &&
    t.status === 'pending' &&
    canDecide(t, t.levels > 1 ? subjectTasks(tx, t.subjectType, t.subjectId) : [t], caller.id);
  return { ...t, canDecide: ok };
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
    ...withCanDecide(tx, caller, task),
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

// ---- company settings ----

export function currentCompany(tx: Tx, caller: Caller): Company {
  return companyOf(tx, caller);
}

export function patchCompanySettings(
  tx: Tx,
  caller: Caller,
  patch: Partial<CompanySettings>,
): Company {
  requireRole(caller, 'admin');
  const company = companyOf(tx, caller);
  const next: Company = { ...company, settings: applySettingsPatch(company.settings, patch) };
  tx.update(C.companies, next);
  return next;
}

// ---- notifications ----

export function listNotifications(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: NotificationRecord[]; total: number } {
  const unread = q1(query, 'unread') === 'true';
  const items = tx
    .all<NotificationRecord>(C.notifications)
    .filter(
      (n) => n.userId === caller.id && n.companyId === caller.companyId && (!unread || !n.read),
    );
  return pageOf(items, query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
}

export function markNotificationRead(tx: Tx, caller: Caller, id: string): void {
  const n = tx.get<NotificationRecord>(C.notifications, id);
  if (!n || n.userId !== caller.id) fail('NOT_FOUND', `Notification ${id} was not found`);
  if (!n.read) tx.update(C.notifications, { ...n, read: true });
}

export type { BudgetCategory };
