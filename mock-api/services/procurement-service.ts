// Cart and order use cases over one store transaction (Tx). Routes parse and authenticate; these apply the rules.
import type { Budget, CompanySettings, Company } from '../../src/domain/index.ts';
import { approvalRulesOf } from './approval-rules.ts';
import type { TaskRecord } from './approvals.ts';
import {
  addToCart,
  mergeDuplicates,
  priceCart,
  validateCartLines,
  type CartRecord,
  type PricedCart,
} from './cart.ts';
import { chargeableCostCenterIds, requireChargeable } from './cost-centers.ts';
import { fail } from './errors.ts';
import {
  cancelOrder,
  closeOrderShort,
  orderView,
  placeOrder,
  previewOrder,
  receiveOrder,
  type Ids,
  type OrderLineInput,
  type OrderPreview,
  type OrderRecord,
} from './orders.ts';
import { lineProblems, type LineInput, type ProductLookup } from './pricing.ts';
import {
  C,
  currentBudget,
  hasRole,
  newId,
  ownRecord,
  pageOf,
  q1,
  requireRole,
  type Caller,
  type Query,
  type Tx,
} from './tx.ts';

const ID_PREFIX: Record<string, [string, string]> = {
  order: [C.orders, 'PO'],
  task: [C.approvals, 'AT'],
  movement: [C.movements, 'BM'],
  budgetRequest: [C.budgetRequests, 'BR'],
  notification: [C.notifications, 'NT'],
};

export function idsFor(tx: Tx, now: string): Ids {
  return {
    next(kind) {
      const [collection, prefix] = ID_PREFIX[kind] ?? [kind, kind.slice(0, 2).toUpperCase()];
      return newId(tx, collection, prefix, now);
    },
  };
}

export function companyOf(tx: Tx, caller: Caller): Company {
  const company = tx.get<Company>(C.companies, caller.companyId);
  if (!company) fail('NOT_FOUND', `Company ${caller.companyId} was not found`);
  // a database from before companies kept invoice details: the name, no tax number yet
  return company.invoice
    ? company
    : { ...company, invoice: { title: company.name, taxNumber: '', version: 0 } };
}

export function settingsOf(tx: Tx, caller: Caller): CompanySettings {
  return companyOf(tx, caller).settings;
}

/** Cost centers whose budgets a non-hr user may see (and draw on for budget requests): those they may charge. */
export function buyerCostCenterIds(tx: Tx, caller: Caller): Set<string> {
  return chargeableCostCenterIds(tx, caller);
}

// ---- cart ----

function cartOf(tx: Tx, caller: Caller): CartRecord | undefined {
  return tx.get<CartRecord>(C.carts, caller.id);
}

function saveCart(tx: Tx, caller: Caller, lines: LineInput[], now: string): CartRecord {
  const rec: CartRecord = {
    id: caller.id,
    userId: caller.id,
    companyId: caller.companyId,
    lines,
    updatedAt: now,
  };
  if (cartOf(tx, caller)) tx.update(C.carts, rec);
  else tx.insert(C.carts, rec);
  return rec;
}

export function getCart(tx: Tx, caller: Caller, findProduct: ProductLookup): PricedCart {
  requireRole(caller, 'buyer');
  return priceCart(cartOf(tx, caller), findProduct);
}

export function replaceCart(
  tx: Tx,
  caller: Caller,
  lines: LineInput[],
  findProduct: ProductLookup,
  now: string,
): PricedCart {
  requireRole(caller, 'buyer');
  return priceCart(saveCart(tx, caller, validateCartLines(lines, findProduct), now), findProduct);
}

export function addCartLines(
  tx: Tx,
  caller: Caller,
  lines: LineInput[],
  findProduct: ProductLookup,
  now: string,
): PricedCart {
  requireRole(caller, 'buyer');
  const current = (cartOf(tx, caller)?.lines ?? []).filter((l) => findProduct(l.productId));
  return priceCart(
    saveCart(tx, caller, addToCart(mergeDuplicates(current), lines, findProduct), now),
    findProduct,
  );
}

/**
 * Sets one line's quantity (adding the product when the line is gone) or removes it (qty null); the
 * other lines are the stored ones, so a change made in another tab or device is kept.
 */
export function setCartLine(
  tx: Tx,
  caller: Caller,
  productId: string,
  qty: number | null,
  findProduct: ProductLookup,
  now: string,
): PricedCart {
  requireRole(caller, 'buyer');
  if (qty !== null && !findProduct(productId))
    fail('NOT_FOUND', `Product ${productId} was not found`);
  const stored = (cartOf(tx, caller)?.lines ?? []).filter((l) => findProduct(l.productId));
  const at = stored.findIndex((l) => l.productId === productId);
  const lines = stored.filter((l) => l.productId !== productId);
  if (qty !== null) {
    const errors = lineProblems([{ productId, qty }], findProduct).map((e) => ({
      ...e,
      path: e.path.replace(/^lines\.0\./, ''),
    }));
    if (errors.length) fail('VALIDATION_FAILED', 'This quantity cannot be ordered', errors);
    lines.splice(at < 0 ? lines.length : at, 0, { productId, qty });
  }
  return priceCart(saveCart(tx, caller, lines, now), findProduct);
}

export function clearCart(tx: Tx, caller: Caller): void {
  requireRole(caller, 'buyer');
  if (cartOf(tx, caller)) tx.remove(C.carts, caller.id);
}

// ---- orders ----

export function previewOrderFor(
  tx: Tx,
  caller: Caller,
  cmd: { costCenterId: string; lines: OrderLineInput[]; needBy?: string },
  findProduct: ProductLookup,
  now: string,
): OrderPreview {
  requireRole(caller, 'buyer');
  requireChargeable(tx, caller, cmd.costCenterId);
  return previewOrder({
    lines: cmd.lines,
    needBy: cmd.needBy,
    now,
    findProduct,
    budget: currentBudget(tx, caller.companyId, cmd.costCenterId, 'procurement', now),
    settings: settingsOf(tx, caller),
    categoryRules: approvalRulesOf(tx, caller.companyId).categories,
  });
}

export function placeOrderFor(
  tx: Tx,
  caller: Caller,
  cmd: Parameters<typeof placeOrder>[0]['command'],
  findProduct: ProductLookup,
  now: string,
): OrderRecord {
  requireRole(caller, 'buyer');
  requireChargeable(tx, caller, cmd.costCenterId);
  const result = placeOrder({
    command: cmd,
    companyInvoice: companyOf(tx, caller).invoice,
    findProduct,
    budget: currentBudget(tx, caller.companyId, cmd.costCenterId, 'procurement', now),
    settings: settingsOf(tx, caller),
    categoryRules: approvalRulesOf(tx, caller.companyId).categories,
    actor: caller,
    now,
    ids: idsFor(tx, now),
  });
  tx.insert(C.orders, result.order);
  tx.update(C.budgets, result.budget);
  tx.insert(C.movements, result.movement);
  for (const t of result.tasks) tx.insert(C.approvals, t);
  return orderView(result.order);
}

/** Orders the caller may see: a buyer (without hr/admin) their own, hr/admin the company's. */
function visibleOrder(tx: Tx, caller: Caller, id: string): OrderRecord {
  const order = ownRecord<OrderRecord>(tx, C.orders, id, caller, 'Order');
  if (!hasRole(caller, 'hr', 'admin') && order.createdBy !== caller.id)
    fail('NOT_FOUND', `Order ${id} was not found`);
  return order;
}

export function getOrder(tx: Tx, caller: Caller, id: string): OrderRecord {
  requireRole(caller, 'buyer', 'hr', 'admin');
  return orderView(visibleOrder(tx, caller, id));
}

function dayBound(v: string, end: boolean): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : v;
}

export function listOrders(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: OrderRecord[]; total: number } {
  requireRole(caller, 'buyer', 'hr', 'admin');
  const all = hasRole(caller, 'hr', 'admin');
  const statuses = ([] as string[])
    .concat(query['status'] ?? [])
    .flatMap((s) => s.split(','))
    .filter(Boolean);
  const cc = q1(query, 'costCenterId');
  const from = q1(query, 'createdAt_gte');
  const to = q1(query, 'createdAt_lte');
  const rawQ = query['q'];
  if (Array.isArray(rawQ) || (rawQ !== undefined && rawQ.length > 200))
    fail('VALIDATION_FAILED', 'The search is not valid', [
      { path: 'q', message: 'Give one search of at most 200 characters' },
    ]);
  const text = rawQ?.trim().toLowerCase();
  const items = tx
    .all<OrderRecord>(C.orders)
    .filter(
      (o) =>
        o.companyId === caller.companyId &&
        (all || o.createdBy === caller.id) &&
        (!statuses.length || statuses.includes(o.status)) &&
        (!cc || o.costCenterId === cc) &&
        (!from || o.createdAt >= dayBound(from, false)) &&
        (!to || o.createdAt <= dayBound(to, true)) &&
        (!text ||
          o.id.toLowerCase().includes(text) ||
          (o.note ?? '').toLowerCase().includes(text) ||
          o.lines.some(
            (l) =>
              l.sku.toLowerCase().includes(text) ||
              l.name.toLowerCase().includes(text) ||
              l.nameEn.toLowerCase().includes(text),
          )),
    );
  const page = pageOf(items, query, {
    sortable: ['createdAt', 'totalFen', 'status', 'updatedAt'],
    defaultSort: 'createdAt',
  });
  return { ...page, items: page.items.map(orderView) };
}

function orderBudget(tx: Tx, order: OrderRecord): Budget {
  const b = tx.get<Budget>(C.budgets, order.budgetId);
  if (!b) throw new Error(`Budget ${order.budgetId} of order ${order.id} is missing`);
  return b;
}

function subjectTasks(tx: Tx, subjectType: string, subjectId: string): TaskRecord[] {
  return tx
    .all<TaskRecord>(C.approvals)
    .filter((t) => t.subjectType === subjectType && t.subjectId === subjectId);
}

export function cancelOrderFor(
  tx: Tx,
  caller: Caller,
  id: string,
  reason: string | undefined,
  now: string,
): OrderRecord {
  requireRole(caller, 'buyer');
  const order = visibleOrder(tx, caller, id);
  const r = cancelOrder({
    order,
    budget: orderBudget(tx, order),
    subjectTasks: subjectTasks(tx, 'order', order.id),
    actor: caller,
    reason,
    now,
    ids: idsFor(tx, now),
  });
  tx.update(C.orders, r.order);
  tx.update(C.budgets, r.budget);
  tx.insert(C.movements, r.movement);
  for (const t of r.tasks) tx.update(C.approvals, t);
  return orderView(r.order);
}

export function receiveOrderFor(
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: { lines?: { productId: string; qty: number }[]; note?: string },
  now: string,
): OrderRecord {
  requireRole(caller, 'buyer');
  const order = visibleOrder(tx, caller, id);
  const r = receiveOrder({
    order,
    budget: orderBudget(tx, order),
    actor: caller,
    lines: cmd.lines,
    note: cmd.note,
    now,
    ids: idsFor(tx, now),
  });
  tx.update(C.orders, r.order);
  if (r.movement) {
    tx.update(C.budgets, r.budget);
    tx.insert(C.movements, r.movement);
  }
  return orderView(r.order);
}

export function closeOrderShortFor(
  tx: Tx,
  caller: Caller,
  id: string,
  reason: string,
  now: string,
): OrderRecord {
  requireRole(caller, 'buyer');
  const order = visibleOrder(tx, caller, id);
  const r = closeOrderShort({
    order,
    budget: orderBudget(tx, order),
    actor: caller,
    reason,
    now,
    ids: idsFor(tx, now),
  });
  tx.update(C.orders, r.order);
  if (r.movement) {
    tx.update(C.budgets, r.budget);
    tx.insert(C.movements, r.movement);
  }
  return orderView(r.order);
}

export { subjectTasks };
