// e福礼 reports for hr and finance over one store transaction (Tx): per grant / campaign (reached,
// redeemed, outstanding, expired, cost, top gifts) and the company's outstanding points liability.
// Numbers are as of `now`: points of a lot past its expiry count as expired even before the lot's
// `expire` entry is written.
import type { PointsLedgerEntry } from '../seed/generate.ts';
import { P, type LotRecord } from './points.ts';
import { settingsOf } from './procurement-service.ts';
import { CAMPAIGNS, type CampaignRecord } from './campaign-service.ts';
import { ownRecord, requireRole, type Caller, type Tx } from './tx.ts';
import { W, type GrantRecord, type RedemptionRecord } from './welfare-service.ts';

export interface GrantReport {
  grantId: string;
  campaignId: string | null;
  occasion: string;
  createdAt: string;
  expiresAt: string;
  status: GrantRecord['status'];
  reached: number;
  pointsGranted: number;
  pointsRedeemed: number;
  /** pointsRedeemed / pointsGranted × 100, one decimal. */
  redeemedPercent: number;
  pointsOutstanding: number;
  pointsExpired: number;
  costFen: number;
}

export interface TopGift {
  productId: string;
  name: string;
  nameEn: string;
  qty: number;
  redemptions: number;
}

interface Indexes {
  lotsByGrant: Map<string, LotRecord[]>;
  expiredByLot: Map<string, number>;
}

function indexes(tx: Tx, companyId: string): Indexes {
  const ledger = new Map<string, string>(); // grant entry id → grant id
  const expiredByLot = new Map<string, number>();
  for (const e of tx.all<PointsLedgerEntry>(P.ledger)) {
    if (e.companyId !== companyId) continue;
    if (e.type === 'grant') ledger.set(e.id, e.ref);
    else if (e.type === 'expire')
      expiredByLot.set(e.ref, (expiredByLot.get(e.ref) ?? 0) - e.points);
  }
  const lotsByGrant = new Map<string, LotRecord[]>();
  for (const l of tx.all<LotRecord>(P.lots)) {
    if (l.companyId !== companyId) continue;
    const g = ledger.get(l.grantEntryId);
    if (!g) continue;
    const list = lotsByGrant.get(g);
    if (list) list.push(l);
    else lotsByGrant.set(g, [l]);
  }
  return { lotsByGrant, expiredByLot };
}

function grantReport(g: GrantRecord, ix: Indexes, now: string): GrantReport {
  const lots = ix.lotsByGrant.get(g.id) ?? [];
  let granted = 0;
  let outstanding = 0;
  let expired = 0;
  for (const l of lots) {
    granted += l.points;
    const written = ix.expiredByLot.get(l.id) ?? 0;
    if (l.expiresAt > now) outstanding += l.remaining;
    else expired += l.remaining;
    expired += written;
  }
  const redeemed = granted - outstanding - expired;
  return {
    grantId: g.id,
    campaignId: g.campaignId ?? null,
    occasion: g.occasion,
    createdAt: g.createdAt,
    expiresAt: g.expiresAt,
    status: g.status,
    reached: lots.length,
    pointsGranted: granted,
    pointsRedeemed: redeemed,
    redeemedPercent: granted ? Math.round((redeemed / granted) * 1000) / 10 : 0,
    pointsOutstanding: outstanding,
    pointsExpired: expired,
    costFen: g.costFen,
  };
}

/** Every grant of the company, newest first. */
export function grantReports(tx: Tx, caller: Caller, now: string): GrantReport[] {
  requireRole(caller, 'hr');
  const ix = indexes(tx, caller.companyId);
  return tx
    .all<GrantRecord>(W.grants)
    .filter((g) => g.companyId === caller.companyId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map((g) => grantReport(g, ix, now));
}

/** The gifts most redeemed with the grant's points (redemptions not cancelled), by quantity. */
function topGifts(tx: Tx, companyId: string, lotIds: Set<string>, n = 5): TopGift[] {
  const byProduct = new Map<string, TopGift>();
  for (const r of tx.all<RedemptionRecord>(W.redemptions)) {
    if (r.companyId !== companyId || r.status === 'cancelled') continue;
    if (!r.allocations.some((a) => lotIds.has(a.lotId))) continue;
    for (const l of r.lines) {
      const t = byProduct.get(l.productId) ?? {
        productId: l.productId,
        name: l.name,
        nameEn: l.nameEn,
        qty: 0,
        redemptions: 0,
      };
      t.qty += l.qty;
      t.redemptions += 1;
      byProduct.set(l.productId, t);
    }
  }
  return [...byProduct.values()]
    .sort(
      (a, b) =>
        b.qty - a.qty || b.redemptions - a.redemptions || a.productId.localeCompare(b.productId),
    )
    .slice(0, n);
}

export interface CampaignReport {
  campaignId: string;
  name: string;
  nameEn: string;
  status: CampaignRecord['status'];
  grant: GrantReport | null;
  topGifts: TopGift[];
}

export function campaignReport(tx: Tx, caller: Caller, id: string, now: string): CampaignReport {
  requireRole(caller, 'hr');
  const c = ownRecord<CampaignRecord>(tx, CAMPAIGNS, id, caller, 'Campaign');
  const g = c.grantId ? tx.get<GrantRecord>(W.grants, c.grantId) : undefined;
  const ix = indexes(tx, caller.companyId);
  const lots = g ? (ix.lotsByGrant.get(g.id) ?? []) : [];
  return {
    campaignId: c.id,
    name: c.name,
    nameEn: c.nameEn,
    status: c.status,
    grant: g ? grantReport(g, ix, now) : null,
    topGifts: g ? topGifts(tx, caller.companyId, new Set(lots.map((l) => l.id))) : [],
  };
}

export interface Liability {
  asOf: string;
  pointValueFen: number;
  outstandingPoints: number;
  outstandingFen: number;
  expiringIn30DaysPoints: number;
  expiringIn30DaysFen: number;
  expiringIn90DaysPoints: number;
  expiringIn90DaysFen: number;
  employeesWithPoints: number;
}

/** Unexpired unspent points of the company, in points and fen, and what of it expires within 30 / 90 days. */
export function liability(tx: Tx, caller: Caller, nowMs: number): Liability {
  requireRole(caller, 'hr');
  const now = new Date(nowMs).toISOString();
  const in30 = new Date(nowMs + 30 * 86_400_000).toISOString();
  const in90 = new Date(nowMs + 90 * 86_400_000).toISOString();
  const { pointValueFen } = settingsOf(tx, caller);
  let out = 0;
  let e30 = 0;
  let e90 = 0;
  const holders = new Set<string>();
  for (const l of tx.all<LotRecord>(P.lots)) {
    if (l.companyId !== caller.companyId || l.remaining <= 0 || l.expiresAt <= now) continue;
    out += l.remaining;
    holders.add(l.userId);
    if (l.expiresAt <= in30) e30 += l.remaining;
    if (l.expiresAt <= in90) e90 += l.remaining;
  }
  return {
    asOf: now,
    pointValueFen,
    outstandingPoints: out,
    outstandingFen: out * pointValueFen,
    expiringIn30DaysPoints: e30,
    expiringIn30DaysFen: e30 * pointValueFen,
    expiringIn90DaysPoints: e90,
    expiringIn90DaysFen: e90 * pointValueFen,
    employeesWithPoints: holders.size,
  };
}

export const GRANT_REPORT_CSV_HEADER = [
  'grantId',
  'campaignId',
  'occasion',
  'createdAt',
  'expiresAt',
  'status',
  'reached',
  'pointsGranted',
  'pointsRedeemed',
  'redeemedPercent',
  'pointsOutstanding',
  'pointsExpired',
  'costFen',
] as const;
