// The server-side cart: one per user, stored as plain {productId, qty} lines and priced on every read.
import type { PricedCart, PricedCartLine } from '../../src/domain/index.ts';
import { fail } from './errors.ts';
import {
  lineProblems,
  priceLine,
  savingsFor,
  type LineInput,
  type ProductLookup,
} from './pricing.ts';

export interface CartRecord {
  id: string;
  userId: string;
  companyId: string;
  lines: LineInput[];
  updatedAt: string;
}

export type { PricedCart, PricedCartLine };

/** Validates a whole cart (may be empty) and returns its lines; 400 with `lines.N.*` paths on any problem. */
export function validateCartLines(
  lines: readonly LineInput[],
  findProduct: ProductLookup,
): LineInput[] {
  const errors = lineProblems(lines, findProduct, { allowEmpty: true });
  if (errors.length) fail('VALIDATION_FAILED', 'Some cart lines cannot be ordered', errors);
  return lines.map((l) => ({ productId: l.productId, qty: l.qty }));
}

/** Adds lines to a cart: the same product's quantities are summed, new products appended in order. */
export function addToCart(
  current: readonly LineInput[],
  added: readonly LineInput[],
  findProduct: ProductLookup,
): LineInput[] {
  const addedErrors = lineProblems(mergeDuplicates(added), findProduct);
  if (addedErrors.length)
    fail('VALIDATION_FAILED', 'Some lines cannot be added to the cart', addedErrors);
  const merged = mergeDuplicates([...current, ...added]);
  const errors = lineProblems(merged, findProduct);
  if (errors.length)
    fail('VALIDATION_FAILED', 'The cart would hold lines that cannot be ordered', errors);
  return merged;
}

export function mergeDuplicates(lines: readonly LineInput[]): LineInput[] {
  const byId = new Map<string, LineInput>();
  for (const l of lines) {
    const seen = byId.get(l.productId);
    if (seen) seen.qty += l.qty;
    else byId.set(l.productId, { productId: l.productId, qty: l.qty });
  }
  return [...byId.values()];
}

/** Prices a stored cart. Lines whose product vanished from the catalog are left out. */
export function priceCart(
  cart: Pick<CartRecord, 'lines' | 'updatedAt'> | undefined,
  findProduct: ProductLookup,
): PricedCart {
  const lines: PricedCartLine[] = [];
  for (const l of cart?.lines ?? []) {
    const product = findProduct(l.productId);
    if (!product) continue;
    const priced = priceLine(product, l.qty);
    lines.push({
      productId: l.productId,
      qty: l.qty,
      product,
      unitPriceFen: priced.unitPriceFen,
      lineTotalFen: priced.lineTotalFen,
      savingsFen: savingsFor(product, l.qty),
      leadTimeDays: product.leadTimeDays,
    });
  }
  return {
    lines,
    totalFen: lines.reduce((s, l) => s + l.lineTotalFen, 0),
    savingsFen: lines.reduce((s, l) => s + l.savingsFen, 0),
    updatedAt: cart?.updatedAt ?? null,
  };
}
