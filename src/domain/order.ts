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
