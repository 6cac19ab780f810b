// Procurement orders: preview, placement, approval outcome, cancellation and goods receipt, as pure
// functions over plain records. Each returns every record that changes; the route stores them in one
// store transaction, so money, order and tasks move together or not at all.
import type {
  Budget,
  BudgetMovement,
  CategoryThresholds,
  CompanySettings,
  DeliveryAddress,
  Fen,
  Order,
  OrderEvent,
  OrderEventType,
  OrderStatus,
  CompanyInvoiceProfile,
  FieldError,
  InvoiceDetails,
  LateLineWarning,
  TaxBreakdown,
} from '../../src/domain/index.ts';
import type { GoodsReceipt, ReceiptLine } from '../../src/domain/index.ts';
import {
  chinaDate,
  lateLineWarnings,
  receiptAmountFen,
  RECEIVABLE_STATUSES,
  taxBreakdown,
} from '../../src/domain/index.ts';
import {
  cancelPendingTasks,
  createTasks,
  orderApprovalRuleFor,
  type ApprovalRule,
  type DecisionResult,
  type TaskRecord,
} from './approvals.ts';
import { fail } from './errors.ts';
import { commit, release, spend } from './ledger.ts';
import { priceLines, type LineInput, type PricedLine, type ProductLookup } from './pricing.ts';

export type { OrderEvent, OrderEventType };

export interface OrderRecord extends Order {
  lines: PricedLine[];
  budgetId: string;
  createdByName: string;
  createdByNameEn?: string;
  /** Approval levels this order needed (0, 1, 2). */
  approvalLevels: number;
  approvalRule: ApprovalRule['rule'];
  events: OrderEvent[];
  updatedAt: string;
}

export interface Actor {
  id: string;
  name: string;
  nameEn?: string;
  companyId: string;
}

export interface Ids {
  /** New id for a record of the given kind ('order', 'task', 'movement', …). */
  next(kind: string): string;
}

export interface OrderPreview {
  lines: PricedLine[];
  totalFen: Fen;
  tax: TaxBreakdown;
  warnings: LateLineWarning[];
  budget: { budgetId: string; amountFen: Fen; availableFen: Fen; availableAfterFen: Fen } | null;
  fitsBudget: boolean;
  approval: ApprovalRule & { thresholdFen: Fen };
}

/** A line as ordered: a product, a quantity and, where it differs from the order's, a need-by date. */
export type OrderLineInput = LineInput & { needBy?: string };

/**
 * Prices the lines and checks the need-by dates: a date before today (China local date) is 400 with
 * its path; a line whose lead time ends after its date is a warning, not an error.
 */
export function priceOrderLines(
  lines: readonly OrderLineInput[],
  needBy: string | undefined,
  findProduct: ProductLookup,
  now: string,
): { lines: PricedLine[]; totalFen: Fen; tax: TaxBreakdown; warnings: LateLineWarning[] } {
  const today = chinaDate(Date.parse(now));
  const errors: FieldError[] = [];
  const past = `must be today (${today}) or later`;
  if (needBy !== undefined && needBy < today)
    errors.push({ path: 'needBy', message: `The need-by date ${past}` });
  lines.forEach((l, i) => {
    if (l.needBy !== undefined && l.needBy < today)
      errors.push({ path: `lines.${i}.needBy`, message: `The line's need-by date ${past}` });
  });
  if (errors.length) fail('VALIDATION_FAILED', 'A need-by date is in the past', errors);
  const priced = priceLines(lines, findProduct);
  const withDates = priced.lines.map((l, i) => {
    const own = lines[i].needBy;
    return own !== undefined && own !== needBy ? { ...l, needBy: own } : l;
  });
  const warnings = lateLineWarnings(
    today,
    needBy,
    lines.map((l) => ({
      productId: l.productId,
      leadTimeDays: findProduct(l.productId)!.leadTimeDays,
      needBy: l.needBy,
    })),
  );
  return { lines: withDates, totalFen: priced.totalFen, tax: taxBreakdown(withDates), warnings };
}

/** Priced lines with their product's category (for the category thresholds). */
function categorized(
  lines: readonly { productId: string; lineTotalFen: Fen }[],
  findProduct: ProductLookup,
): { categoryId?: string; lineTotalFen: Fen }[] {
  return lines.map((l) => ({
    categoryId: findProduct(l.productId)?.categoryId,
    lineTotalFen: l.lineTotalFen,
  }));
}

/** Exactly the numbers placeOrder would produce, without changing anything. */
export function previewOrder(input: {
  lines: readonly OrderLineInput[];
  needBy?: string;
  findProduct: ProductLookup;
  budget: Budget | undefined;
  settings: CompanySettings;
  /** The company's lower thresholds per category (approval rules). */
  categoryRules?: readonly CategoryThresholds[];
  now: string;
}): OrderPreview {
  const priced = priceOrderLines(input.lines, input.needBy, input.findProduct, input.now);
  const rule = orderApprovalRuleFor(
    priced.totalFen,
    categorized(priced.lines, input.findProduct),
    input.settings,
    input.categoryRules,
  );
  const b = input.budget;
  return {
    lines: priced.lines,
    totalFen: priced.totalFen,
    tax: priced.tax,
    warnings: priced.warnings,
    budget: b
      ? {
          budgetId: b.id,
          amountFen: b.amountFen,
          availableFen: b.availableFen,
          availableAfterFen: b.availableFen - priced.totalFen,
        }
      : null,
    fitsBudget: !!b && priced.totalFen <= b.availableFen,
    approval: { ...rule, thresholdFen: rule.thresholdFen ?? input.settings.approvalThresholdFen },
  };
}

export interface PlaceOrderInput {
  command: {
    costCenterId: string;
    lines: readonly OrderLineInput[];
    deliveryAddress: DeliveryAddress;
    note?: string;
    needBy?: string;
    invoice?: InvoiceDetails;
  };
  /** The company's invoice details: a normal invoice to them when the command names none. */
  companyInvoice: CompanyInvoiceProfile;
  findProduct: ProductLookup;
  /** The cost center's procurement budget of the current year, if there is one. */
  budget: Budget | undefined;
  settings: CompanySettings;
  /** The company's lower thresholds per category (approval rules). */
  categoryRules?: readonly CategoryThresholds[];
  actor: Actor;
  now: string;
  ids: Ids;
}

export interface PlaceOrderResult {
  order: OrderRecord;
  budget: Budget;
  movement: BudgetMovement;
  tasks: TaskRecord[];
}

export function placeOrder({
  command,
  companyInvoice,
  findProduct,
  budget,
  settings,
  categoryRules,
  actor,
  now,
  ids,
}: PlaceOrderInput): PlaceOrderResult {
  const priced = priceOrderLines(command.lines, command.needBy, findProduct, now);
  if (!budget)
    fail(
      'BUDGET_EXCEEDED',
      `Cost center ${command.costCenterId} has no procurement budget for ${now.slice(0, 4)}`,
    );
  const orderId = ids.next('order');
  const ledger = commit(budget, priced.totalFen, {
    id: ids.next('movement'),
    actorId: actor.id,
    reason: `Order ${orderId} submitted`,
    reasonCode: 'ORDER_SUBMITTED',
    reasonParams: { id: orderId },
    subjectType: 'order',
    subjectId: orderId,
    now,
  });
  const rule = orderApprovalRuleFor(
    priced.totalFen,
    categorized(priced.lines, findProduct),
    settings,
    categoryRules,
  );
  const status: OrderStatus = rule.levels === 0 ? 'approved' : 'pending_approval';
  const events: OrderEvent[] = [
    {
      type: 'submitted',
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      actorNameEn: actor.nameEn ?? actor.name,
    },
  ];
  if (rule.levels === 0)
    events.push({
      type: 'approved',
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      actorNameEn: actor.nameEn ?? actor.name,
      auto: true,
    });
  // Level 1 is requested now; each later level when the one before it is approved (applyOrderDecision).
  if (rule.levels > 0)
    events.push({
      type: 'approval_requested',
      at: now,
      actorId: actor.id,
      actorName: actor.name,
      actorNameEn: actor.nameEn ?? actor.name,
      level: 1,
    });
  const order: OrderRecord = {
    id: orderId,
    companyId: actor.companyId,
    status,
    totalFen: priced.totalFen,
    lines: priced.lines.map((l) => ({ ...l, receivedQty: 0 })),
    tax: priced.tax,
    receipts: [],
    receivedFen: 0,
    invoice: command.invoice
      ? { ...command.invoice, title: command.invoice.title.trim() }
      : { type: 'normal', title: companyInvoice.title, taxNumber: companyInvoice.taxNumber },
    warnings: priced.warnings,
    costCenterId: command.costCenterId,
    budgetId: budget.id,
    deliveryAddress: { ...command.deliveryAddress },
    createdBy: actor.id,
    createdByName: actor.name,
    createdByNameEn: actor.nameEn ?? actor.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
    approvalLevels: rule.levels,
    approvalRule: rule.rule,
    events,
  };
  if (command.note !== undefined) order.note = command.note;
  if (command.needBy !== undefined) order.needBy = command.needBy;
  const tasks = createTasks(
    {
      companyId: actor.companyId,
      subjectType: 'order',
      subjectId: orderId,
      amountFen: priced.totalFen,
      requesterId: actor.id,
      requesterName: actor.name,
      requesterNameEn: actor.nameEn ?? actor.name,
      summary: {
        title: `采购订单 ${orderId}`,
        titleEn: `Purchase order ${orderId}`,
        lineCount: priced.lines.length,
      },
    },
    rule,
    now,
    () => ids.next('task'),
  );
  return { order, budget: ledger.budget, movement: ledger.movement, tasks };
}

function assertOwnOrder(order: OrderRecord, actor: Actor): void {
  if (order.createdBy !== actor.id)
    fail('FORBIDDEN', 'Only the buyer who placed this order may do this');
}

export interface CancelResult {
  order: OrderRecord;
  budget: Budget;
  movement: BudgetMovement;
  tasks: TaskRecord[];
}

/** The buyer withdraws an order while it is pending approval or approved: commitment released, open tasks closed. */
export function cancelOrder(input: {
  order: OrderRecord;
  budget: Budget;
  subjectTasks: readonly TaskRecord[];
  actor: Actor;
  reason?: string;
  now: string;
  ids: Ids;
}): CancelResult {
  const { order, actor, now } = input;
  assertOwnOrder(order, actor);
  if (order.status !== 'pending_approval' && order.status !== 'approved') {
    fail('NOT_ALLOWED_IN_STATE', `An order that is ${order.status} cannot be cancelled`);
  }
  const reason = input.reason?.trim();
  const ledger = release(input.budget, order.totalFen, {
    id: input.ids.next('movement'),
    actorId: actor.id,
    reason: `Order ${order.id} cancelled${reason ? `: ${reason}` : ''}`,
    reasonCode: 'ORDER_CANCELLED',
    reasonParams: reason ? { id: order.id, note: reason } : { id: order.id },
    subjectType: 'order',
    subjectId: order.id,
    now,
  });
  const event: OrderEvent = {
    type: 'cancelled',
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    actorNameEn: actor.nameEn ?? actor.name,
  };
  if (reason) event.comment = reason;
  return {
    order: {
      ...order,
      status: 'cancelled',
      version: order.version + 1,
      updatedAt: now,
      events: [...order.events, event],
    },
    budget: ledger.budget,
    movement: ledger.movement,
    tasks: cancelPendingTasks(input.subjectTasks, now),
  };
}

/**
 * The order as answered: every line with `receivedQty` and `outstandingQty`, `receipts` and `receivedFen`
 * (an order stored before partial receipts had none: a received one counts as received in full).
 */
export function orderView(order: OrderRecord): OrderRecord {
  const all = order.status === 'received' && !order.receipts;
  return {
    ...order,
    lines: order.lines.map((l) => {
      const receivedQty = l.receivedQty ?? (all ? l.qty : 0);
      return { ...l, receivedQty, outstandingQty: l.qty - receivedQty };
    }),
    receipts: order.receipts ?? [],
    receivedFen: order.receivedFen ?? (all ? order.totalFen : 0),
  };
}

/** The record as stored: the view without the derived `outstandingQty`. */
function stored(order: OrderRecord): OrderRecord {
  return { ...order, lines: order.lines.map(({ outstandingQty: _, ...l }) => l) };
}

function actorEvent(type: OrderEventType, actor: Actor, now: string): OrderEvent {
  return {
    type,
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    actorNameEn: actor.nameEn ?? actor.name,
  };
}

export interface ReceiveResult {
  order: OrderRecord;
  budget: Budget;
  /** None when what was received rounds to 0 fen (a few units of a line of a few fen). */
  movement?: BudgetMovement;
  receipt: GoodsReceipt;
}

/**
 * Goods receipt (收货) of an approved or partially received order: the lines and quantities named (all
 * that is outstanding when none are). What was received — each line's gross amount pro rata, see
 * receiptAmountFen — moves from committed to spent in one movement. A product not on the order or named
 * twice, or a quantity above what is outstanding, is 400 with its path and nothing changes.
 */
export function receiveOrder(input: {
  order: OrderRecord;
  budget: Budget;
  actor: Actor;
  lines?: readonly { productId: string; qty: number }[];
  note?: string;
  now: string;
  ids: Ids;
}): ReceiveResult {
  const { actor, now } = input;
  const order = orderView(input.order);
  assertOwnOrder(order, actor);
  if (!RECEIVABLE_STATUSES.includes(order.status))
    fail('NOT_ALLOWED_IN_STATE', `An order that is ${order.status} cannot be received`);
  const requested =
    input.lines ??
    order.lines
      .filter((l) => l.outstandingQty! > 0)
      .map((l) => ({ productId: l.productId, qty: l.outstandingQty! }));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const picked: { index: number; qty: number }[] = [];
  requested.forEach((r, i) => {
    const index = order.lines.findIndex((l) => l.productId === r.productId);
    if (index < 0) {
      errors.push({
        path: `lines.${i}.productId`,
        message: `Product ${r.productId} is not on this order`,
      });
    } else if (seen.has(r.productId)) {
      errors.push({
        path: `lines.${i}.productId`,
        message: `Product ${r.productId} is named twice`,
      });
    } else if (r.qty > order.lines[index].outstandingQty!) {
      errors.push({
        path: `lines.${i}.qty`,
        message: `Only ${order.lines[index].outstandingQty} of this line are outstanding`,
      });
    } else picked.push({ index, qty: r.qty });
    seen.add(r.productId);
  });
  if (errors.length) fail('VALIDATION_FAILED', 'These goods cannot be received', errors);
  const receiptId = `${order.id}-R${order.receipts.length + 1}`;
  const receiptLines: ReceiptLine[] = [];
  const lines = order.lines.map((l) => ({ ...l }));
  for (const { index, qty } of picked) {
    const line = lines[index];
    const amountFen = receiptAmountFen(line, line.receivedQty!, qty);
    receiptLines.push({ productId: line.productId, qty, amountFen });
    line.receivedQty = line.receivedQty! + qty;
    line.outstandingQty = line.qty - line.receivedQty;
  }
  const amountFen = receiptLines.reduce((sum, l) => sum + l.amountFen, 0);
  const complete = lines.every((l) => l.outstandingQty === 0);
  const note = input.note?.trim();
  const receipt: GoodsReceipt = {
    id: receiptId,
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    actorNameEn: actor.nameEn ?? actor.name,
    lines: receiptLines,
    amountFen,
  };
  if (note) receipt.note = note;
  const ledger =
    amountFen > 0
      ? spend(input.budget, amountFen, {
          id: input.ids.next('movement'),
          actorId: actor.id,
          reason: complete ? `Order ${order.id} received` : `Order ${order.id} partially received`,
          reasonCode: complete ? 'ORDER_RECEIVED' : 'ORDER_PARTIALLY_RECEIVED',
          reasonParams: { id: order.id },
          subjectType: 'order',
          subjectId: order.id,
          now,
        })
      : { budget: input.budget, movement: undefined };
  const event = actorEvent(complete ? 'received' : 'partially_received', actor, now);
  if (note) event.comment = note;
  return {
    order: stored({
      ...order,
      status: complete ? 'received' : 'partially_received',
      lines,
      receipts: [...order.receipts, receipt],
      receivedFen: order.receivedFen + amountFen,
      version: order.version + 1,
      updatedAt: now,
      events: [...order.events, event],
    }),
    budget: ledger.budget,
    movement: ledger.movement,
    receipt,
  };
}

/**
 * Closes a partially received order short (关闭剩余): the outstanding goods will not come, and what
 * is still committed for them (total − received) is released with the buyer's reason.
 */
export function closeOrderShort(input: {
  order: OrderRecord;
  budget: Budget;
  actor: Actor;
  reason: string;
  now: string;
  ids: Ids;
}): { order: OrderRecord; budget: Budget; movement?: BudgetMovement } {
  const { actor, now } = input;
  const order = orderView(input.order);
  assertOwnOrder(order, actor);
  if (order.status !== 'partially_received')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Only a partially received order can be closed short (this one is ${order.status})`,
    );
  const reason = input.reason.trim();
  if (!reason)
    fail('VALIDATION_FAILED', 'Say why the rest will not be received', [
      { path: 'reason', message: 'A reason is required' },
    ]);
  const restFen = order.totalFen - order.receivedFen;
  const ledger =
    restFen > 0
      ? release(input.budget, restFen, {
          id: input.ids.next('movement'),
          actorId: actor.id,
          reason: `Order ${order.id} closed short: ${reason}`,
          reasonCode: 'ORDER_CLOSED_SHORT',
          reasonParams: { id: order.id, note: reason },
          subjectType: 'order',
          subjectId: order.id,
          now,
        })
      : { budget: input.budget, movement: undefined };
  const event = actorEvent('closed_short', actor, now);
  event.comment = reason;
  return {
    order: stored({
      ...order,
      status: 'closed_short',
      version: order.version + 1,
      updatedAt: now,
      events: [...order.events, event],
    }),
    budget: ledger.budget,
    movement: ledger.movement,
  };
}

/** Applies a decision on one of the order's tasks: a level approved, the order approved, or rejected (commitment released). */
export function applyOrderDecision(input: {
  order: OrderRecord;
  budget: Budget;
  decision: DecisionResult;
  now: string;
  ids: Ids;
}): { order: OrderRecord; budget?: Budget; movement?: BudgetMovement } {
  const { order, decision, now } = input;
  const task = decision.decided;
  const actor = {
    actorId: task.decidedBy!,
    actorName: task.deciderName ?? task.decidedBy!,
    actorNameEn: task.deciderNameEn ?? task.deciderName ?? task.decidedBy!,
    ...(task.onBehalfOfName
      ? {
          onBehalfOfName: task.onBehalfOfName,
          onBehalfOfNameEn: task.onBehalfOfNameEn ?? task.onBehalfOfName,
        }
      : {}),
  };
  const events = [...order.events];
  if (decision.outcome === 'rejected') {
    events.push({ type: 'rejected', at: now, ...actor, level: task.level, comment: task.comment });
    const ledger = release(input.budget, order.totalFen, {
      id: input.ids.next('movement'),
      actorId: task.decidedBy!,
      reason: `Order ${order.id} rejected: ${task.comment ?? ''}`.trim(),
      reasonCode: 'ORDER_REJECTED',
      reasonParams: task.comment ? { id: order.id, note: task.comment } : { id: order.id },
      subjectType: 'order',
      subjectId: order.id,
      now,
    });
    return {
      order: { ...order, status: 'rejected', version: order.version + 1, updatedAt: now, events },
      budget: ledger.budget,
      movement: ledger.movement,
    };
  }
  const levelEvent: OrderEvent = { type: 'level_approved', at: now, ...actor, level: task.level };
  if (task.comment) levelEvent.comment = task.comment;
  events.push(levelEvent);
  if (decision.next)
    events.push({ type: 'approval_requested', at: now, ...actor, level: decision.next.level });
  if (decision.outcome === 'approved') {
    events.push({ type: 'approved', at: now, ...actor });
    return {
      order: { ...order, status: 'approved', version: order.version + 1, updatedAt: now, events },
    };
  }
  return { order: { ...order, version: order.version + 1, updatedAt: now, events } };
}
