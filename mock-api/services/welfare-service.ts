// e福礼 welfare use cases over one store transaction (Tx): grants (budget + approval + lots) and
// redemptions (points + cash, payment window, shipping timeline, cancellation with refunds to the
// original lots). The rules are in mock-api/README.md ("Welfare") and mock-api/openapi.yaml.
import {
  grantCostFen,
  isActiveUnit,
  quoteRedemption,
  REDEMPTION_DELIVER_AFTER_MS,
  REDEMPTION_PAYMENT_WINDOW_MS,
  REDEMPTION_SHIP_AFTER_MS,
  type Budget,
  type CostCenter,
  type DeliveryAddress,
  type Department,
  type Fen,
  type FieldError,
  type GrantStatus,
  type PaymentMethod,
  type Product,
  type RedemptionEventType,
  type RedemptionStatus,
} from '../../src/domain/index.ts';
import type { GrantCommand, RedemptionCommand } from '../../src/domain/schemas.ts';
import type { UserRecord } from '../seed/generate.ts';
import { registerApprovalSubject } from './approval-service.ts';
import { approvalRuleFor, createTasks } from './approvals.ts';
import { fail } from './errors.ts';
import { notifyOutcome } from './notification-service.ts';
import { pointsCreditedNotification } from './notifications.ts';
import { CAMPAIGNS } from './campaign-service.ts';
import { commit, release, spend, type MovementContext } from './ledger.ts';
import {
  balanceOf,
  creditLot,
  dueLots,
  expireLots,
  refundLots,
  spendLots,
  P,
  type LotAllocation,
  type LotRecord,
} from './points.ts';
import { idsFor, settingsOf } from './procurement-service.ts';
import {
  C,
  currentBudget,
  newId,
  ownRecord,
  pageOf,
  q1,
  requireRole,
  type Caller,
  type Query,
  type Tx,
} from './tx.ts';

export const W = {
  grants: 'welfareGrants',
  redemptions: 'welfareRedemptions',
  stock: 'welfareStock',
} as const;

// ---- grants ----

export interface GrantRecord {
  id: string;
  companyId: string;
  occasion: string;
  points: number;
  employeeIds: string[];
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  status: GrantStatus;
  /** points × pointValueFen × employees. */
  costFen: Fen;
  pointValueFen: Fen;
  costCenterId?: string;
  budgetId?: string;
  approvalLevels: number;
  campaignId?: string;
  creditedAt?: string;
  decidedAt?: string;
}

/** The grant's cost center: the one given (of the caller's company, else 400), or the caller's department's. */
export function grantCostCenter(tx: Tx, caller: Caller, costCenterId?: string): CostCenter {
  const id =
    costCenterId ?? tx.get<Department>(C.departments, caller.departmentId)?.costCenterId ?? '';
  const cc = tx.get<CostCenter>(C.costCenters, id);
  if (!cc || cc.companyId !== caller.companyId)
    fail('VALIDATION_FAILED', 'Unknown cost center', [
      { path: 'costCenterId', message: `Unknown cost center ${id}` },
    ]);
  if (!isActiveUnit(cc))
    fail('VALIDATION_FAILED', 'Deactivated cost center', [
      { path: 'costCenterId', message: `Cost center ${cc.code} is deactivated` },
    ]);
  return cc;
}

/** Every employee id problem: unknown (another company's look the same), duplicate, left the company. */
export function employeeIdProblems(tx: Tx, caller: Caller, ids: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const path = `employeeIds.${i}`;
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({ path, message: `Employee ${id} is already at employeeIds.${first}` });
      return;
    }
    seen.set(id, i);
    const u = tx.get<UserRecord>(C.users, id);
    if (!u || u.companyId !== caller.companyId) {
      errors.push({ path, message: `Unknown employee ${id}` });
      return;
    }
    if (!u.active) errors.push({ path, message: `Employee ${id} has left the company` });
  });
  return errors;
}

function movement(
  tx: Tx,
  caller: { id: string },
  grant: GrantRecord,
  now: string,
  reason: string,
): MovementContext {
  return {
    id: idsFor(tx, now).next('movement'),
    actorId: caller.id,
    reason,
    reasonCode: 'WELFARE_GRANT',
    reasonParams: { id: grant.id },
    subjectType: 'grant',
    subjectId: grant.id,
    now,
  };
}

/** The grant's occasion in English: its campaign's English name, else the occasion as given. */
function occasionEn(tx: Tx, grant: GrantRecord): string {
  const c = grant.campaignId ? tx.get<{ nameEn: string }>(CAMPAIGNS, grant.campaignId) : undefined;
  return c?.nameEn ?? grant.occasion;
}

/** Credits every employee of the grant with one lot and tells each of them (notification `points_credited`). */
function creditGrant(tx: Tx, grant: GrantRecord, now: string): GrantRecord {
  const ids = idsFor(tx, now);
  for (const id of grant.employeeIds) {
    const u = tx.get<UserRecord>(C.users, id)!;
    settlePoints(tx, id, now); // what was due comes first in the ledger
    creditLot(tx, u, grant.points, grant.expiresAt, grant.id, now);
    tx.insert(
      C.notifications,
      pointsCreditedNotification({
        id: ids.next('notification'),
        companyId: grant.companyId,
        userId: id,
        grantId: grant.id,
        points: grant.points,
        expiresAt: grant.expiresAt,
        occasion: grant.occasion,
        ...(grant.campaignId ? { occasionEn: occasionEn(tx, grant) } : {}),
        now,
      }),
    );
  }
  return { ...grant, status: 'credited', creditedAt: now };
}

/**
 * Grants `points` to each employee as one transaction: the cost is committed on the cost center's welfare
 * budget (422 BUDGET_EXCEEDED, nobody credited); below the approval threshold it is spent and every
 * employee credited at once, else the grant waits for approval (subject `grant`).
 */
export function createGrant(
  tx: Tx,
  caller: Caller,
  cmd: GrantCommand,
  now: string,
  campaignId?: string,
): GrantRecord & { taskIds: string[] } {
  requireRole(caller, 'hr');
  const errors = employeeIdProblems(tx, caller, cmd.employeeIds);
  if (Date.parse(cmd.expiresAt) <= Date.parse(now))
    errors.push({ path: 'expiresAt', message: 'Must be in the future' });
  if (errors.length) fail('VALIDATION_FAILED', 'Some employees cannot be granted points', errors);
  const cc = grantCostCenter(tx, caller, cmd.costCenterId);
  const budget = currentBudget(tx, caller.companyId, cc.id, 'welfare', now);
  const settings = settingsOf(tx, caller);
  const costFen = grantCostFen(cmd.points, cmd.employeeIds.length, settings.pointValueFen);
  if (!budget)
    fail('BUDGET_EXCEEDED', `Cost center ${cc.code} has no welfare budget for ${now.slice(0, 4)}`);
  const rule = approvalRuleFor(costFen, settings);
  let grant: GrantRecord = {
    id: newId(tx, W.grants, 'WG', now),
    companyId: caller.companyId,
    occasion: cmd.occasion.trim(),
    points: cmd.points,
    employeeIds: [...cmd.employeeIds],
    expiresAt: new Date(cmd.expiresAt).toISOString(),
    createdBy: caller.id,
    createdAt: now,
    status: 'pending_approval',
    costFen,
    pointValueFen: settings.pointValueFen,
    costCenterId: cc.id,
    budgetId: budget.id,
    approvalLevels: rule.levels,
  };
  if (campaignId) grant.campaignId = campaignId;
  const reason = `福利发放 Welfare grant ${grant.occasion}`;
  let r = commit(budget, costFen, movement(tx, caller, grant, now, reason));
  tx.insert(C.movements, r.movement);
  const tasks = createTasks(
    {
      companyId: caller.companyId,
      subjectType: 'grant',
      subjectId: grant.id,
      amountFen: costFen,
      requesterId: caller.id,
      requesterName: caller.name,
      requesterNameEn: caller.nameEn ?? caller.name,
      summary: {
        title: `福利发放 ${grant.occasion}（${grant.employeeIds.length} 人）`,
        titleEn: `Welfare grant ${occasionEn(tx, grant)} (${grant.employeeIds.length} employees)`,
      },
    },
    rule,
    now,
    () => idsFor(tx, now).next('task'),
  );
  if (!tasks.length) {
    r = spend(r.budget, costFen, movement(tx, caller, grant, now, reason));
    tx.insert(C.movements, r.movement);
    grant = creditGrant(tx, grant, now);
  }
  tx.update(C.budgets, r.budget);
  for (const t of tasks) tx.insert(C.approvals, t);
  tx.insert(W.grants, grant);
  return { ...grant, taskIds: tasks.map((t) => t.id) };
}

registerApprovalSubject('grant', {
  onDecided(tx, task, decision, now, ids) {
    if (decision.outcome === 'pending') return;
    const grant = tx.get<GrantRecord>(W.grants, task.subjectId);
    if (!grant) throw new Error(`Grant ${task.subjectId} of task ${task.id} is missing`);
    const budget = tx.get<Budget>(C.budgets, grant.budgetId!)!;
    const actor = { id: decision.decided.decidedBy! };
    const reason = `福利发放 Welfare grant ${grant.occasion}`;
    if (decision.outcome === 'approved') {
      const r = spend(budget, grant.costFen, movement(tx, actor, grant, now, reason));
      tx.update(C.budgets, r.budget);
      tx.insert(C.movements, r.movement);
      tx.update(W.grants, { ...creditGrant(tx, grant, now), decidedAt: now });
    } else {
      const r = release(budget, grant.costFen, movement(tx, actor, grant, now, reason));
      tx.update(C.budgets, r.budget);
      tx.insert(C.movements, r.movement);
      tx.update(W.grants, { ...grant, status: 'rejected', decidedAt: now });
    }
    notifyOutcome(tx, task, decision, grant.costFen, now, ids);
  },
  detail(tx, task) {
    const grant = tx.get<GrantRecord>(W.grants, task.subjectId);
    const budget = grant?.budgetId ? tx.get<Budget>(C.budgets, grant.budgetId) : undefined;
    if (!grant || !budget) return { subject: grant ?? null, budget: null };
    const held = grant.status === 'pending_approval' ? grant.costFen : 0;
    return {
      subject: grant,
      budget: {
        before: budget,
        availableBeforeFen: budget.availableFen + held,
        availableAfterFen: budget.availableFen + held - grant.costFen,
      },
    };
  },
});

export function listGrants(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: GrantRecord[]; total: number } {
  requireRole(caller, 'hr');
  const status = q1(query, 'status');
  const items = tx
    .all<GrantRecord>(W.grants)
    .filter((g) => g.companyId === caller.companyId && (!status || g.status === status));
  return pageOf(items, query, {
    sortable: ['createdAt', 'costFen', 'points'],
    defaultSort: 'createdAt',
  });
}

export function getGrant(tx: Tx, caller: Caller, id: string): GrantRecord {
  requireRole(caller, 'hr');
  return ownRecord<GrantRecord>(tx, W.grants, id, caller, 'Grant');
}

// ---- redemptions ----

export interface RedemptionLine {
  productId: string;
  qty: number;
  pointsPrice: number;
  linePoints: number;
  sku: string;
  name: string;
  nameEn: string;
}

export interface RedemptionEvent {
  type: RedemptionEventType;
  at: string;
  points?: number;
  cashFen?: Fen;
  method?: PaymentMethod;
  reason?: string;
}

export interface RedemptionRecord {
  id: string;
  companyId: string;
  userId: string;
  status: RedemptionStatus;
  lines: RedemptionLine[];
  totalPoints: number;
  pointsUsed: number;
  cashFen: Fen;
  pointValueFen: Fen;
  deliveryAddress: DeliveryAddress;
  /** The lots the points came from (and go back to on cancellation). */
  allocations: LotAllocation[];
  createdAt: string;
  updatedAt: string;
  /** Placed with cash to pay: cancelled at this time unless paid. */
  payBy?: string;
  paidAt?: string;
  paymentMethod?: PaymentMethod;
  shippedAt?: string;
  deliveredAt?: string;
  receivedAt?: string;
  cancelledAt?: string;
  cancelReason?: 'unpaid' | 'employee';
  /** The lines' units were taken from the gifts' stock (and go back on cancellation). */
  stockTaken?: boolean;
  timeline: RedemptionEvent[];
}

// ---- gift stock ----

/** Units of a gift taken by redemptions that are not cancelled (the catalog's `stock` is what there was). */
export interface StockRecord {
  id: string;
  taken: number;
}

function taken(tx: Tx, productId: string): number {
  return tx.get<StockRecord>(W.stock, productId)?.taken ?? 0;
}

function addTaken(tx: Tx, productId: string, units: number): void {
  const rec = tx.get<StockRecord>(W.stock, productId);
  if (rec) tx.update<StockRecord>(W.stock, { ...rec, taken: rec.taken + units });
  else tx.insert<StockRecord>(W.stock, { id: productId, taken: units });
}

/** Units per product held by unpaid redemptions past their payment window (cancelled when next looked at). */
function overdueHeld(tx: Tx, now: string): Map<string, number> {
  const held = new Map<string, number>();
  for (const r of tx.all<RedemptionRecord>(W.redemptions))
    if (r.stockTaken && r.status === 'placed' && r.payBy && r.payBy <= now)
      for (const l of r.lines) held.set(l.productId, (held.get(l.productId) ?? 0) + l.qty);
  return held;
}

/** What is left of welfare gifts' stock at `now`: the catalog's stock less the units redeemed (one pass for many gifts). */
export function stockLevels(tx: Tx, now: string): (p: Pick<Product, 'id' | 'stock'>) => number {
  const held = overdueHeld(tx, now);
  return (p) => Math.max(0, p.stock - taken(tx, p.id) + (held.get(p.id) ?? 0));
}

/**
 * Takes the lines' units from the gifts' stock, or 422 OUT_OF_STOCK with one error per short line. Unpaid
 * redemptions past their window that hold these gifts are cancelled first, so their units count as free.
 */
function takeStock(
  tx: Tx,
  lines: readonly RedemptionLine[],
  findProduct: (id: string) => Product | undefined,
  now: string,
): void {
  for (const r of tx.all<RedemptionRecord>(W.redemptions))
    if (
      r.stockTaken &&
      r.status === 'placed' &&
      r.payBy &&
      r.payBy <= now &&
      r.lines.some((l) => lines.some((m) => m.productId === l.productId))
    )
      settlePoints(tx, r.userId, now);
  const errors: FieldError[] = [];
  lines.forEach((l, i) => {
    const left = findProduct(l.productId)!.stock - taken(tx, l.productId);
    if (l.qty > left)
      errors.push({
        path: `lines.${i}.qty`,
        message: left > 0 ? `Only ${left} of ${l.sku} left` : `${l.sku} is out of stock`,
      });
  });
  if (errors.length) fail('OUT_OF_STOCK', 'Some gifts are out of stock', errors);
  for (const l of lines) addTaken(tx, l.productId, l.qty);
}

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Welfare products only; one line per product; 400 with one error per bad line. */
export function priceRedemptionLines(
  lines: RedemptionCommand['lines'],
  findProduct: (id: string) => Product | undefined,
): RedemptionLine[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const priced: RedemptionLine[] = [];
  lines.forEach((l, i) => {
    const path = `lines.${i}.productId`;
    const first = seen.get(l.productId);
    if (first !== undefined) {
      errors.push({
        path,
        message: `Product ${l.productId} is already on line ${first + 1}`,
      });
      return;
    }
    seen.set(l.productId, i);
    const p = findProduct(l.productId);
    if (!p) {
      errors.push({ path, message: `Unknown product ${l.productId}` });
      return;
    }
    if (!p.channels.includes('welfare') || !p.pointsPrice) {
      errors.push({ path, message: `Product ${p.sku} is not a welfare gift` });
      return;
    }
    priced.push({
      productId: p.id,
      qty: l.qty,
      pointsPrice: p.pointsPrice,
      linePoints: p.pointsPrice * l.qty,
      sku: p.sku,
      name: p.name,
      nameEn: p.nameEn,
    });
  });
  if (errors.length) fail('VALIDATION_FAILED', 'Some lines cannot be redeemed', errors);
  return priced;
}

/**
 * Places a redemption: total = Σ pointsPrice × qty, pointsToUse ≤ min(total, balance) (else 422
 * INSUFFICIENT_POINTS), spent from the oldest-expiring lots; cashFen = (total − pointsToUse) × pointValueFen.
 * With cash to pay it is `placed` until paid (30 minutes), else `paid` at once.
 */
export function createRedemption(
  tx: Tx,
  caller: Caller,
  cmd: RedemptionCommand,
  findProduct: (id: string) => Product | undefined,
  now: string,
): RedemptionRecord {
  settlePoints(tx, caller.id, now);
  const lines = priceRedemptionLines(cmd.lines, findProduct);
  const { pointValueFen } = settingsOf(tx, caller);
  const balance = balanceOf(tx, caller.id);
  const quote = quoteRedemption(lines, cmd.pointsToUse, balance, pointValueFen);
  if (quote.cashFen === null)
    fail(
      'INSUFFICIENT_POINTS',
      `pointsToUse ${cmd.pointsToUse} is more than min(total ${quote.totalPoints}, balance ${balance}) = ${quote.maxPoints}`,
    );
  takeStock(tx, lines, findProduct, now);
  const id = newId(tx, W.redemptions, 'WR', now);
  const allocations = spendLots(tx, caller, cmd.pointsToUse, id, now);
  const unpaid = quote.cashFen > 0;
  const rec: RedemptionRecord = {
    id,
    companyId: caller.companyId,
    userId: caller.id,
    status: unpaid ? 'placed' : 'paid',
    lines,
    totalPoints: quote.totalPoints,
    pointsUsed: cmd.pointsToUse,
    cashFen: quote.cashFen,
    pointValueFen,
    deliveryAddress: cmd.deliveryAddress,
    allocations,
    createdAt: now,
    updatedAt: now,
    stockTaken: true,
    timeline: [{ type: 'placed', at: now, points: cmd.pointsToUse, cashFen: quote.cashFen }],
  };
  if (unpaid) rec.payBy = plus(now, REDEMPTION_PAYMENT_WINDOW_MS);
  else {
    rec.paidAt = now;
    rec.timeline.push({ type: 'paid', at: now, cashFen: 0 });
  }
  tx.insert(W.redemptions, rec);
  return rec;
}

function cancel(
  tx: Tx,
  rec: RedemptionRecord,
  at: string,
  reason: 'unpaid' | 'employee',
): RedemptionRecord {
  const user = { id: rec.userId, companyId: rec.companyId };
  refundLots(tx, user, rec.allocations, rec.id, at);
  if (rec.stockTaken) for (const l of rec.lines) addTaken(tx, l.productId, -l.qty);
  const next: RedemptionRecord = {
    ...rec,
    status: 'cancelled',
    cancelledAt: at,
    cancelReason: reason,
    updatedAt: at,
    timeline: [
      ...rec.timeline,
      { type: 'cancelled', at, reason },
      { type: 'refunded', at, points: rec.pointsUsed, cashFen: rec.paidAt ? rec.cashFen : 0 },
    ],
  };
  tx.update(W.redemptions, next);
  return next;
}

/** What time has done to a redemption by `now`: unpaid past payBy → cancelled; paid → shipped → delivered on schedule. */
function dueStep(
  rec: RedemptionRecord,
  now: string,
): { type: RedemptionEventType; at: string } | null {
  if (rec.status === 'placed' && rec.payBy && rec.payBy <= now)
    return { type: 'cancelled', at: rec.payBy };
  if (rec.status === 'paid' && rec.paidAt) {
    const at = plus(rec.paidAt, REDEMPTION_SHIP_AFTER_MS);
    if (at <= now) return { type: 'shipped', at };
  }
  if (rec.status === 'shipped' && rec.shippedAt) {
    const at = plus(rec.shippedAt, REDEMPTION_DELIVER_AFTER_MS);
    if (at <= now) return { type: 'delivered', at };
  }
  return null;
}

function advance(tx: Tx, rec: RedemptionRecord, now: string): RedemptionRecord {
  for (let step = dueStep(rec, now); step; step = dueStep(rec, now)) {
    if (step.type === 'cancelled') rec = cancel(tx, rec, step.at, 'unpaid');
    else {
      rec = {
        ...rec,
        status: step.type as 'shipped' | 'delivered',
        [step.type === 'shipped' ? 'shippedAt' : 'deliveredAt']: step.at,
        updatedAt: step.at,
        timeline: [...rec.timeline, { type: step.type, at: step.at }],
      };
      tx.update(W.redemptions, rec);
    }
  }
  return rec;
}

/** Whether anything is due for the user's points by `now` (expiry, unpaid cancellation, shipping, delivery). */
export function pointsDue(tx: Tx, userId: string, now: string): boolean {
  return (
    dueLots(tx.all<LotRecord>(P.lots), userId, now).length > 0 ||
    tx
      .all<RedemptionRecord>(W.redemptions)
      .some((r) => r.userId === userId && dueStep(r, now) !== null)
  );
}

/**
 * Brings the user's points up to `now`, in time order: unpaid redemptions past their window are
 * cancelled (refunds dated at the deadline), shipping and delivery advance, expired lots write `expire`
 * entries dated at their expiry. Run before every read or command that touches the user's points.
 */
export function settlePoints(tx: Tx, userId: string, now: string): void {
  for (const r of tx.all<RedemptionRecord>(W.redemptions))
    if (r.userId === userId && dueStep(r, now)) advance(tx, r, now);
  expireLots(tx, userId, now);
}

function ownRedemption(tx: Tx, caller: Caller, id: string): RedemptionRecord {
  const r = tx.get<RedemptionRecord>(W.redemptions, id);
  if (!r || r.companyId !== caller.companyId || r.userId !== caller.id)
    fail('NOT_FOUND', `Redemption ${id} was not found`);
  return r;
}

export function listRedemptions(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: RedemptionRecord[]; total: number } {
  const status = q1(query, 'status');
  const items = tx
    .all<RedemptionRecord>(W.redemptions)
    .filter(
      (r) =>
        r.userId === caller.id &&
        r.companyId === caller.companyId &&
        (!status || r.status === status),
    );
  return pageOf(items, query, {
    sortable: ['createdAt', 'totalPoints', 'status'],
    defaultSort: 'createdAt',
  });
}

export function getRedemption(tx: Tx, caller: Caller, id: string): RedemptionRecord {
  return ownRedemption(tx, caller, id);
}

/** Pays the cash part of a placed redemption (simulated payroll deduction or card). */
export function payRedemption(
  tx: Tx,
  caller: Caller,
  id: string,
  method: PaymentMethod,
  now: string,
): RedemptionRecord {
  settlePoints(tx, caller.id, now);
  const r = ownRedemption(tx, caller, id);
  if (r.status !== 'placed')
    fail('NOT_ALLOWED_IN_STATE', `Redemption ${id} is ${r.status}; only a placed one can be paid`);
  const next: RedemptionRecord = {
    ...r,
    status: 'paid',
    paidAt: now,
    paymentMethod: method,
    updatedAt: now,
    timeline: [...r.timeline, { type: 'paid', at: now, cashFen: r.cashFen, method }],
  };
  tx.update(W.redemptions, next);
  return next;
}

/** Cancels before shipping: the points go back to the lots they came from (their original expiry). */
export function cancelRedemption(
  tx: Tx,
  caller: Caller,
  id: string,
  now: string,
): RedemptionRecord {
  settlePoints(tx, caller.id, now);
  const r = ownRedemption(tx, caller, id);
  if (r.status !== 'placed' && r.status !== 'paid')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Redemption ${id} is ${r.status}; it can be cancelled only before shipping`,
    );
  return cancel(tx, r, now, 'employee');
}

/** The employee confirms receipt of a shipped or delivered gift. */
export function confirmRedemption(
  tx: Tx,
  caller: Caller,
  id: string,
  now: string,
): RedemptionRecord {
  settlePoints(tx, caller.id, now);
  const r = ownRedemption(tx, caller, id);
  if (r.status !== 'shipped' && r.status !== 'delivered')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Redemption ${id} is ${r.status}; only a shipped gift can be received`,
    );
  const timeline = [...r.timeline];
  const next: RedemptionRecord = {
    ...r,
    status: 'received',
    receivedAt: now,
    updatedAt: now,
    timeline,
  };
  if (!r.deliveredAt) {
    next.deliveredAt = now;
    timeline.push({ type: 'delivered', at: now });
  }
  timeline.push({ type: 'received', at: now });
  tx.update(W.redemptions, next);
  return next;
}

/** Users of the company whose redemptions have a step due by `now` (for company-wide reads). */
export function usersWithDueRedemptions(tx: Tx, companyId: string, now: string): Set<string> {
  const users = new Set<string>();
  for (const r of tx.all<RedemptionRecord>(W.redemptions))
    if (r.companyId === companyId && dueStep(r, now)) users.add(r.userId);
  return users;
}
