import type {
  Category,
  DeliveryAddress,
  PaymentMethod,
  Product,
  RedemptionEventType,
  RedemptionStatus,
} from '../../../../domain/index.ts';

// The answers of the welfare API (mock-api/openapi.yaml, tag `welfare`) on the shared domain types.

export type { Category, DeliveryAddress, PaymentMethod, Product, RedemptionStatus };
export type { LedgerType, PointsBalance, PointsLedgerEntry } from '../../../../domain/index.ts';

/** GET /api/points/lots */
export interface PointsLot {
  id: string;
  points: number;
  remaining: number;
  createdAt: string;
  expiresAt: string;
  grantId: string | null;
  expired: boolean;
}

/** GET /api/welfare/gifts: a welfare product with the company's popularity. */
export interface WelfareGift extends Product {
  redemptions: number;
  inCampaign: boolean;
}

export type RecommendationCode =
  'also-chose' | 'popular-in-department' | 'new-in-campaign' | 'within-balance';

/** How many recommendations the store asks for. */
export const RECOMMENDATIONS_SHOWN = 8;

/** GET /api/welfare/recommendations: a gift and why it is shown. */
export interface Recommendation {
  product: Product;
  reason: {
    code: RecommendationCode;
    params: {
      productId?: string;
      departmentId?: string;
      redemptions?: number;
      campaignId?: string;
      balance?: number;
    };
  };
}

export interface WelfareCartLine {
  productId: string;
  qty: number;
  pointsPrice: number;
  linePoints: number;
  product: Product;
}

/** GET/PUT /api/welfare/cart, priced as a redemption would be. */
export interface WelfareCart {
  lines: WelfareCartLine[];
  totalPoints: number;
  balance: number;
  maxPoints: number;
  pointValueFen: number;
  cashFenAtMaxPoints: number;
  updatedAt: string | null;
}

export interface RedemptionLine {
  productId: string;
  qty: number;
  pointsPrice: number;
  linePoints: number;
  sku: string;
  name: string;
  nameEn: string;
}

export interface RedemptionEvent {
  type: RedemptionEventType;
  at: string;
  points?: number;
  cashFen?: number;
  method?: PaymentMethod;
  reason?: 'unpaid' | 'employee';
}

/** A gift redemption ("my gift") with its timeline. */
export interface Redemption {
  id: string;
  status: RedemptionStatus;
  lines: RedemptionLine[];
  totalPoints: number;
  pointsUsed: number;
  cashFen: number;
  pointValueFen: number;
  deliveryAddress: DeliveryAddress;
  allocations: { lotId: string; points: number; expiresAt: string }[];
  createdAt: string;
  updatedAt: string;
  payBy?: string;
  paidAt?: string;
  timeline: RedemptionEvent[];
}

export type GiftSort = 'popularity' | 'points-asc' | 'points-desc' | 'newest';

/** The store's list query, held in the URL. */
export interface GiftQuery {
  q: string;
  /** A category, with its subcategories. */
  categoryId: string | null;
  pointsMin: number | null;
  pointsMax: number | null;
  withinBalance: boolean;
  sort: GiftSort;
  pageIndex: number;
  pageSize: number;
}

export const GIFT_PAGE_SIZE = 12;

export const DEFAULT_GIFT_QUERY: GiftQuery = {
  q: '',
  categoryId: null,
  pointsMin: null,
  pointsMax: null,
  withinBalance: false,
  sort: 'popularity',
  pageIndex: 0,
  pageSize: GIFT_PAGE_SIZE,
};

export const GIFT_SORTS: readonly GiftSort[] = [
  'popularity',
  'points-asc',
  'points-desc',
  'newest',
];

function nonNegativeInt(v: string | undefined): number | null {
  if (v == null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** URL query parameters → a gift query (anything unreadable falls back to the default). */
export function giftQueryFromParams(p: {
  q?: string;
  category?: string;
  min?: string;
  max?: string;
  within?: string;
  sort?: string;
  page?: string;
}): GiftQuery {
  const page = nonNegativeInt(p.page);
  return {
    ...DEFAULT_GIFT_QUERY,
    q: (p.q ?? '').slice(0, 100),
    categoryId: p.category?.trim() ? p.category.trim().slice(0, 64) : null,
    pointsMin: nonNegativeInt(p.min),
    pointsMax: nonNegativeInt(p.max),
    withinBalance: p.within === '1',
    sort: GIFT_SORTS.includes(p.sort as GiftSort) ? (p.sort as GiftSort) : 'popularity',
    pageIndex: page && page > 1 ? page - 1 : 0,
  };
}

/** A gift query → URL query parameters (defaults left out, so links stay short). */
export function giftQueryToParams(q: GiftQuery): Record<string, string | null> {
  return {
    q: q.q.trim() || null,
    category: q.categoryId,
    min: q.pointsMin == null ? null : String(q.pointsMin),
    max: q.pointsMax == null ? null : String(q.pointsMax),
    within: q.withinBalance ? '1' : null,
    sort: q.sort === 'popularity' ? null : q.sort,
    page: q.pageIndex > 0 ? String(q.pageIndex + 1) : null,
  };
}

/** Where a redemption stands on its way: the steps shown in the timeline, in order. */
export const REDEMPTION_STEPS: readonly RedemptionStatus[] = [
  'placed',
  'paid',
  'shipped',
  'delivered',
  'received',
];

/** Cancel is offered before shipping only. */
export function canCancel(r: Pick<Redemption, 'status'>): boolean {
  return r.status === 'placed' || r.status === 'paid';
}

/** Receipt is confirmed once the gift is on its way or arrived. */
export function canConfirm(r: Pick<Redemption, 'status'>): boolean {
  return r.status === 'shipped' || r.status === 'delivered';
}

/** Cash still to pay: a placed redemption with a cash part. */
export function needsPayment(r: Pick<Redemption, 'status' | 'cashFen'>): boolean {
  return r.status === 'placed' && r.cashFen > 0;
}

/** How much cash a top-up would be to take a gift of `pointsPrice` with the whole balance. */
export function topUpFen(pointsPrice: number, balance: number, pointValueFen: number): number {
  return Math.max(0, pointsPrice - Math.max(0, balance)) * pointValueFen;
}

export type CartLines = { productId: string; qty: number }[];

/** The cart's lines after one edit. */
export function editLines(
  cart: WelfareCart | null,
  edit:
    | { kind: 'add'; productId: string; qty: number }
    | { kind: 'set'; productId: string; qty: number }
    | { kind: 'remove'; productId: string },
): CartLines {
  const lines: CartLines = (cart?.lines ?? []).map((l) => ({ productId: l.productId, qty: l.qty }));
  const i = lines.findIndex((l) => l.productId === edit.productId);
  if (edit.kind === 'remove') return lines.filter((l) => l.productId !== edit.productId);
  if (i < 0) return [...lines, { productId: edit.productId, qty: edit.qty }];
  const qty = edit.kind === 'add' ? lines[i].qty + edit.qty : edit.qty;
  lines[i] = { ...lines[i], qty };
  return lines;
}
