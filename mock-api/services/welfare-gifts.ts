// The gift store's list: welfare products with the company's popularity (redemptions), filtered and
// sorted on the server and paged (mock-api/openapi.yaml listWelfareGifts). A campaign's gift range (the one
// asked for, else the caller's current campaign) puts its gifts first; points buy any welfare product.
// `stock` is what is left after redemptions.
import type { Product } from '../../src/domain/index.ts';
import type { Catalog } from '../lib/catalog.ts';
import { currentCampaign, getCampaign } from './campaign-service.ts';
import { balanceOf } from './points.ts';
import type { Caller, Tx } from './tx.ts';
import { stockLevels, W, type RedemptionRecord } from './welfare-service.ts';

export const GIFT_SORTS = ['points', 'popularity', 'newest'] as const;
export type GiftSort = (typeof GIFT_SORTS)[number];

export interface GiftQuery {
  q?: string;
  categoryId?: string;
  pointsMin?: number;
  pointsMax?: number;
  withinBalance: boolean;
  campaignId?: string;
  sort?: GiftSort;
  order?: 'asc' | 'desc';
  page: number;
  limit: number;
}

export type Gift = Product & { redemptions: number; inCampaign: boolean };

/** Quantities redeemed per product in the company (cancelled redemptions left out). */
function popularity(tx: Tx, companyId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of tx.all<RedemptionRecord>(W.redemptions)) {
    if (r.companyId !== companyId || r.status === 'cancelled') continue;
    for (const l of r.lines) counts.set(l.productId, (counts.get(l.productId) ?? 0) + l.qty);
  }
  return counts;
}

export function listGifts(
  tx: Tx,
  caller: Caller,
  catalog: Catalog,
  query: GiftQuery,
  now: string,
): { items: Gift[]; total: number } {
  const campaign = query.campaignId
    ? getCampaign(tx, caller, query.campaignId)
    : currentCampaign(tx, caller, now);
  let pointsMax = query.pointsMax;
  if (query.withinBalance) {
    const balance = balanceOf(tx, caller.id);
    pointsMax = pointsMax === undefined ? balance : Math.min(pointsMax, balance);
  }
  const found = catalog.search({
    q: query.q,
    categoryId: query.categoryId,
    channel: 'welfare',
    pointsMin: query.pointsMin,
    pointsMax,
    sort: query.q && !query.sort ? 'relevance' : undefined,
    page: 1,
    limit: Number.MAX_SAFE_INTEGER,
  }).items;
  const counts = popularity(tx, caller.companyId);
  const sort = query.sort ?? (query.q ? undefined : 'popularity');
  const dir = (query.order ?? (sort === 'points' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const byId = (a: Product, b: Product) => a.id.localeCompare(b.id);
  const items = [...found];
  if (sort === 'points')
    items.sort((a, b) => dir * (a.pointsPrice! - b.pointsPrice!) || byId(a, b));
  else if (sort === 'popularity')
    items.sort((a, b) => dir * ((counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0)) || byId(a, b));
  else if (sort === 'newest') items.sort((a, b) => dir * a.id.localeCompare(b.id));
  const range = campaign?.giftRange;
  const inRange = (p: Product): boolean =>
    !!range &&
    (range.kind === 'all' ||
      (range.kind === 'categories' &&
        catalog.categoryPath(p.categoryId).some((c) => range.categoryIds?.includes(c.id))) ||
      (range.kind === 'products' && !!range.productIds?.includes(p.id)));
  const left = stockLevels(tx, now);
  const gifts: Gift[] = items.map((p) => ({
    ...p,
    stock: left(p),
    redemptions: counts.get(p.id) ?? 0,
    inCampaign: inRange(p),
  }));
  const ordered = range
    ? [...gifts.filter((g) => g.inCampaign), ...gifts.filter((g) => !g.inCampaign)]
    : gifts;
  const start = (query.page - 1) * query.limit;
  return { items: ordered.slice(start, start + query.limit), total: ordered.length };
}
