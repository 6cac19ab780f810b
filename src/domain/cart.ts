import type { Product } from './catalog.ts';
import type { Fen } from './money.ts';

/** A product and quantity as the app sends it (cart, order, import). */
export interface LineInput {
  productId: string;
  qty: number;
}

/** GET/PUT /api/cart: the server prices every line from the product's tiers. */
export interface PricedCartLine {
  productId: string;
  qty: number;
  product: Product;
  unitPriceFen: Fen;
  lineTotalFen: Fen;
  /** (first tier price − applied tier price) × qty. */
  savingsFen: Fen;
  leadTimeDays: number;
}

export interface PricedCart {
  lines: PricedCartLine[];
  totalFen: Fen;
  savingsFen: Fen;
  updatedAt: string | null;
}

/** 常用清单: a named list of products and quantities a buyer orders again (shared: their department's buyers too). */
export interface RequisitionTemplate {
  id: string;
  companyId: string;
  ownerId: string;
  ownerName: string;
  ownerNameEn: string;
  departmentId: string;
  name: string;
  shared: boolean;
  lines: LineInput[];
  createdAt: string;
  updatedAt: string;
}

/** GET /api/requisition-templates/{id}: each line with the product as it is sold today (null: no longer). */
export interface RequisitionTemplateDetail extends Omit<RequisitionTemplate, 'lines'> {
  lines: (LineInput & { product: Product | null })[];
}
