// /api/cart — one server-side cart per buyer, priced on every answer (mock-api/openapi.yaml).
import {
  cartAddCommandSchema,
  cartCommandSchema,
  cartLineCommandSchema,
} from '../../src/domain/schemas.ts';
import {
  addCartLines,
  clearCart,
  getCart,
  replaceCart,
  setCartLine,
} from '../services/procurement-service.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerCart: RouteModule = (app, ctx) => {
  const auth = [ctx.auth.authenticate, requireRole('buyer')];
  const find = (id: string) => ctx.catalog.product(id);

  app.get(
    '/api/cart',
    ...auth,
    handler((req, res) => res.json(getCart(ctx.store.reader, callerOf(req), find))),
  );
  app.put(
    '/api/cart',
    ...auth,
    command(ctx, {
      schema: cartCommandSchema,
      run: ({ tx, caller, body, now }) => replaceCart(tx, caller, body.lines, find, now),
    }),
  );
  app.post(
    '/api/cart/lines',
    ...auth,
    command(ctx, {
      schema: cartAddCommandSchema,
      run: ({ tx, caller, body, now }) => addCartLines(tx, caller, body.lines, find, now),
    }),
  );
  // One line at a time: a stale tab changes only its line, never the lines added elsewhere.
  app.put(
    '/api/cart/lines/:productId',
    ...auth,
    command(ctx, {
      schema: cartLineCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        setCartLine(tx, caller, params['productId'], body.qty, find, now),
    }),
  );
  app.delete(
    '/api/cart/lines/:productId',
    ...auth,
    command(ctx, {
      run: ({ tx, caller, params, now }) =>
        setCartLine(tx, caller, params['productId'], null, find, now),
    }),
  );
  app.delete(
    '/api/cart',
    ...auth,
    command(ctx, { status: 204, run: ({ tx, caller }) => clearCart(tx, caller) }),
  );
};
