import type {
  Budget,
  Category,
  CostCenter,
  DeliveryAddress,
  Fen,
  InvoiceDetails,
  LateLineWarning,
  LineInput,
  Order,
  OrderEvent,
  OrderEventType,
  PricedCart,
  PricedCartLine,
  Product,
  Supplier,
  TaxBreakdown,
  VatRate,
} from '../../../../domain/index.ts';

export type { Budget, Category, CostCenter, DeliveryAddress, Product, Supplier };

export type CatalogSort = 'relevance' | 'price' | 'leadTimeDays';
export type SortOrder = 'asc' | 'desc';

/** A catalog search as the URL and the store keep it (money in fen). */
export interface CatalogQuery {
  q: string;
  categoryId: string | null;
  brand: string | null;
  supplierId: string | null;
  priceMinFen: Fen | null;
  priceMaxFen: Fen | null;
  inStock: boolean;
  sort: CatalogSort;
  order: SortOrder;
  pageIndex: number;
  pageSize: number;
}

export const DEFAULT_CATALOG_QUERY: CatalogQuery = {
  q: '',
  categoryId: null,
  brand: null,
  supplierId: null,
  priceMinFen: null,
  priceMaxFen: null,
  inStock: false,
  sort: 'relevance',
  order: 'asc',
  pageIndex: 0,
  pageSize: 24,
};

export const PAGE_SIZES = [12, 24, 48, 96];

export interface Facets {
  brands: { brand: string; count: number }[];
  suppliers: { id: string; count: number }[];
}

export type { LineInput, PricedCart, PricedCartLine };

export const EMPTY_CART: PricedCart = { lines: [], totalFen: 0, savingsFen: 0, updatedAt: null };

export interface PricedOrderLine {
  productId: string;
  qty: number;
  unitPriceFen: Fen;
  lineTotalFen: Fen;
  supplierId: string;
  vatRate: VatRate;
  netFen: Fen;
  vatFen: Fen;
  needBy?: string;
  sku: string;
  name: string;
  nameEn: string;
  unit: string;
  /** On an order's lines (not in previews): received so far and still to come. */
  receivedQty?: number;
  outstandingQty?: number;
}

export type ApprovalRuleCode = 'none' | 'approvalThreshold' | 'secondApprovalThreshold';

export interface OrderPreview {
  lines: PricedOrderLine[];
  totalFen: Fen;
  tax: TaxBreakdown;
  warnings: LateLineWarning[];
  budget: { budgetId: string; amountFen: Fen; availableFen: Fen; availableAfterFen: Fen } | null;
  fitsBudget: boolean;
  approval: { levels: 0 | 1 | 2; approverRole: string; rule: ApprovalRuleCode; thresholdFen: Fen };
}

export type { OrderEvent, OrderEventType };

/** An order as GET /api/orders(/:id) answers it. */
export interface OrderView extends Omit<Order, 'lines'> {
  lines: PricedOrderLine[];
  events?: OrderEvent[];
  createdByName?: string;
  createdByNameEn?: string;
  approvalLevels?: number;
  approvalRule?: ApprovalRuleCode;
  budgetId?: string;
  updatedAt?: string;
}

export interface OrderFilters {
  /** Search: order number, product SKU or name (server-side). */
  q: string | null;
  status: string | null;
  costCenterId: string | null;
  /** YYYY-MM-DD */
  from: string | null;
  to: string | null;
}

export const NO_ORDER_FILTERS: OrderFilters = {
  q: null,
  status: null,
  costCenterId: null,
  from: null,
  to: null,
};

/** What one goods receipt takes in: a quantity per line (the lines not named stay as they are). */
export interface ReceiptLineInput {
  productId: string;
  qty: number;
}

/** A line of an order or preview: with its own need-by date where it differs from the order's. */
export type OrderLineInput = LineInput & { needBy?: string };

export interface PlaceOrderCommand {
  costCenterId: string;
  lines: OrderLineInput[];
  deliveryAddress: DeliveryAddress;
  note?: string;
  needBy?: string;
  invoice?: InvoiceDetails;
}

/** A cart line as the cart sends it (the server prices it). */
export function toLineInputs(lines: readonly { productId: string; qty: number }[]): LineInput[] {
  return lines.map((l) => ({ productId: l.productId, qty: l.qty }));
}

/** Lines as the order sends them: each with its own need-by date where the buyer gave one. */
export function toOrderLines(
  lines: readonly { productId: string; qty: number }[],
  lineNeedBy: Readonly<Record<string, string>>,
): OrderLineInput[] {
  return lines.map((l) =>
    lineNeedBy[l.productId]
      ? { productId: l.productId, qty: l.qty, needBy: lineNeedBy[l.productId] }
      : { productId: l.productId, qty: l.qty },
  );
}
