// /api/travel — e差旅: the caller's policy (admin edits), cities, estimates, trips (request → approval in the
// one inbox → bookings → close and statement), policy-aware offer search and bookings (mock-api/openapi.yaml).
import {
  bookingCommandSchema,
  emptyTravelCommandSchema,
  travelPolicyCommandSchema,
  travelPolicyPreviewCommandSchema,
  tripCommandSchema,
  tripEstimateCommandSchema,
} from '../../src/domain/schemas.ts';
import { TravelInventory } from '../services/travel-offers.ts';
import { monthlyStatementCsv, travelReport, travelReportCsv } from '../services/travel-reports.ts';
import {
  bookFor,
  cancelBookingFor,
  cancelTripFor,
  closeTripFor,
  createTripFor,
  estimateFor,
  getTrip,
  listColleagues,
  listTrips,
  policyFor,
  previewPolicy,
  searchOffers,
  updatePolicy,
} from '../services/travel-service.ts';
import type { Query } from '../services/tx.ts';
import { requireRole } from '../lib/auth.ts';
import type { Catalog } from '../lib/catalog.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, fail, handler, parseBody, sendList } from '../lib/http.ts';

const inventories = new WeakMap<Catalog, TravelInventory>();

/** The travel inventory of a catalog, indexed once. */
export function inventoryOf(catalog: Catalog): TravelInventory {
  let inv = inventories.get(catalog);
  if (!inv) inventories.set(catalog, (inv = new TravelInventory(catalog.travel)));
  return inv;
}

export const registerTravel: RouteModule = (app, ctx) => {
  const anyone = [ctx.auth.authenticate];
  const inv = () => inventoryOf(ctx.catalog);
  const q = (req: { query: unknown }) => req.query as Query;

  app.get(
    '/api/travel/policy',
    ...anyone,
    handler((req, res) => res.json(policyFor(ctx.store.reader, callerOf(req)))),
  );
  app.put(
    '/api/travel/policies/:id',
    ctx.auth.authenticate,
    requireRole('admin'),
    command(ctx, {
      schema: travelPolicyCommandSchema,
      run: ({ tx, caller, body, params, now }) => updatePolicy(tx, caller, params['id'], body, now),
    }),
  );
  app.post(
    '/api/travel/policies/preview',
    ctx.auth.authenticate,
    requireRole('admin'),
    handler((req, res) => {
      const body = parseBody(travelPolicyPreviewCommandSchema, req.body ?? {});
      res.json(previewPolicy(ctx.store.reader, inv(), callerOf(req), body, ctx.nowIso()));
    }),
  );
  app.get(
    '/api/travel/cities',
    ...anyone,
    handler((_req, res) => sendList(res, { items: inv().cities, total: inv().cities.length })),
  );
  app.get(
    '/api/travel/colleagues',
    ...anyone,
    handler((req, res) => sendList(res, listColleagues(ctx.store.reader, callerOf(req), q(req)))),
  );
  app.post(
    '/api/travel/estimate',
    ...anyone,
    handler((req, res) => {
      const body = parseBody(tripEstimateCommandSchema, req.body ?? {});
      res.json(estimateFor(ctx.store.reader, inv(), callerOf(req), body, ctx.nowIso()));
    }),
  );

  for (const kind of ['flights', 'trains', 'hotels'] as const)
    app.get(
      `/api/travel/${kind}`,
      ...anyone,
      handler((req, res) =>
        sendList(
          res,
          searchOffers(ctx.store.reader, inv(), callerOf(req), kind, q(req), ctx.nowIso()),
        ),
      ),
    );

  app.get(
    '/api/travel/trips',
    ...anyone,
    handler((req, res) => sendList(res, listTrips(ctx.store.reader, callerOf(req), q(req)))),
  );
  app.post(
    '/api/travel/trips',
    ...anyone,
    command(ctx, {
      schema: tripCommandSchema,
      idempotent: true,
      status: 201,
      run: ({ tx, caller, body, now }) => createTripFor(tx, inv(), caller, body, now),
    }),
  );
  app.get(
    '/api/travel/trips/:id',
    ...anyone,
    handler((req, res) =>
      res.json(getTrip(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.get(
    '/api/travel/trips/:id/statement',
    ...anyone,
    handler((req, res) => {
      const trip = getTrip(ctx.store.reader, callerOf(req), String(req.params['id']));
      if (!trip.statement)
        fail(
          'NOT_ALLOWED_IN_STATE',
          `Trip ${trip.id} is ${trip.status}: the statement comes when it is closed`,
        );
      res.json({ tripId: trip.id, ...trip.statement });
    }),
  );
  app.post(
    '/api/travel/trips/:id/cancel',
    ...anyone,
    command(ctx, {
      schema: emptyTravelCommandSchema,
      run: ({ tx, caller, params, now }) => cancelTripFor(tx, caller, params['id'], now),
    }),
  );
  app.post(
    '/api/travel/trips/:id/close',
    ...anyone,
    command(ctx, {
      schema: emptyTravelCommandSchema,
      run: ({ tx, caller, params, now }) => closeTripFor(tx, caller, params['id'], now),
    }),
  );

  app.post(
    '/api/travel/bookings',
    ...anyone,
    command(ctx, {
      schema: bookingCommandSchema,
      idempotent: true,
      status: 201,
      run: ({ tx, caller, body, now }) => bookFor(tx, inv(), caller, body, now),
    }),
  );
  app.post(
    '/api/travel/bookings/:id/cancel',
    ...anyone,
    command(ctx, {
      schema: emptyTravelCommandSchema,
      run: ({ tx, caller, params, now }) => cancelBookingFor(tx, caller, params['id'], now),
    }),
  );

  // ---- reports (hr, admin) ----
  const finance = [ctx.auth.authenticate, requireRole('hr', 'admin')];
  const sendCsv = (res: import('express').Response, r: { filename: string; csv: string }) => {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${r.filename}"`);
    res.send(r.csv);
  };
  app.get(
    '/api/travel/reports/statement',
    ...finance,
    handler((req, res) =>
      sendCsv(res, monthlyStatementCsv(ctx.store.reader, callerOf(req), q(req))),
    ),
  );
  app.get(
    '/api/travel/reports/summary',
    ...finance,
    handler((req, res) =>
      res.json(travelReport(ctx.store.reader, callerOf(req), q(req), ctx.nowIso())),
    ),
  );
  app.get(
    '/api/travel/reports/spend',
    ...finance,
    handler((req, res) =>
      sendCsv(res, travelReportCsv(ctx.store.reader, callerOf(req), q(req), ctx.nowIso())),
    ),
  );
};
