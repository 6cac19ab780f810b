// What every route module gets: the store (mutable data), the catalog (read-only, indexed), the clock
// and the auth service. Route modules export `register(app, ctx)` and are listed in server.ts.
import type { Express, Request } from 'express';
import type { Caller } from '../services/tx.ts';
import type { Auth } from './auth.ts';
import type { Catalog } from './catalog.ts';
import type { Store } from './store.ts';

export interface AppContext {
  store: Store;
  catalog: Catalog;
  auth: Auth;
  /** Milliseconds since the epoch; injectable for tests. */
  now: () => number;
  /** ISO-8601 UTC timestamp of `now()`. */
  nowIso: () => string;
}

export type RouteModule = (app: Express, ctx: AppContext) => void;

/** The authenticated caller, set by the auth middleware (`ctx.auth.authenticate`). */
export function callerOf(req: Request): Caller {
  const caller = (req as Request & { caller?: Caller }).caller;
  if (!caller) throw new Error('callerOf: route is not behind authenticate');
  return caller;
}
