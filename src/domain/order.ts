import type { InvoiceDetails } from './invoice.ts';
import type { Fen } from './money.ts';
import type { LateLineWarning } from './need-by.ts';
import type { TaxBreakdown, VatRate } from './tax.ts';

export type OrderStatus =
  | 'pending_approval'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  /** Some goods received, the rest still expected. */
  | 'partially_received'
  | 'received'
  /** Partially received, then closed by the buyer: the rest will not come and its commitment was released. */
  | 'closed_short';

/** The statuses in which goods can be received. */
export const RECEIVABLE_STATUSES: readonly OrderStatus[] = ['approved', 'partially_received'];

/** A mainland China mobile number: 11 digits starting 13–19 (spaces and dashes between digits allowed). */
export const CN_MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** The number without the spaces and dashes people type to group its digits ("138 0013 8000"). */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

export function isChineseMobile(phone: string): boolean {
  return CN_MOBILE_PATTERN.test(normalizePhone(phone.trim()));
}

export interface DeliveryAddress {
  recipient: string;
  phone: string;
  address: string;
}

export interface OrderLine {
  productId: string;
  qty: number;
  unitPriceFen: Fen;
  /** Tax included (the gross amount of the line). */
  lineTotalFen: Fen;
  /** The product's VAT rate when ordered, kept whatever the catalog says later. */
  vatRate: VatRate;
  /** lineTotalFen without VAT and the VAT in it (src/domain/tax.ts, per line). */
  netFen: Fen;
  vatFen: Fen;
  /** The line's own need-by date where it differs from the order's. */
  needBy?: string;
  /** On an order's lines (not in previews): the quantity received so far and what is still to come. */
  receivedQty?: number;
  outstandingQty?: number;
}

/** One line of a goods receipt: the quantity received and the gross amount it moved to spent. */
export interface ReceiptLine {
  productId: string;
  qty: number;
  amountFen: Fen;
}

/** One goods receipt (收货) of an order: who, when, which lines and quantities. */
export interface GoodsReceipt {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  actorNameEn?: string;
  lines: ReceiptLine[];
  /** Σ lines' amountFen: what this receipt moved from committed to spent. */
  amountFen: Fen;
  note?: string;
}

export interface Order {
  id: string;
  companyId: string;
  status: OrderStatus;
  /** The gross total, tax included (= tax.grossFen). */
  totalFen: Fen;
  lines: OrderLine[];
  /** Net / VAT / gross per rate and in total, summed from the lines. */
  tax: TaxBreakdown;
  invoice: InvoiceDetails;
  /** The date the order is needed by (China local date). */
  needBy?: string;
  /** Lines that could not arrive by their need-by date when the order was placed. */
  warnings: LateLineWarning[];
  costCenterId: string;
  deliveryAddress: DeliveryAddress;
  note?: string;
  createdBy: string;
  createdAt: string;
  version: number;
  /** Goods receipts, oldest first. */
  receipts: GoodsReceipt[];
  /** Gross amount received so far (= Σ receipts' amountFen, spent on the budget). */
  receivedFen: Fen;
}

export const MAX_ORDER_LINES = 500;

export type OrderEventType =
  | 'submitted'
  | 'approval_requested'
  | 'level_approved'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  | 'partially_received'
  | 'received'
  | 'closed_short';

/** One step of an order's status timeline. */
export interface OrderEvent {
  type: OrderEventType;
  at: string;
  actorId: string;
  actorName: string;
  /** The actor's name in English (older records may lack it). */
  actorNameEn?: string;
  level?: number;
  comment?: string;
  /** A decision made through a delegation (代理审批): the approver the actor acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  /** True on the `approved` event of an order under the threshold (nobody had to approve it). */
  auto?: boolean;
}

/**
 * The gross amount of the first `receivedQty` units of a line: its total pro rata, rounded to the fen.
 * A receipt moves `share(after) − share(before)`, so however a line is received in parts, its receipts
 * add up to exactly `lineTotalFen` once all of it is in.
 */
export function receivedShareFen(
  line: Pick<OrderLine, 'qty' | 'lineTotalFen'>,
  receivedQty: number,
): Fen {
  if (receivedQty >= line.qty) return line.lineTotalFen;
  return Math.round((line.lineTotalFen * receivedQty) / line.qty);
}

/** The gross amount receiving `qty` more units of a line moves to spent. */
export function receiptAmountFen(
  line: Pick<OrderLine, 'qty' | 'lineTotalFen'>,
  receivedBefore: number,
  qty: number,
): Fen {
  return receivedShareFen(line, receivedBefore + qty) - receivedShareFen(line, receivedBefore);
}
