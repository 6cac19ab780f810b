import type { InvoiceDetails } from './invoice.ts';
import type { Fen } from './money.ts';
import type { LateLineWarning } from './need-by.ts';
import type { TaxBreakdown, VatRate } from './tax.ts';

export type OrderStatus = 'pending_approval' | 'approved' | 'rejected' | 'cancelled' | 'received';

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
}

export const MAX_ORDER_LINES = 500;

export type OrderEventType =
  | 'submitted'
  | 'approval_requested'
  | 'level_approved'
  | 'approved'
  | 'rejected'
  | 'cancelled'
  | 'received';

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
