// The approval inbox, the decision screen and decisions over one store transaction (Tx); what a decided task does
// to its subject (order, budget request, or a type another module registers).
import {
  poolOf,
  type Budget,
  type Department,
  type PersonRef,
  type Role,
} from '../../src/domain/index.ts';
import {
  decide,
  historyOf,
  type DecisionResult,
  type HistoryEntry,
  type TaskRecord,
} from './approvals.ts';
import { approvalRulesOf } from './approval-rules.ts';
import { applyBudgetRequestDecision, type BudgetRequestRecord } from './budget-requests.ts';
import { activeDelegationsTo, isNamedDelegate } from './delegation-service.ts';
import { fail } from './errors.ts';
import { notifyOutcome } from './notification-service.ts';
import { applyOrderDecision, orderView, type Ids, type OrderRecord } from './orders.ts';
import { idsFor, subjectTasks } from './procurement-service.ts';
import { C, hasRole, ownRecord, pageOf, q1, type Caller, type Query, type Tx } from './tx.ts';

interface UserRecord {
  id: string;
  name: string;
  nameEn?: string;
  email: string;
  companyId: string;
  departmentId: string;
  roles: readonly Role[];
  active?: boolean;
}

/** May a user decide a task (its status aside — `decide` checks that), and for whom. */
export type DecisionRight =
  { allowed: true; onBehalfOf?: PersonRef } | { allowed: false; reason: string };

/**
 * THE answer to "may user U decide task T", used by the inbox, the decision screen and the decision itself.
 *
 * Directly: U is an active hr user of the company, in the pool of T's level (an empty pool: every hr user),
 * T is not U's own request, and no other level of the same subject (same round) was decided by U or on U's
 * behalf. On behalf of Y: a delegation from Y to U is in force today and Y may decide T directly (so never Y's
 * own request), T is not U's own request either, and no other level was decided by or for U. U needs no role
 * to act for Y. Direct right wins; otherwise the first delegator (by delegation id) that qualifies.
 */
export function approvalAuthority(
  tx: Tx,
  companyId: string,
  userId: string,
  now: string,
): (task: TaskRecord) => DecisionRight {
  const rules = approvalRulesOf(tx, companyId);
  const user = (id: string) => {
    const u = tx.get<UserRecord>(C.users, id);
    return u && u.companyId === companyId && u.active !== false ? u : undefined;
  };
  const delegators = activeDelegationsTo(tx, companyId, userId, now);
  const levelsOf = subjectLevels(tx, companyId);
  const involved = (task: TaskRecord, id: string) =>
    levelsOf(task).some(
      (t) => t.id !== task.id && sameRound(t, task) && (t.decidedBy === id || t.onBehalfOf === id),
    );
  const direct = (task: TaskRecord, id: string): string | null => {
    const u = user(id);
    if (!u || !u.roles.includes('hr'))
      return 'This needs the role hr or a delegation in force today';
    const pool = poolOf(rules, task.level);
    if (pool.length && !pool.includes(id))
      return `Level ${task.level} is decided by the company's approvers of that level`;
    if (task.requesterId === id) return 'Nobody may decide on their own request';
    if (involved(task, id))
      return 'You already decided another level of this request; a different approver must decide this level';
    return null;
  };
  return (task) => {
    if (task.companyId !== companyId) return { allowed: false, reason: 'Another company' };
    const own = direct(task, userId);
    if (own === null) return { allowed: true };
    if (task.requesterId === userId || involved(task, userId))
      return { allowed: false, reason: own };
    for (const d of delegators) {
      if (direct(task, d.delegatorId) === null && !involved(task, d.delegatorId))
        return {
          allowed: true,
          onBehalfOf: { id: d.delegatorId, name: d.delegatorName, nameEn: d.delegatorNameEn },
        };
    }
    return { allowed: false, reason: own };
  };
}

/** Every task of the subject of a task (all levels, all rounds), indexed once per call. */
function subjectLevels(tx: Tx, companyId: string): (t: TaskRecord) => readonly TaskRecord[] {
  let bySubject: Map<string, TaskRecord[]> | undefined;
  return (t) => {
    if (t.levels <= 1 && !t.round) return [t];
    if (!bySubject) {
      bySubject = new Map();
      for (const x of tx.all<TaskRecord>(C.approvals)) {
        if (x.companyId !== companyId) continue;
        const key = `${x.subjectType}:${x.subjectId}`;
        const levels = bySubject.get(key);
        if (levels) levels.push(x);
        else bySubject.set(key, [x]);
      }
    }
    return bySubject.get(`${t.subjectType}:${t.subjectId}`) ?? [t];
  };
}

const sameRound = (a: TaskRecord, b: TaskRecord) => (a.round ?? 1) === (b.round ?? 1);

/**
 * The levels (ascending) with open tasks (pending or waiting) that nobody but `userId` could decide: the
 * active hr users of the level's pool, less each task's requester, are this user alone. Deactivating or
 * demoting that user would leave those tasks without an approver.
 */
export function openTaskLevelsOnlyDecidableBy(
  reader: Tx,
  companyId: string,
  userId: string,
): number[] {
  const rules = approvalRulesOf(reader, companyId);
  const hr = reader
    .all<UserRecord>(C.users)
    .filter((u) => u.companyId === companyId && u.active !== false && u.roles.includes('hr'))
    .map((u) => u.id);
  const levels = new Set<number>();
  for (const t of reader.all<TaskRecord>(C.approvals)) {
    if (t.companyId !== companyId || (t.status !== 'pending' && t.status !== 'waiting')) continue;
    const pool = poolOf(rules, t.level);
    const deciders = hr.filter((id) => (!pool.length || pool.includes(id)) && id !== t.requesterId);
    if (deciders.length === 1 && deciders[0] === userId) levels.add(t.level);
  }
  return [...levels].sort((a, b) => a - b);
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

/**
 * hr and admin read every task of their company; anybody else only the tasks offered to them through a
 * delegation in force today and those they decided (else 403).
 */
function visibleTask(
  tx: Tx,
  caller: Caller,
  id: string,
  right: (t: TaskRecord) => DecisionRight,
  now: string,
): TaskRecord {
  const reader = hasRole(caller, 'hr', 'admin');
  if (!reader && !isNamedDelegate(tx, caller.companyId, caller.id, now))
    fail('FORBIDDEN', 'This needs the role hr or admin, or to be named a delegate');
  const task = ownRecord<TaskRecord>(tx, C.approvals, id, caller, 'Approval task');
  if (!reader && !delegateSees(task, caller, right))
    fail('FORBIDDEN', 'This needs the role hr or admin, or a delegation in force today');
  return task;
}

const delegateSees = (
  t: TaskRecord,
  caller: Caller,
  right: (t: TaskRecord) => DecisionRight,
): boolean => t.decidedBy === caller.id || (t.status === 'pending' && right(t).allowed);

/** The approver a task is offered for (only when the caller may decide it on their behalf, not directly). */
function offeredFor(right: DecisionRight): { delegatedBy?: PersonRef } {
  return right.allowed && right.onBehalfOf ? { delegatedBy: right.onBehalfOf } : {};
}

/**
 * The inbox. An hr user is offered only the pending tasks they may decide (`approvalAuthority`): never their
 * own request, nor a level of a subject whose other level they decided, nor a level whose pool leaves them out
 * — plus those of approvers who named them their delegate, marked `delegatedBy`. A delegate without the hr or
 * admin role sees only those and the tasks they decided, and only while named by a delegation that is not
 * over (scheduled: nothing offered yet); anybody else without those roles gets 403. An admin reads every task and decides none unless named a delegate.
 */
export function listApprovals(
  tx: Tx,
  caller: Caller,
  query: Query,
  now: string,
): { items: (TaskRecord & { canDecide: boolean; delegatedBy?: PersonRef })[]; total: number } {
  const authority = approvalAuthority(tx, caller.companyId, caller.id, now);
  const reader = hasRole(caller, 'hr', 'admin');
  if (!reader && !isNamedDelegate(tx, caller.companyId, caller.id, now))
    fail('FORBIDDEN', 'This needs the role hr or admin, or to be named a delegate');
  const status = q1(query, 'status');
  const statuses =
    status === 'decided' ? ['approved', 'rejected', 'cancelled'] : status ? status.split(',') : [];
  const type = q1(query, 'subjectType');
  const min = Number(q1(query, 'amountMin'));
  const max = Number(q1(query, 'amountMax'));
  const requester = q1(query, 'requesterId');
  const approver = hasRole(caller, 'hr');
  const rights = new Map<string, DecisionRight>();
  const right = (t: TaskRecord): DecisionRight => {
    let r = rights.get(t.id);
    if (!r) rights.set(t.id, (r = authority(t)));
    return r;
  };
  const mayDecide = (t: TaskRecord) => t.status === 'pending' && right(t).allowed;
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
        (reader
          ? !approver || t.status !== 'pending' || mayDecide(t)
          : delegateSees(t, caller, right)),
    );
  const page = pageOf(items, query, {
    sortable: ['createdAt', 'amountFen', 'decidedAt', 'level'],
    defaultSort: status === 'decided' ? 'decidedAt' : 'createdAt',
  });
  return {
    total: page.total,
    items: page.items.map((t) => ({
      ...t,
      canDecide: mayDecide(t),
      ...(mayDecide(t) ? offeredFor(right(t)) : {}),
    })),
  };
}

export interface ApprovalDetail extends TaskRecord {
  canDecide: boolean;
  /** The approver the caller would decide for (a delegation), when not in their own right. */
  delegatedBy?: PersonRef;
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

export function approvalDetail(tx: Tx, caller: Caller, id: string, now: string): ApprovalDetail {
  const authority = approvalAuthority(tx, caller.companyId, caller.id, now);
  const task = visibleTask(tx, caller, id, authority, now);
  const right = authority(task);
  const canDecide = task.status === 'pending' && right.allowed;
  const handler = handlers.get(task.subjectType);
  const user = tx.get<UserRecord>(C.users, task.requesterId);
  const dept = user ? tx.get<Department>(C.departments, user.departmentId) : undefined;
  const { subject, budget } = handler ? handler.detail(tx, task) : { subject: null, budget: null };
  const rule: ApprovalDetail['rule'] = { code: task.ruleCode };
  if (task.thresholdFen !== undefined) rule.thresholdFen = task.thresholdFen;
  return {
    ...task,
    canDecide,
    ...(canDecide ? offeredFor(right) : {}),
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
  if (!hasRole(caller, 'hr') && !activeDelegationsTo(tx, caller.companyId, caller.id, now).length)
    fail('FORBIDDEN', 'This needs the role hr or a delegation in force today');
  const task = ownRecord<TaskRecord>(tx, C.approvals, id, caller, 'Approval task');
  const right = approvalAuthority(tx, caller.companyId, caller.id, now)(task);
  if (!right.allowed) fail('FORBIDDEN', right.reason);
  const handler = handlers.get(task.subjectType);
  if (!handler) throw new Error(`No handler for approval subject ${task.subjectType}`);
  const decision = decide({
    task,
    subjectTasks: subjectTasks(tx, task.subjectType, task.subjectId),
    decider: caller,
    onBehalfOf: right.onBehalfOf,
    command,
    now,
  });
  for (const t of decision.changed) tx.update(C.approvals, t);
  handler.onDecided(tx, task, decision, now, idsFor(tx, now));
  return decision.decided;
}
