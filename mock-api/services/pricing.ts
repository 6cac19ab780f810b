// Server-side pricing and line validation for carts, order previews and orders (mock-api/openapi.yaml).
// Prices always come from the product's tiers; anything the client sends as a price is ignored.
import {
  MAX_ORDER_LINES,
  qtyProblem,
  tierFor,
  type Fen,
  type FieldError,
  type OrderLine,
  type LineInput,
  type Product,
  type QtyProblem,
  splitGross,
} from '../../src/domain/index.ts';

export type { LineInput };
import { fail } from './errors.ts';

/** An order line with the product snapshot the order keeps (the catalog may change later). */
export interface PricedLine extends OrderLine {
  /** Who supplies it: the purchase order is addressed to them. */
  supplierId: string;
  sku: string;
  name: string;
  nameEn: string;
  unit: string;
}

export type ProductLookup = (id: string) => Product | undefined;

const QTY_MESSAGES: Record<QtyProblem, (p: Product) => string> = {
  not_integer: () => 'Quantity must be a positive integer',
  below_moq: (p) => `Quantity is below the minimum order quantity of ${p.moq}`,
  not_pack_multiple: (p) => `Quantity must be a multiple of the pack size ${p.packSize}`,
  above_max: () => 'Quantity is above the maximum of 100000 per line',
  above_stock: (p) => `Quantity is above the stock of ${p.stock}`,
};

/**
 * Every problem of a set of lines, one entry per problem, with paths `lines.N.field`:
 * 1–500 lines, one line per product, known procurement products, integer qty ≥ moq, pack multiple, ≤ 100000.
 */
export function lineProblems(
  lines: readonly LineInput[],
  findProduct: ProductLookup,
  opts: { allowEmpty?: boolean } = {},
): FieldError[] {
  const errors: FieldError[] = [];
  if (lines.length === 0 && !opts.allowEmpty)
    errors.push({ path: 'lines', message: 'At least one line is required' });
  if (lines.length > MAX_ORDER_LINES)
    errors.push({ path: 'lines', message: `At most ${MAX_ORDER_LINES} lines are allowed` });
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const first = seen.get(line.productId);
    if (first !== undefined) {
      errors.push({
        path: `lines.${i}.productId`,
        message: `Product ${line.productId} is already on line ${first + 1}; one line per product`,
      });
      return;
    }
    seen.set(line.productId, i);
    const product = findProduct(line.productId);
    if (!product) {
      errors.push({ path: `lines.${i}.productId`, message: `Unknown product ${line.productId}` });
      return;
    }
    if (!product.channels.includes('procurement')) {
      errors.push({
        path: `lines.${i}.productId`,
        message: `Product ${product.sku} is not sold in the procurement channel`,
      });
      return;
    }
    const problem = qtyProblem(product, line.qty);
    if (problem) errors.push({ path: `lines.${i}.qty`, message: QTY_MESSAGES[problem](product) });
  });
  return errors;
}

/** The price of one valid line (the highest tier whose minQty ≤ qty). */
export function priceLine(product: Product, qty: number): PricedLine {
  const tier = tierFor(product.priceTiers, qty) ?? product.priceTiers[0];
  const { netFen, vatFen } = splitGross(tier.unitPriceFen * qty, product.vatRate);
  return {
    productId: product.id,
    qty,
    unitPriceFen: tier.unitPriceFen,
    lineTotalFen: tier.unitPriceFen * qty,
    supplierId: product.supplierId,
    vatRate: product.vatRate,
    netFen,
    vatFen,
    sku: product.sku,
    name: product.name,
    nameEn: product.nameEn,
    unit: product.unit,
  };
}

/** Validates and prices lines; throws 400 VALIDATION_FAILED listing every problem. */
export function priceLines(
  lines: readonly LineInput[],
  findProduct: ProductLookup,
): { lines: PricedLine[]; totalFen: Fen } {
  const errors = lineProblems(lines, findProduct);
  if (errors.length) fail('VALIDATION_FAILED', 'Some order lines cannot be ordered', errors);
  const priced = lines.map((l) => priceLine(findProduct(l.productId)!, l.qty));
  return { lines: priced, totalFen: priced.reduce((sum, l) => sum + l.lineTotalFen, 0) };
}

/** What the first (MOQ) tier would have cost minus what the applied tier costs. */
export function savingsFor(product: Product, qty: number): Fen {
  const applied = (tierFor(product.priceTiers, qty) ?? product.priceTiers[0]).unitPriceFen;
  return (product.priceTiers[0].unitPriceFen - applied) * qty;
}
