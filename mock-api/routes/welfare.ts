// /api/welfare — e福礼 campaigns and grants (hr) and the caller's own redemptions (mock-api/openapi.yaml, "welfare";
// rules in mock-api/README.md "Welfare").
import {
  welfareCartCommandSchema,
  audienceCheckCommandSchema,
  campaignCommandSchema,
  campaignPatchSchema,
  emptyCommandSchema,
  cancelRedemptionCommandSchema,
  confirmRedemptionCommandSchema,
  grantCommandSchema,
  payRedemptionCommandSchema,
  redemptionCommandSchema,
} from '../../src/domain/schemas.ts';
import {
  checkAudience,
  closeCampaign,
  createCampaign,
  currentCampaign,
  deleteCampaign,
  getCampaign,
  grantCampaign,
  listCampaigns,
  previewCampaign,
  publishCampaign,
  updateCampaign,
} from '../services/campaign-service.ts';
import type { Query } from '../services/tx.ts';
import { getWelfareCart, replaceWelfareCart } from '../services/welfare-cart.ts';
import {
  cancelRedemption,
  confirmRedemption,
  createGrant,
  createRedemption,
  getGrant,
  getRedemption,
  listGrants,
  listRedemptions,
  payRedemption,
  pointsDue,
  settlePoints,
  stockLevels,
  usersWithDueRedemptions,
} from '../services/welfare-service.ts';
import {
  campaignReport,
  GRANT_REPORT_CSV_HEADER,
  grantReports,
  liability,
} from '../services/welfare-reports.ts';
import { MAX_RECOMMENDATIONS, recommendationsFor } from '../services/welfare-recommendations.ts';
import { GIFT_SORTS, listGifts, type GiftQuery } from '../services/welfare-gifts.ts';
import { toCsv } from '../lib/csv.ts';
import { checkEnum } from '../lib/query.ts';
import { fail } from '../lib/problem.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type AppContext, type RouteModule } from '../lib/context.ts';
import { command, handler, pageParams, parseBody, q1, sendList } from '../lib/http.ts';

/** Brings the user's points up to the clock (a transaction only when something is due). */
export async function settleDue(ctx: AppContext, userId: string): Promise<void> {
  const now = ctx.nowIso();
  if (pointsDue(ctx.store.reader, userId, now))
    await ctx.store.transact((tx) => settlePoints(tx, userId, now));
}

/** The gift list's query, or 400 VALIDATION_FAILED naming every bad parameter. */
function giftQueryOf(query: Query): GiftQuery {
  const errors: { path: string; message: string }[] = [];
  const num = (key: string): number | undefined => {
    const raw = q1(query, key);
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      errors.push({ path: key, message: 'Must be a whole number ≥ 0' });
    return n;
  };
  const one = (key: string, values: readonly string[]): string | undefined => {
    const raw = q1(query, key);
    if (raw !== undefined && !values.includes(raw))
      errors.push({ path: key, message: `Must be one of ${values.join(', ')}` });
    return raw;
  };
  const q: GiftQuery = {
    q: q1(query, 'q') || undefined,
    categoryId: q1(query, 'categoryId') || undefined,
    pointsMin: num('pointsMin'),
    pointsMax: num('pointsMax'),
    withinBalance: one('withinBalance', ['true', 'false']) === 'true',
    campaignId: q1(query, 'campaignId') || undefined,
    sort: one('_sort', GIFT_SORTS) as GiftQuery['sort'],
    order: one('_order', ['asc', 'desc']) as GiftQuery['order'],
    ...pageParams(query as never),
  };
  if (q.page === 1 && !q1(query, '_page') && !q1(query, '_limit')) q.limit = 20;
  if (errors.length) fail('VALIDATION_FAILED', 'Some query parameters are invalid.', errors);
  return q;
}

/** Brings every user of the company with an overdue redemption up to the clock (company-wide reports). */
async function settleCompany(ctx: AppContext, companyId: string): Promise<void> {
  const now = ctx.nowIso();
  const users = usersWithDueRedemptions(ctx.store.reader, companyId, now);
  if (users.size)
    await ctx.store.transact((tx) => {
      for (const u of users) settlePoints(tx, u, now);
    });
}

export const registerWelfare: RouteModule = (app, ctx) => {
  const hr = [ctx.auth.authenticate, requireRole('hr')];
  const anyone = [ctx.auth.authenticate];
  const find = (id: string) => ctx.catalog.product(id);

  app.post(
    '/api/welfare/grants',
    ...hr,
    command(ctx, {
      schema: grantCommandSchema,
      idempotent: 'optional',
      status: 201,
      run: ({ tx, caller, body, now }) => createGrant(tx, caller, body, now),
    }),
  );
  app.get(
    '/api/welfare/grants',
    ...hr,
    handler((req, res) => {
      checkEnum(req.query as Query, 'status', ['pending_approval', 'credited', 'rejected']);
      sendList(res, listGrants(ctx.store.reader, callerOf(req), req.query as Query));
    }),
  );
  app.get(
    '/api/welfare/grants/:id',
    ...hr,
    handler((req, res) =>
      res.json(getGrant(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );

  app.post(
    '/api/welfare/redemptions',
    ...anyone,
    command(ctx, {
      schema: redemptionCommandSchema,
      idempotent: true,
      status: 201,
      run: ({ tx, caller, body, now }) => createRedemption(tx, caller, body, find, now),
    }),
  );
  app.get(
    '/api/welfare/redemptions',
    ...anyone,
    handler(async (req, res) => {
      const caller = callerOf(req);
      checkEnum(req.query as Query, 'status', [
        'placed',
        'paid',
        'shipped',
        'delivered',
        'received',
        'cancelled',
      ]);
      await settleDue(ctx, caller.id);
      sendList(res, listRedemptions(ctx.store.reader, caller, req.query as Query));
    }),
  );
  app.get(
    '/api/welfare/redemptions/:id',
    ...anyone,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleDue(ctx, caller.id);
      res.json(getRedemption(ctx.store.reader, caller, String(req.params['id'])));
    }),
  );
  app.post(
    '/api/welfare/redemptions/:id/pay',
    ...anyone,
    command(ctx, {
      schema: payRedemptionCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        payRedemption(tx, caller, params['id'], body.method, now),
    }),
  );
  app.post(
    '/api/welfare/redemptions/:id/cancel',
    ...anyone,
    command(ctx, {
      schema: cancelRedemptionCommandSchema,
      run: ({ tx, caller, params, now }) => cancelRedemption(tx, caller, params['id'], now),
    }),
  );
  app.post(
    '/api/welfare/redemptions/:id/confirm',
    ...anyone,
    command(ctx, {
      schema: confirmRedemptionCommandSchema,
      run: ({ tx, caller, params, now }) => confirmRedemption(tx, caller, params['id'], now),
    }),
  );

  // ---- campaigns ----
  const catalog = ctx.catalog;
  app.post(
    '/api/welfare/campaigns',
    ...hr,
    command(ctx, {
      schema: campaignCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createCampaign(tx, caller, body, catalog, now),
    }),
  );
  app.get(
    '/api/welfare/campaigns',
    ...anyone,
    handler((req, res) => {
      checkEnum(req.query as Query, 'status', ['draft', 'published', 'closed']);
      sendList(res, listCampaigns(ctx.store.reader, callerOf(req), req.query as Query));
    }),
  );
  app.get(
    '/api/welfare/campaigns/current',
    ...anyone,
    handler((req, res) =>
      res.json({ campaign: currentCampaign(ctx.store.reader, callerOf(req), ctx.nowIso()) }),
    ),
  );
  app.get(
    '/api/welfare/campaigns/:id',
    ...anyone,
    handler((req, res) =>
      res.json(getCampaign(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.patch(
    '/api/welfare/campaigns/:id',
    ...hr,
    command(ctx, {
      schema: campaignPatchSchema,
      run: ({ tx, caller, body, params, now }) =>
        updateCampaign(tx, caller, params['id'], body, catalog, now),
    }),
  );
  app.delete(
    '/api/welfare/campaigns/:id',
    ...hr,
    command(ctx, {
      status: 204,
      run: ({ tx, caller, params }) => deleteCampaign(tx, caller, params['id']),
    }),
  );
  app.post(
    '/api/welfare/campaigns/:id/publish',
    ...hr,
    command(ctx, {
      schema: emptyCommandSchema,
      run: ({ tx, caller, params, now }) => publishCampaign(tx, caller, params['id'], now),
    }),
  );
  app.post(
    '/api/welfare/campaigns/:id/close',
    ...hr,
    command(ctx, {
      schema: emptyCommandSchema,
      run: ({ tx, caller, params, now }) => closeCampaign(tx, caller, params['id'], now),
    }),
  );
  app.post(
    '/api/welfare/campaigns/:id/audience/check',
    ...hr,
    handler((req, res) => {
      const body = parseBody(audienceCheckCommandSchema, req.body ?? {});
      res.json(checkAudience(ctx.store.reader, callerOf(req), String(req.params['id']), body.rows));
    }),
  );
  app.get(
    '/api/welfare/campaigns/:id/preview',
    ...hr,
    handler((req, res) =>
      res.json(
        previewCampaign(ctx.store.reader, callerOf(req), String(req.params['id']), ctx.nowIso()),
      ),
    ),
  );
  app.post(
    '/api/welfare/campaigns/:id/grant',
    ...hr,
    command(ctx, {
      schema: emptyCommandSchema,
      status: 201,
      run: ({ tx, caller, params, now }) => grantCampaign(tx, caller, params['id'], now),
    }),
  );

  // ---- reports (hr) ----
  app.get(
    '/api/welfare/reports/grants',
    ...hr,
    handler(async (req, res) => {
      const caller = callerOf(req);
      checkEnum(req.query as Query, 'format', ['json', 'csv']);
      const format = (req.query['format'] as string | undefined) ?? 'json';
      await settleCompany(ctx, caller.companyId);
      const rows = grantReports(ctx.store.reader, caller, ctx.nowIso());
      if (format === 'json') {
        res.json(rows);
        return;
      }
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="welfare-grants-${ctx.nowIso().slice(0, 10)}.csv"`,
      );
      res.send(
        toCsv(
          GRANT_REPORT_CSV_HEADER,
          rows.map((r) => GRANT_REPORT_CSV_HEADER.map((k) => r[k])),
        ),
      );
    }),
  );
  app.get(
    '/api/welfare/reports/liability',
    ...hr,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleCompany(ctx, caller.companyId);
      res.json(liability(ctx.store.reader, caller, ctx.now()));
    }),
  );
  app.get(
    '/api/welfare/campaigns/:id/report',
    ...hr,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleCompany(ctx, caller.companyId);
      res.json(campaignReport(ctx.store.reader, caller, String(req.params['id']), ctx.nowIso()));
    }),
  );

  // ---- recommendations ----
  const gifts = ctx.catalog.products.filter((p) => p.channels.includes('welfare') && p.pointsPrice);
  app.get(
    '/api/welfare/recommendations',
    ...anyone,
    handler(async (req, res) => {
      const caller = callerOf(req);
      const raw = req.query['_limit'] as string | undefined;
      const limit = raw === undefined ? 12 : Math.min(MAX_RECOMMENDATIONS, Number(raw));
      await settleDue(ctx, caller.id);
      const left = stockLevels(ctx.store.reader, ctx.nowIso());
      const inStock = gifts.filter((p) => left(p) > 0);
      res.json(recommendationsFor(ctx.store.reader, caller, inStock, limit));
    }),
  );

  // ---- the caller's welfare cart ----
  app.get(
    '/api/welfare/cart',
    ...anyone,
    handler(async (req, res) => {
      const caller = callerOf(req);
      await settleDue(ctx, caller.id);
      res.json(getWelfareCart(ctx.store.reader, caller, find));
    }),
  );
  app.put(
    '/api/welfare/cart',
    ...anyone,
    command(ctx, {
      schema: welfareCartCommandSchema,
      run: ({ tx, caller, body, now }) => {
        settlePoints(tx, caller.id, now);
        return replaceWelfareCart(tx, caller, body.lines, find, now);
      },
    }),
  );

  // ---- the gift store's list ----
  app.get(
    '/api/welfare/gifts',
    ...anyone,
    handler(async (req, res) => {
      const caller = callerOf(req);
      const query = giftQueryOf(req.query as Query);
      await settleDue(ctx, caller.id);
      sendList(res, listGifts(ctx.store.reader, caller, ctx.catalog, query, ctx.nowIso()));
    }),
  );
};
