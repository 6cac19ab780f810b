// The mock API: json-server 0.17 used as a library (`jsonServer.create()` is the app, `jsonServer.router`
// serves the generic read-only collections) with our middleware in front: authentication, role guard,
// tenancy, zod validation, idempotency, problem+json errors and durable serialized writes.
//
//   npm run api                       PORT (3000) and DB_FILE (mock-api/data/db.json, seeded when missing)
//   startServer({ port: 0, dbFile })  in-process for tests and benchmarks → { url, port, close, ctx }
//
// Layout: lib/ (platform: store, catalog index, auth, http helpers, problems), routes/ (one file per
// resource, each exporting a RouteModule registered in ROUTES below), domain/ (business rules over a
// store transaction), seed/ (deterministic generator). See mock-api/README.md.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import jsonServer from 'json-server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Auth, type AuthOptions, type SessionRecord } from './lib/auth.ts';
import { Catalog } from './lib/catalog.ts';
import type { AppContext, RouteModule } from './lib/context.ts';
import { IDEMPOTENCY_COLLECTION, IDEMPOTENCY_TTL_MS, type IdempotencyRecord } from './lib/http.ts';
import { DomainError, internalProblem, problemOf, sendProblem } from './lib/problem.ts';
import { jsonBody, securityHeaders } from './lib/limits.ts';
import { checkQuery } from './lib/query.ts';
import { hasSecrets, stripSecrets } from './lib/sanitize.ts';
import { Store, type StoreOptions } from './lib/store.ts';
import {
  catalogFileFor,
  generateCatalogDocument,
  DB_FORMAT,
  todayUtc,
  writeSeed,
  type UserRecord,
} from './seed/generate.ts';
import {
  DataFileError,
  removeStaleTempFiles,
  serializeDocument,
  writeFileAtomicSync,
} from './lib/json-file.ts';
import { registerHealth } from './routes/health.ts';
import { registerAuth } from './routes/auth.ts';
import { registerCompanies } from './routes/companies.ts';
import { registerCatalog } from './routes/catalog.ts';
import { registerBudgets } from './routes/budgets.ts';
import { registerPoints } from './routes/points.ts';
import { registerWelfare } from './routes/welfare.ts';
import { registerApprovals } from './routes/approvals.ts';
import { registerDelegations } from './routes/delegations.ts';
import { registerGeneric } from './routes/generic.ts';
import { registerOrders } from './routes/orders.ts';
import { registerAudit } from './routes/audit.ts';
import { registerOrganisation } from './routes/organisation.ts';
import { registerCart } from './routes/cart.ts';
import { registerAddresses } from './routes/addresses.ts';
import { registerRequisitionTemplates } from './routes/requisition-templates.ts';
import { registerNotifications } from './routes/notifications.ts';
// cost-center access and travel (e差旅)
import { registerCostCenterAccess } from './routes/cost-centers.ts';
import { registerTravel } from './routes/travel.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DB_FILE = join(ROOT, 'mock-api/data/db.json');
export const DEFAULT_SKUS = 5000;
export const DEFAULT_SEED = 'portal';

/**
 * Route modules in registration order; specific routes before routes/generic.ts (json-server router).
 * To add a resource: create routes/<resource>.ts exporting a RouteModule and list it here, before registerGeneric.
 */
export const ROUTES: RouteModule[] = [
  registerHealth,
  registerAuth,
  registerCompanies,
  registerCatalog,
  registerCart,
  registerAddresses,
  registerRequisitionTemplates,
  registerOrders,
  registerBudgets,
  registerApprovals,
  registerDelegations,
  registerNotifications,
  registerPoints,
  // cost-center access and travel (e差旅)
  registerCostCenterAccess,
  registerAudit,
  registerOrganisation,
  registerTravel,
  registerWelfare,
  registerGeneric,
];

type StoreSettings = Pick<StoreOptions, 'compaction' | 'beforeSync' | 'onCompactionStep'>;

export interface ServerOptions extends AuthOptions {
  port?: number;
  host?: string;
  dbFile?: string;
  /** Injectable clock (ms since epoch) for tests. */
  now?: () => number;
  /** Extra route modules (registered before the generic collections). */
  routes?: RouteModule[];
  quiet?: boolean;
  /** One line per request on stdout (`API_LOG=1 npm run api`). */
  log?: boolean;
  /** Journal compaction thresholds and test seams of the store (e.g. `beforeSync` to make writes fail). */
  storeOptions?: StoreSettings;
  /**
   * The web app on the same origin (`npm run serve`: lib/site.ts): answers every request outside
   * /api and passes /api on to the API.
   */
  site?: RequestHandler;
}

export interface RunningServer {
  url: string;
  port: number;
  ctx: AppContext;
  /** The express app (json-server's `create()`), e.g. to list its routes. */
  app: ReturnType<typeof createApp>;
  close: () => Promise<void>;
}

/** Opens DB_FILE (seeding it when missing) and its catalog file. */
export function openData(
  dbFile: string,
  quiet = true,
  storeOptions: StoreSettings = {},
): { store: Store; catalog: Catalog } {
  if (!existsSync(dbFile)) {
    const t0 = performance.now();
    writeSeed(dbFile, { seed: DEFAULT_SEED, skus: DEFAULT_SKUS, today: todayUtc() });
    if (!quiet)
      console.log(
        `[api] seeded ${dbFile} (${DEFAULT_SKUS} products) in ${Math.round(performance.now() - t0)} ms`,
      );
  }
  removeStaleTempFiles(dbFile);
  const store = new Store(dbFile, {
    ...storeOptions,
    onWriteError: (e) => console.error('[api] write failed:', e),
  });
  checkData(dbFile, store);
  const meta = (store.meta['meta'] ?? {}) as {
    catalogFile?: string;
    seed?: string;
    skus?: number;
    today?: string;
  };
  const catalogFile = meta.catalogFile
    ? join(dirname(dbFile), meta.catalogFile)
    : catalogFileFor(dbFile);
  removeStaleTempFiles(catalogFile);
  if (!existsSync(catalogFile)) {
    // The catalog is derived data: regenerate it from the seed parameters recorded in DB_FILE.
    writeFileAtomicSync(
      catalogFile,
      serializeDocument(
        generateCatalogDocument({
          seed: meta.seed ?? DEFAULT_SEED,
          skus: meta.skus ?? DEFAULT_SKUS,
        }),
      ),
    );
  }
  let catalog: Catalog;
  try {
    catalog = Catalog.load(catalogFile);
  } catch (err) {
    throw err instanceof DataFileError
      ? err
      : new DataFileError(catalogFile, `is not a usable catalog (${(err as Error).message})`);
  }
  return { store, catalog };
}

/** What the API needs of DB_FILE beyond its format: `meta`, collections as lists, companies, users who can sign in. */
function checkData(file: string, store: Store): void {
  const meta = store.meta['meta'];
  if (!meta || typeof meta !== 'object' || Array.isArray(meta))
    throw new DataFileError(file, 'has no "meta" object (is it a database of this API?)');
  // A database seeded by an older version lacks fields the API now relies on: say so, never guess.
  const format = (meta as { format?: unknown }).format;
  if (format !== DB_FORMAT)
    throw new DataFileError(
      file,
      `holds data of format ${String(format ?? 'none')}, this API reads format ${DB_FORMAT}: ` +
        'seed it again with `npm run api:seed` (for another file: `-- --out FILE`), which replaces its data',
    );
  for (const key of Object.keys(store.meta))
    if (key !== 'meta') throw new DataFileError(file, `"${key}" must be a list of records`);
  for (const key of ['companies', 'users'])
    if (!store.all(key).length) throw new DataFileError(file, `has no ${key}`);
  for (const u of store.all<Partial<UserRecord> & { id: string }>('users')) {
    if (typeof u.email !== 'string' || !u.email.includes('@'))
      throw new DataFileError(file, `user ${u.id} has no email`);
    // null: a directory-only account that cannot sign in (generated employees).
    if (
      (u.passwordHash !== null && typeof u.passwordHash !== 'string') ||
      typeof u.companyId !== 'string'
    )
      throw new DataFileError(file, `user ${u.id} has no password hash or company`);
    if (!Array.isArray(u.roles)) throw new DataFileError(file, `user ${u.id} has no roles`);
  }
}

export function createApp(
  ctx: AppContext,
  extraRoutes: RouteModule[] = [],
  log = false,
  site?: RequestHandler,
) {
  const app = jsonServer.create();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('json spaces', 0);
  // brotli or gzip, as the client accepts, for answers of 1 kB or more (json-server's defaults do too)
  app.use(compression());
  if (log) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      const t0 = performance.now();
      res.on('finish', () =>
        console.log(
          `[api] ${req.method} ${req.originalUrl} ${res.statusCode} ${(performance.now() - t0).toFixed(1)} ms`,
        ),
      );
      next();
    });
  }
  if (site) app.use(site);
  app.use(securityHeaders);

  // Safety net: no answer ever carries a secret field (password hashes, tokens …), whatever the route.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) =>
      json(hasSecrets(body) ? stripSecrets(structuredClone(body)) : body);
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Query and body rules for every route (lib/query.ts, lib/limits.ts).
  app.use(checkQuery);
  app.use(jsonBody(ctx));

  for (const register of [...ROUTES.slice(0, -1), ...extraRoutes, ROUTES.at(-1)!])
    register(app, ctx);

  // Unknown routes and methods.
  app.use((req: Request, res: Response) =>
    sendProblem(res, problemOf('NOT_FOUND', `There is no route ${req.method} ${req.path}.`)),
  );

  // Every error as problem+json.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof DomainError)
      return sendProblem(res, problemOf(err.code, err.message, err.errors));
    const e = err as { status?: number; message?: string };
    if (e?.status && e.status >= 400 && e.status < 500)
      return sendProblem(res, problemOf('VALIDATION_FAILED', e.message ?? 'Bad request.'));
    console.error('[api] unexpected error:', err);
    sendProblem(res, internalProblem());
  });
  return app;
}

/** Drops expired sessions and idempotency records older than a day (at startup). */
async function prune(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const staleSessions = ctx.store
    .all<SessionRecord>('sessions')
    .filter((s) => ctx.auth.isExpired(s, now));
  const staleKeys = ctx.store
    .all<IdempotencyRecord>(IDEMPOTENCY_COLLECTION)
    .filter((k) => now - Date.parse(k.createdAt) > IDEMPOTENCY_TTL_MS);
  if (!staleSessions.length && !staleKeys.length) return;
  await ctx.store.transact((tx) => {
    for (const s of staleSessions) tx.remove('sessions', s.id);
    for (const k of staleKeys) tx.remove(IDEMPOTENCY_COLLECTION, k.id);
  });
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const dbFile = resolve(opts.dbFile ?? DEFAULT_DB_FILE);
  const { store, catalog } = openData(dbFile, opts.quiet ?? true, opts.storeOptions);
  const now = opts.now ?? Date.now;
  const ctx: AppContext = {
    store,
    catalog,
    now,
    nowIso: () => new Date(now()).toISOString(),
    auth: new Auth(store, now, opts),
  };
  await prune(ctx);
  const app = createApp(ctx, opts.routes, opts.log, opts.site);
  const server = app.listen(opts.port ?? 3000, opts.host ?? '127.0.0.1');
  await new Promise<void>((res, rej) => {
    server.once('listening', res);
    server.once('error', rej);
  });
  server.keepAliveTimeout = 5000;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    ctx,
    app,
    close: async () => {
      await new Promise<void>((res) => {
        server.close(() => res());
        server.closeAllConnections?.();
      });
      await store.close();
    },
  };
}

/** CPU time of this process so far (all threads, user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env['PORT'] ?? 3000);
  const dbFile = process.env['DB_FILE'] ?? DEFAULT_DB_FILE;
  const compactBytes = Number(process.env['JOURNAL_COMPACT_BYTES']);
  const t0 = performance.now();
  const running = await startServer({
    port,
    dbFile,
    host: process.env['HOST'] ?? '0.0.0.0',
    quiet: false,
    log: process.env['API_LOG'] === '1',
    // JOURNAL_COMPACT_BYTES=n: compact whenever the journal reaches n bytes (tests, operations).
    storeOptions: compactBytes > 0 ? { compaction: { minBytes: compactBytes, ratio: 0 } } : {},
  }).catch((err: unknown) => {
    if (!(err instanceof DataFileError)) throw err;
    console.error(`[api] cannot start: ${err.message}`);
    process.exit(1);
  });
  console.log(
    `[api] mock API on http://localhost:${running.port}/api (db ${resolve(dbFile)}, ${running.ctx.catalog.products.length} products) ready in ${Math.round(performance.now() - t0)} ms (${Math.round(performance.now())} ms since the process started, CPU ${cpuMs()} ms)`,
  );
  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
