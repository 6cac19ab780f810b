// The caller's own welfare points (mock-api/openapi.yaml), every authenticated user:
//   GET /api/points/account → {balance, expiringSoon: [{points, expiresAt}]}  (unexpired points only)
//   GET /api/points/ledger  → entries {id, type, points, balanceAfter, createdAt, ref}, newest first, paged
//   GET /api/points/lots    → the lots the balance is made of (unspent first, then by expiry)
// Points live in lots (one per grant, `remaining` unspent). Before every read the user's points are brought
// up to the clock (mock-api/services/welfare-service.ts settlePoints): expired lots write an `expire` entry
// dated at their expiry, unpaid redemptions past their window are cancelled and refunded.
import { EXPIRING_SOON_DAYS } from '../../src/domain/index.ts';
import type { LotRecord } from '../services/points.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, pageParams, sendList } from '../lib/http.ts';
import type { PointsAccount, PointsLedgerEntry } from '../seed/generate.ts';
import { settleDue } from './welfare.ts';

export { EXPIRING_SOON_DAYS };
export { expireLots } from '../services/points.ts';

export const registerPoints: RouteModule = (app, ctx) => {
  app.get(
    '/api/points/account',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleDue(ctx, caller.id);
      const now = ctx.nowIso();
      const soon = new Date(ctx.now() + EXPIRING_SOON_DAYS * 86_400_000).toISOString();
      const account = ctx.store.get<PointsAccount>('pointsAccounts', caller.id);
      const lots = ctx.store
        .all<LotRecord>('pointsLots')
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
      await settleDue(ctx, caller.id);
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

  app.get(
    '/api/points/lots',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleDue(ctx, caller.id);
      const { page, limit } = pageParams(req.query);
      const rows = ctx.store
        .all<LotRecord>('pointsLots')
        .filter((l) => l.userId === caller.id)
        .sort(
          (a, b) =>
            Number(b.remaining > 0) - Number(a.remaining > 0) ||
            a.expiresAt.localeCompare(b.expiresAt),
        )
        .map((l) => ({
          id: l.id,
          points: l.points,
          remaining: l.remaining,
          createdAt: l.createdAt,
          expiresAt: l.expiresAt,
          grantId: ctx.store.get<PointsLedgerEntry>('pointsLedger', l.grantEntryId)?.ref ?? null,
          expired: l.expiresAt <= ctx.nowIso(),
        }));
      sendList(res, { items: rows.slice((page - 1) * limit, page * limit), total: rows.length });
    }),
  );
};
