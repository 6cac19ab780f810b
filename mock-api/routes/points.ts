// The caller's own welfare points (mock-api/openapi.yaml), every authenticated user:
//   GET /api/points/account → {balance, expiringSoon: [{points, expiresAt}]}  (unexpired points only)
//   GET /api/points/ledger  → entries {id, type, points, balanceAfter, createdAt, ref}, newest first, paged
// Points live in lots (one per grant, `remaining` unspent); a lot past its expiry is expired lazily on the
// next read: an `expire` ledger entry is written so the ledger always sums to the balance.
import type { Tx } from '../domain/tx.ts';
import { callerOf, type AppContext, type RouteModule } from '../lib/context.ts';
import { handler, pageParams, sendList } from '../lib/http.ts';
import type { PointsAccount, PointsLedgerEntry, PointsLot } from '../seed/generate.ts';

export const EXPIRING_SOON_DAYS = 30;

/** Writes `expire` entries for the user's lots that expired with points left. Returns true when it changed anything. */
export function expireLots(tx: Tx, userId: string, nowIso: string): boolean {
  const due = tx
    .all<PointsLot>('pointsLots')
    .filter((l) => l.userId === userId && l.remaining > 0 && l.expiresAt <= nowIso);
  if (!due.length) return false;
  let account = tx.get<PointsAccount>('pointsAccounts', userId);
  if (!account) return false;
  let n = tx.all<PointsLedgerEntry>('pointsLedger').filter((e) => e.userId === userId).length;
  for (const lot of due.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))) {
    const balance: number = account.balance - lot.remaining;
    let id = `pl-${userId}-${++n}`;
    while (tx.get('pointsLedger', id)) id = `pl-${userId}-${++n}`;
    tx.insert<PointsLedgerEntry>('pointsLedger', {
      id,
      userId,
      companyId: lot.companyId,
      type: 'expire',
      points: -lot.remaining,
      balanceAfter: balance,
      createdAt: lot.expiresAt,
      ref: lot.id,
    });
    tx.update<PointsLot>('pointsLots', { ...lot, remaining: 0 });
    account = { ...account, balance };
    tx.update('pointsAccounts', account);
  }
  return true;
}

async function expireDue(ctx: AppContext, userId: string): Promise<void> {
  const now = ctx.nowIso();
  const due = ctx.store
    .all<PointsLot>('pointsLots')
    .some((l) => l.userId === userId && l.remaining > 0 && l.expiresAt <= now);
  if (due) await ctx.store.transact((tx) => expireLots(tx, userId, now));
}

export const registerPoints: RouteModule = (app, ctx) => {
  app.get(
    '/api/points/account',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await expireDue(ctx, caller.id);
      const now = ctx.nowIso();
      const soon = new Date(ctx.now() + EXPIRING_SOON_DAYS * 86_400_000).toISOString();
      const account = ctx.store.get<PointsAccount>('pointsAccounts', caller.id);
      const lots = ctx.store
        .all<PointsLot>('pointsLots')
        .filter((l) => l.userId === caller.id && l.remaining > 0 && l.expiresAt > now);
      const expiringSoon = lots
        .filter((l) => l.expiresAt <= soon)
        .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))
        .map((l) => ({ points: l.remaining, expiresAt: l.expiresAt }));
      res.json({ userId: caller.id, balance: account?.balance ?? 0, expiringSoon });
    }),
  );

  app.get(
    '/api/points/ledger',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await expireDue(ctx, caller.id);
      const { page, limit } = pageParams(req.query);
      const rows = ctx.store
        .all<PointsLedgerEntry>('pointsLedger')
        .filter((e) => e.userId === caller.id)
        .sort(
          (a, b) =>
            b.createdAt.localeCompare(a.createdAt) ||
            b.id.localeCompare(a.id, 'en', { numeric: true }),
        );
      sendList(res, { items: rows.slice((page - 1) * limit, page * limit), total: rows.length });
    }),
  );
};
