import type { Fen } from './money.ts';

export type OrderStatus = 'pending_approval' | 'approved' | 'rejected' | 'cancelled' | 'received';

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
