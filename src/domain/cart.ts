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
