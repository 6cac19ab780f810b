// Read-only collections served by json-server's own router (`jsonServer.router(obj)`), behind our
// authentication, role guard and tenancy filter: for each request the router's state holds only the
// records the caller may see (their company's, secrets removed), so another company's record answers
// 404 exactly like a missing one and lists never leak. json-server's features stay available
// (`q`, `_sort`, `_order`, `_page`, `_limit` ≤ 100, field filters, `X-Total-Count`).
//
// Writes are not exposed here: they go through command routes (lib/http.ts `command`).
// To serve another collection read-only, add a line to GENERIC.
import jsonServer from 'json-server';
import type { Request, Response } from 'express';
import type { Role } from '../../src/domain/index.ts';
import { callerOf, type AppContext, type RouteModule } from '../lib/context.ts';
import { MAX_LIMIT, q1 } from '../lib/http.ts';
import { DomainError, problemOf, sendProblem } from '../lib/problem.ts';
import { publicUser } from '../lib/sanitize.ts';
import type { Caller } from '../domain/tx.ts';

interface GenericSpec {
  /** URL segment under /api. */
  path: string;
  /** Where the records come from. */
  source: (ctx: AppContext) => readonly Record<string, unknown>[];
  /** How a record is tied to a company: a field, 'self' (the record is the company), or null (shared). */
  tenancy: 'companyId' | 'self' | null;
  roles?: Role[];
  project?: (r: Record<string, unknown>) => Record<string, unknown>;
}

export const GENERIC: GenericSpec[] = [
  { path: 'companies', source: (c) => c.store.all('companies'), tenancy: 'self' },
  { path: 'departments', source: (c) => c.store.all('departments'), tenancy: 'companyId' },
  { path: 'cost-centers', source: (c) => c.store.all('costCenters'), tenancy: 'companyId' },
  { path: 'travel-policies', source: (c) => c.store.all('travelPolicies'), tenancy: 'companyId' },
  {
    path: 'users',
    source: (c) => c.store.all('users'),
    tenancy: 'companyId',
    roles: ['hr', 'admin'],
    project: (u) => ({
      ...publicUser(u as never),
      employeeNo: u['employeeNo'],
      phone: u['phone'],
      active: u['active'],
    }),
  },
  { path: 'categories', source: (c) => c.catalog.categories as never, tenancy: null },
  { path: 'suppliers', source: (c) => c.catalog.suppliers as never, tenancy: null },
];

export const registerGeneric: RouteModule = (app, ctx) => {
  const specs = new Map(GENERIC.map((s) => [s.path, s]));
  const router = jsonServer.router(Object.fromEntries(GENERIC.map((s) => [s.path, []])));
  // json-server's own 404 (`{}`) becomes problem+json like every other error.
  router.render = (req: Request, res: Response) => {
    if (res.statusCode === 404)
      return sendProblem(
        res,
        problemOf('NOT_FOUND', `${req.originalUrl.split('?')[0]} was not found.`),
      );
    res.json(res.locals['data']);
  };

  // Per (spec, company) cache of the visible, projected records; rebuilt when the store's array changes.
  const cache = new Map<string, { source: readonly unknown[]; rows: Record<string, unknown>[] }>();
  const visible = (spec: GenericSpec, caller: Caller) => {
    const source = spec.source(ctx);
    const key = `${spec.path}\u0000${spec.tenancy ? caller.companyId : ''}`;
    const hit = cache.get(key);
    if (hit && hit.source === source) return hit.rows;
    let rows =
      spec.tenancy === 'companyId'
        ? source.filter((r) => r['companyId'] === caller.companyId)
        : spec.tenancy === 'self'
          ? source.filter((r) => r['id'] === caller.companyId)
          : [...source];
    if (spec.project) rows = rows.map(spec.project);
    cache.set(key, { source, rows });
    return rows;
  };

  app.get(['/api/:name', '/api/:name/:id'], (req, res, next) => {
    const spec = specs.get(req.params['name']);
    if (!spec) return next();
    ctx.auth.authenticate(req, res, (err?: unknown) => {
      if (err) return next(err);
      const caller = callerOf(req);
      // The router sees only what this caller may see; collections the caller's roles do not allow are empty.
      const state: Record<string, unknown[]> = {};
      for (const s of GENERIC)
        state[s.path] =
          !s.roles || caller.roles.some((r) => s.roles!.includes(r)) ? visible(s, caller) : [];
      if (spec.roles && !caller.roles.some((r) => spec.roles!.includes(r)))
        return next(
          new DomainError('FORBIDDEN', `This needs the role ${spec.roles.join(' or ')}.`),
        );
      router.db.setState(state);
      // Paging: `_limit` at most 100 (default 100), `_start/_end` folded into `_limit`.
      const query = req.query;
      if (!req.params['id']) {
        const start = Number(q1(query, '_start') ?? 0) || 0;
        const end = Number(q1(query, '_end'));
        let limit = Number(q1(query, '_limit'));
        if (Number.isFinite(end) && end > start)
          limit = Math.min(Number.isFinite(limit) && limit > 0 ? limit : MAX_LIMIT, end - start);
        delete query['_end'];
        query['_limit'] = String(
          Math.min(MAX_LIMIT, Number.isInteger(limit) && limit > 0 ? limit : MAX_LIMIT),
        );
      }
      req.url = `/${spec.path}${req.params['id'] ? `/${encodeURIComponent(req.params['id'])}` : ''}`;
      router(req, res, next);
    });
  });
};
