// /api/orders — preview, placement (idempotent), lists and search, detail with timeline, cancel, goods
// receipt (whole or partial), closing short (mock-api/openapi.yaml).
import {
  cancelOrderCommandSchema,
  closeOrderShortCommandSchema,
  orderPreviewCommandSchema,
  placeOrderCommandSchema,
  receiveOrderCommandSchema,
} from '../../src/domain/schemas.ts';
import {
  cancelOrderFor,
  closeOrderShortFor,
  getOrder,
  listOrders,
  placeOrderFor,
  previewOrderFor,
  receiveOrderFor,
} from '../services/procurement-service.ts';
import type { Query } from '../services/tx.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, parseBody, sendList } from '../lib/http.ts';

export const registerOrders: RouteModule = (app, ctx) => {
  const buyer = [ctx.auth.authenticate, requireRole('buyer')];
  const readers = [ctx.auth.authenticate, requireRole('buyer', 'hr', 'admin')];
  const find = (id: string) => ctx.catalog.product(id);

  app.post(
    '/api/orders/preview',
    ...buyer,
    handler((req, res) => {
      const body = parseBody(orderPreviewCommandSchema, req.body ?? {});
      res.json(previewOrderFor(ctx.store.reader, callerOf(req), body, find, ctx.nowIso()));
    }),
  );
  app.post(
    '/api/orders',
    ...buyer,
    command(ctx, {
      schema: placeOrderCommandSchema,
      idempotent: true,
      status: 201,
      run: ({ tx, caller, body, now }) => placeOrderFor(tx, caller, body, find, now),
    }),
  );
  app.get(
    '/api/orders',
    ...readers,
    handler((req, res) =>
      sendList(res, listOrders(ctx.store.reader, callerOf(req), req.query as Query)),
    ),
  );
  app.get(
    '/api/orders/:id',
    ...readers,
    handler((req, res) =>
      res.json(getOrder(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.post(
    '/api/orders/:id/cancel',
    ...buyer,
    command(ctx, {
      schema: cancelOrderCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        cancelOrderFor(tx, caller, params['id'], body.reason, now),
    }),
  );
  app.post(
    '/api/orders/:id/receive',
    ...buyer,
    command(ctx, {
      schema: receiveOrderCommandSchema,
      idempotent: 'optional',
      run: ({ tx, caller, body, params, now }) =>
        receiveOrderFor(tx, caller, params['id'], body, now),
    }),
  );
  app.post(
    '/api/orders/:id/close-short',
    ...buyer,
    command(ctx, {
      schema: closeOrderShortCommandSchema,
      idempotent: 'optional',
      run: ({ tx, caller, body, params, now }) =>
        closeOrderShortFor(tx, caller, params['id'], body.reason, now),
    }),
  );
};
