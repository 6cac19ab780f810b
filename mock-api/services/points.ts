// Points lots and their ledger over one store transaction (Tx). Points live in lots (one per grant per
// employee, each with its expiry); every change of a lot writes one ledger entry per account change, so the
// ledger always sums to the balance:
//   creditLot   grant  +points, a new lot
//   spendLots   redeem −points, oldest-expiring unexpired lots first; returns the allocation per lot
//   refundLots  refund +points, back to the lots they came from (their original expiry)
//   expireLots  expire −remaining for each lot past its expiry (dated at the expiry)
import type { PointsAccount, PointsLedgerEntry, PointsLot } from '../seed/generate.ts';
import { fail } from './errors.ts';
import type { Tx } from './tx.ts';

export const P = {
  accounts: 'pointsAccounts',
  ledger: 'pointsLedger',
  lots: 'pointsLots',
} as const;

export interface LotAllocation {
  lotId: string;
  points: number;
  expiresAt: string;
}

/** A stored lot; `refundedAt` is when points last came back to it (its expiry entry is dated no earlier). */
export type LotRecord = PointsLot & { refundedAt?: string };

function nextEntryId(tx: Tx, userId: string): string {
  let n = tx.all<PointsLedgerEntry>(P.ledger).filter((e) => e.userId === userId).length;
  let id = `pl-${userId}-${++n}`;
  while (tx.get(P.ledger, id)) id = `pl-${userId}-${++n}`;
  return id;
}

function account(tx: Tx, userId: string, companyId: string): PointsAccount {
  return tx.get<PointsAccount>(P.accounts, userId) ?? { id: userId, userId, companyId, balance: 0 };
}

function saveAccount(tx: Tx, a: PointsAccount): void {
  if (a.balance < 0) throw new Error(`Points balance of ${a.userId} would go below zero`);
  if (tx.get(P.accounts, a.id)) tx.update(P.accounts, a);
  else tx.insert(P.accounts, a);
}

function entry(
  tx: Tx,
  a: PointsAccount,
  e: Omit<PointsLedgerEntry, 'id' | 'userId' | 'companyId' | 'balanceAfter'>,
): PointsLedgerEntry {
  const next = { ...a, balance: a.balance + e.points };
  saveAccount(tx, next);
  const rec: PointsLedgerEntry = {
    id: nextEntryId(tx, a.userId),
    userId: a.userId,
    companyId: a.companyId,
    ...e,
    balanceAfter: next.balance,
  };
  tx.insert(P.ledger, rec);
  return rec;
}

export function balanceOf(tx: Tx, userId: string): number {
  return tx.get<PointsAccount>(P.accounts, userId)?.balance ?? 0;
}

/** Credits a new lot of `points` expiring at `expiresAt` (ledger `grant`, ref = the grant). */
export function creditLot(
  tx: Tx,
  user: { id: string; companyId: string },
  points: number,
  expiresAt: string,
  ref: string,
  now: string,
): LotRecord {
  const e = entry(tx, account(tx, user.id, user.companyId), {
    type: 'grant',
    points,
    createdAt: now,
    ref,
    expiresAt,
  });
  const lot: LotRecord = {
    id: `lot-${user.id}-${ref}`,
    userId: user.id,
    companyId: user.companyId,
    grantEntryId: e.id,
    points,
    remaining: points,
    createdAt: now,
    expiresAt,
  };
  tx.insert(P.lots, lot);
  return lot;
}

/** Unexpired lots with points left, the one expiring first first. */
export function spendableLots(tx: Tx, userId: string, now: string): LotRecord[] {
  return tx
    .all<LotRecord>(P.lots)
    .filter((l) => l.userId === userId && l.remaining > 0 && l.expiresAt > now)
    .sort(
      (a, b) => a.expiresAt.localeCompare(b.expiresAt) || a.createdAt.localeCompare(b.createdAt),
    );
}

/** Spends `points` from the oldest-expiring lots (422 INSUFFICIENT_POINTS when they do not hold enough). */
export function spendLots(
  tx: Tx,
  user: { id: string; companyId: string },
  points: number,
  ref: string,
  now: string,
): LotAllocation[] {
  if (points <= 0) return [];
  const lots = spendableLots(tx, user.id, now);
  const available = lots.reduce((s, l) => s + l.remaining, 0);
  if (available < points)
    fail('INSUFFICIENT_POINTS', `${points} points were asked for; ${available} can be spent`);
  const allocations: LotAllocation[] = [];
  let left = points;
  for (const lot of lots) {
    if (!left) break;
    const take = Math.min(left, lot.remaining);
    tx.update<LotRecord>(P.lots, { ...lot, remaining: lot.remaining - take });
    allocations.push({ lotId: lot.id, points: take, expiresAt: lot.expiresAt });
    left -= take;
  }
  entry(tx, account(tx, user.id, user.companyId), {
    type: 'redeem',
    points: -points,
    createdAt: now,
    ref,
  });
  return allocations;
}

/** Gives spent points back to the lots they came from (original expiry); a lot already expired expires again at once. */
export function refundLots(
  tx: Tx,
  user: { id: string; companyId: string },
  allocations: readonly LotAllocation[],
  ref: string,
  now: string,
): void {
  const points = allocations.reduce((s, a) => s + a.points, 0);
  if (!points) return;
  for (const a of allocations) {
    const lot = tx.get<LotRecord>(P.lots, a.lotId);
    if (!lot) throw new Error(`Lot ${a.lotId} is missing`);
    tx.update<LotRecord>(P.lots, { ...lot, remaining: lot.remaining + a.points, refundedAt: now });
  }
  entry(tx, account(tx, user.id, user.companyId), { type: 'refund', points, createdAt: now, ref });
  expireLots(tx, user.id, now);
}

/** Lots of the user past their expiry with points left. */
export function dueLots(lots: readonly LotRecord[], userId: string, now: string): LotRecord[] {
  return lots.filter((l) => l.userId === userId && l.remaining > 0 && l.expiresAt <= now);
}

/** Writes an `expire` entry for each of the user's lots that expired with points left. True when it changed anything. */
export function expireLots(tx: Tx, userId: string, now: string): boolean {
  const due = dueLots(tx.all<LotRecord>(P.lots), userId, now).sort((a, b) =>
    a.expiresAt.localeCompare(b.expiresAt),
  );
  if (!due.length || !tx.get(P.accounts, userId)) return false;
  for (const lot of due) {
    const at = lot.refundedAt && lot.refundedAt > lot.expiresAt ? lot.refundedAt : lot.expiresAt;
    entry(tx, account(tx, userId, lot.companyId), {
      type: 'expire',
      points: -lot.remaining,
      createdAt: at,
      ref: lot.id,
    });
    tx.update<LotRecord>(P.lots, { ...lot, remaining: 0 });
  }
  return true;
}
