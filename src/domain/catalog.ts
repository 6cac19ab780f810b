import type { Fen } from './money.ts';
import type { VatRate } from './tax.ts';

export type Channel = 'procurement' | 'welfare';

export interface PriceTier {
  minQty: number;
  unitPriceFen: Fen;
}

export interface Category {
  id: string;
  name: string;
  nameEn: string;
  parentId: string | null;
}

export interface Supplier {
  id: string;
  name: string;
  nameEn: string;
  /** 0–5, one decimal. */
  rating: number;
  /** The company's framework contract with the supplier (purchase orders cite it). */
  contractNo: string;
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  nameEn: string;
  brand: string;
  /** The brand in English (absent on older data: show `brand`). */
  brandEn?: string;
  categoryId: string;
  supplierId: string;
  unit: string;
  moq: number;
  packSize: number;
  stock: number;
  leadTimeDays: number;
  /** VAT rate in percent (13, 9 or 6); every price of the product includes it. */
  vatRate: VatRate;
  /** Sorted by minQty; the first tier's minQty equals moq. */
  priceTiers: PriceTier[];
  channels: Channel[];
  pointsPrice?: number;
  /** Path of a locally generated picture (SVG), served by the API. */
  image: string;
  specs: Record<string, string>;
  /** The same table in English (absent on older data: show `specs`). */
  specsEn?: Record<string, string>;
}

export const MAX_LINE_QTY = 100_000;

/** The tier that applies to a quantity: the highest whose minQty ≤ qty (mock-api/openapi.yaml). */
export function tierFor(tiers: readonly PriceTier[], qty: number): PriceTier | undefined {
  let found: PriceTier | undefined;
  for (const tier of tiers) if (tier.minQty <= qty) found = tier;
  return found;
}

export function unitPriceFor(product: Pick<Product, 'priceTiers'>, qty: number): Fen {
  return (tierFor(product.priceTiers, qty) ?? product.priceTiers[0]).unitPriceFen;
}

export type QtyProblem =
  'not_integer' | 'below_moq' | 'not_pack_multiple' | 'above_max' | 'above_stock';

/** Why a quantity cannot be ordered, or null when it can. Stock is advisory for orders (lead time). */
export function qtyProblem(
  product: Pick<Product, 'moq' | 'packSize' | 'stock'>,
  qty: number,
  checkStock = false,
): QtyProblem | null {
  if (!Number.isInteger(qty) || qty <= 0) return 'not_integer';
  // Above the maximum first: rounding such a quantity to a pack would only move it further away.
  if (qty > MAX_LINE_QTY) return 'above_max';
  if (qty < product.moq) return 'below_moq';
  if (qty % product.packSize !== 0) return 'not_pack_multiple';
  if (checkStock && qty > product.stock) return 'above_stock';
  return null;
}

/** The smallest valid quantity ≥ qty: at least the MOQ and a multiple of the pack size. */
export function nearestValidQty(product: Pick<Product, 'moq' | 'packSize'>, qty: number): number {
  const wanted = Math.max(product.moq, Math.ceil(qty));
  return Math.ceil(wanted / product.packSize) * product.packSize;
}

/** The largest valid quantity ≤ limit (≥ the MOQ, a pack multiple), or null when there is none. */
export function largestValidQtyAtMost(
  product: Pick<Product, 'moq' | 'packSize'>,
  limit: number,
): number | null {
  const q = Math.floor(limit / product.packSize) * product.packSize;
  return q >= nearestValidQty(product, product.moq) ? q : null;
}

/**
 * The correction to offer for a quantity that cannot be ordered as typed (null or NaN: nothing readable):
 * the nearest valid quantity above it, or, when that passes the line maximum or the stock, the largest
 * valid one within both. Null when no valid quantity is within the stock (then only the buyer can decide).
 */
export function suggestedQty(
  product: Pick<Product, 'moq' | 'packSize' | 'stock'>,
  qty: number | null,
): number | null {
  const limit = Math.min(MAX_LINE_QTY, product.stock);
  const wanted = qty !== null && Number.isFinite(qty) && qty > 0 ? qty : product.moq;
  const up = nearestValidQty(product, wanted);
  return up <= limit ? up : largestValidQtyAtMost(product, limit);
}
