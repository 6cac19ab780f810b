import type { Fen } from './money.ts';

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
  lineTotalFen: Fen;
}

export interface Order {
  id: string;
  companyId: string;
  status: OrderStatus;
  totalFen: Fen;
  lines: OrderLine[];
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
  /** True on the `approved` event of an order under the threshold (nobody had to approve it). */
  auto?: boolean;
}
