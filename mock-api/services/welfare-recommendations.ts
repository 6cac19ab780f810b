// 千人千面: welfare gift recommendations for the caller, each with the reason it is shown, computed from
// the company's redemption history — never random. In this order, without repeating a product and
// without the gifts the caller already chose:
//   also-chose            {productId}         others who chose a gift the caller chose also chose this one
//   popular-in-department {departmentId, redemptions}  most chosen in the caller's department
//   new-in-campaign       {campaignId}        in the gift range of a published campaign (newest products first)
//   within-balance        {balance}           most chosen in the company among gifts the balance covers
// Ties break by product id, so the same history always gives the same list.
import type { Product } from '../../src/domain/index.ts';
import type { UserRecord } from '../seed/generate.ts';
import { CAMPAIGNS, type CampaignRecord } from './campaign-service.ts';
import { balanceOf } from './points.ts';
import { C, type Caller, type Tx } from './tx.ts';
import { W, type RedemptionRecord } from './welfare-service.ts';

export type RecommendationReason =
  | { code: 'also-chose'; params: { productId: string } }
  | { code: 'popular-in-department'; params: { departmentId: string; redemptions: number } }
  | { code: 'new-in-campaign'; params: { campaignId: string } }
  | { code: 'within-balance'; params: { balance: number } };

export interface Recommendation {
  product: Product;
  reason: RecommendationReason;
}

export const MAX_RECOMMENDATIONS = 24;

const ranked = (counts: Map<string, number>) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function recommendationsFor(
  tx: Tx,
  caller: Caller,
  gifts: readonly Product[],
  limit: number,
): Recommendation[] {
  const byId = new Map(gifts.map((g) => [g.id, g]));
  const history = tx
    .all<RedemptionRecord>(W.redemptions)
    .filter((r) => r.companyId === caller.companyId && r.status !== 'cancelled');
  const chosenBy = new Map<string, Set<string>>(); // user → products
  for (const r of history) {
    let set = chosenBy.get(r.userId);
    if (!set) chosenBy.set(r.userId, (set = new Set()));
    for (const l of r.lines) set.add(l.productId);
  }
  const mine = chosenBy.get(caller.id) ?? new Set<string>();
  const out: Recommendation[] = [];
  const taken = new Set(mine);
  const add = (id: string, reason: RecommendationReason): void => {
    const product = byId.get(id);
    if (!product || taken.has(id) || out.length >= limit) return;
    taken.add(id);
    out.push({ product, reason });
  };

  // also-chose: for each gift the caller chose (by id), what the others who chose it chose most.
  for (const x of [...mine].sort()) {
    const counts = new Map<string, number>();
    for (const [user, set] of chosenBy) {
      if (user === caller.id || !set.has(x)) continue;
      for (const y of set) if (y !== x) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    for (const [y] of ranked(counts).slice(0, 2))
      add(y, { code: 'also-chose', params: { productId: x } });
  }

  // popular-in-department
  const deptOf = new Map(
    tx
      .all<UserRecord>(C.users)
      .filter((u) => u.companyId === caller.companyId)
      .map((u) => [u.id, u.departmentId]),
  );
  const dept = new Map<string, number>();
  const company = new Map<string, number>();
  for (const r of history)
    for (const l of r.lines) {
      company.set(l.productId, (company.get(l.productId) ?? 0) + 1);
      if (deptOf.get(r.userId) === caller.departmentId)
        dept.set(l.productId, (dept.get(l.productId) ?? 0) + 1);
    }
  for (const [id, n] of ranked(dept).slice(0, 4))
    add(id, {
      code: 'popular-in-department',
      params: { departmentId: caller.departmentId, redemptions: n },
    });

  // new-in-campaign: the newest published campaigns' gift ranges, newest products (highest id) first.
  const campaigns = tx
    .all<CampaignRecord>(CAMPAIGNS)
    .filter((c) => c.companyId === caller.companyId && c.status === 'published')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  for (const c of campaigns.slice(0, 2)) {
    const g = c.giftRange;
    const inRange =
      g.kind === 'products'
        ? (g.productIds ?? []).filter((id) => byId.has(id))
        : gifts
            .filter((p) => g.kind === 'all' || (g.categoryIds ?? []).includes(p.categoryId))
            .map((p) => p.id)
            .sort((a, b) => b.localeCompare(a));
    for (const id of inRange.slice(0, 3))
      add(id, { code: 'new-in-campaign', params: { campaignId: c.id } });
  }

  // within-balance: company favourites first, then the rest by points price (highest the balance covers).
  const balance = balanceOf(tx, caller.id);
  const affordable = gifts.filter((p) => (p.pointsPrice ?? Infinity) <= balance);
  const popular = ranked(company).map(([id]) => id);
  const rest = affordable
    .map((p) => p.id)
    .filter((id) => !company.has(id))
    .sort((a, b) => byId.get(b)!.pointsPrice! - byId.get(a)!.pointsPrice! || a.localeCompare(b));
  const affordableIds = new Set(affordable.map((p) => p.id));
  for (const id of [...popular.filter((id) => affordableIds.has(id)), ...rest])
    add(id, { code: 'within-balance', params: { balance } });
  return out;
}
