// Read-only collections served by json-server's own router (`jsonServer.router(obj)`), behind our
// authentication, role guard and tenancy filter. No state is shared between callers of different
// companies or roles: each (company, collections the roles may list) pair gets its own json-server
// router over that company's own projected records (secrets removed), rebuilt when the store replaces
// one of the source arrays. Another company's record therefore answers 404 exactly like a missing one,
// lists and embeds never leak, and a collection the roles may not list is not even in the router.
//
// json-server's query parameters are whitelisted per collection (mock-api/README.md: Limits): known
// fields with `_like` (a literal, case-insensitive substring), `_gte`, `_lte`, `_ne`; `q`; `_sort`
// (known fields) and `_order`; `_page`, `_limit` ≤ 100, `_start`, `_end`; `_embed` of the listed
// related collections. Anything else — `_delay`, `_expand`, unknown fields — is 400.
//
// Writes are not exposed here: they go through command routes (lib/http.ts `command`).
// To serve another collection read-only, add a line to GENERIC.
import jsonServer from 'json-server';
import type { Request, RequestHandler, Response } from 'express';
import type { FieldError, Role } from '../../src/domain/index.ts';
import { callerOf, type AppContext, type RouteModule } from '../lib/context.ts';
import { MAX_LIMIT, q1 } from '../lib/http.ts';
import { fail, problemOf, sendProblem } from '../lib/problem.ts';
import { literalPattern } from '../lib/query.ts';
import { userDetail } from '../services/organisation.ts';
import type { Caller } from '../services/tx.ts';

interface GenericSpec {
  /** URL segment under /api. */
  path: string;
  /** Where the records come from. */
  source: (ctx: AppContext) => readonly Record<string, unknown>[];
  /** How a record is tied to a company: a field, 'self' (the record is the company), or null (shared). */
  tenancy: 'companyId' | 'self' | null;
  roles?: Role[];
  project?: (r: Record<string, unknown>) => Record<string, unknown>;
  /** Collections `_embed` may add: their records hold this one's id as `<singular>Id` (json-server's rule). */
  embeds?: string[];
}

export const GENERIC: GenericSpec[] = [
  {
    path: 'companies',
    source: (c) => c.store.all('companies'),
    tenancy: 'self',
    embeds: ['departments', 'cost-centers', 'travel-policies', 'users'],
  },
  {
    path: 'departments',
    source: (c) => c.store.all('departments'),
    tenancy: 'companyId',
    embeds: ['cost-centers', 'users'],
  },
  { path: 'cost-centers', source: (c) => c.store.all('costCenters'), tenancy: 'companyId' },
  { path: 'travel-policies', source: (c) => c.store.all('travelPolicies'), tenancy: 'companyId' },
  {
    path: 'users',
    source: (c) => c.store.all('users'),
    tenancy: 'companyId',
    roles: ['hr', 'admin'],
    project: (u) => ({ ...userDetail(u as never) }),
  },
  { path: 'categories', source: (c) => c.catalog.categories as never, tenancy: null },
  { path: 'suppliers', source: (c) => c.catalog.suppliers as never, tenancy: null },
];

const mayList = (spec: GenericSpec, caller: Caller) =>
  !spec.roles || caller.roles.some((r) => spec.roles!.includes(r));

const OPERATOR = /(_like|_gte|_lte|_ne)$/;
const GENERIC_PARAMS = new Set(['q', '_sort', '_order', '_page', '_limit', '_start', '_end']);

/**
 * Checks the query against the collection's whitelist and rewrites it for json-server: `_like` values
 * become escaped patterns (literal match) and paging is capped at 100 (`_start/_end` folded into `_limit`).
 */
function prepareQuery(
  spec: GenericSpec,
  fields: ReadonlySet<string>,
  caller: Caller,
  query: Record<string, string | string[]>,
  isList: boolean,
): void {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(query)) {
    const values = ([] as string[]).concat(value);
    if (key === '_embed') {
      for (const name of values) {
        const target = GENERIC.find((s) => s.path === name);
        if (!target || !spec.embeds?.includes(name))
          errors.push({ path: key, message: `Must be one of: ${(spec.embeds ?? []).join(', ')}` });
        else if (!mayList(target, caller))
          fail('FORBIDDEN', `Embedding ${name} needs the role ${target.roles!.join(' or ')}.`);
      }
    } else if (!isList) {
      errors.push({ path: key, message: 'Only _embed applies to a single record' });
    } else if (key === '_sort') {
      if (!values.every((v) => v.split(',').every((f) => fields.has(f))))
        errors.push({ path: key, message: 'Must be known fields, comma-separated' });
    } else if (key === '_order') {
      if (!values.every((v) => v.split(',').every((o) => /^(asc|desc)$/i.test(o))))
        errors.push({ path: key, message: 'Must be asc or desc, comma-separated' });
    } else if (!GENERIC_PARAMS.has(key) && !fields.has(key.replace(OPERATOR, ''))) {
      errors.push({ path: key, message: 'Unknown field' });
    }
  }
  if (errors.length) fail('VALIDATION_FAILED', 'Some query parameters are invalid.', errors);
  for (const key of Object.keys(query))
    if (key.endsWith('_like')) query[key] = ([] as string[]).concat(query[key]).map(literalPattern);
  if (!isList) return;
  const start = Number(q1(query, '_start') ?? 0);
  const end = Number(q1(query, '_end'));
  let limit = Number(q1(query, '_limit'));
  if (Number.isFinite(end) && end > start)
    limit = Math.min(Number.isFinite(limit) && limit > 0 ? limit : MAX_LIMIT, end - start);
  delete query['_end'];
  query['_limit'] = String(
    Math.min(MAX_LIMIT, Number.isInteger(limit) && limit > 0 ? limit : MAX_LIMIT),
  );
}

/** A json-server router over fixed data, reduced to its GET handlers (no body parsing, no method override). */
function readOnlyRouter(state: Record<string, unknown[]>): RequestHandler {
  const router = jsonServer.router(state);
  // json-server's own 404 (`{}`) becomes problem+json like every other error.
  router.render = (req: Request, res: Response) => {
    if (res.statusCode === 404)
      return sendProblem(
        res,
        problemOf('NOT_FOUND', `${req.originalUrl.split('?')[0]} was not found.`),
      );
    res.json(res.locals['data']);
  };
  // Its error handler answers the stack trace as HTML: errors go to ours (problem+json) instead.
  const stack = (router as unknown as { stack: { handle: { length: number; name: string } }[] })
    .stack;
  const dropped = new Set(['jsonParser', 'urlencodedParser', 'methodOverride']);
  for (let i = stack.length - 1; i >= 0; i--)
    if (stack[i].handle.length === 4 || dropped.has(stack[i].handle.name)) stack.splice(i, 1);
  return router;
}

export const registerGeneric: RouteModule = (app, ctx) => {
  const specs = new Map(GENERIC.map((s) => [s.path, s]));

  // Per (spec, company) cache of the visible, projected records; rebuilt when the store's array changes.
  const rowsCache = new Map<
    string,
    { source: readonly unknown[]; rows: Record<string, unknown>[] }
  >();
  const visible = (spec: GenericSpec, companyId: string) => {
    const source = spec.source(ctx);
    const key = `${spec.path}\u0000${spec.tenancy ? companyId : ''}`;
    const hit = rowsCache.get(key);
    if (hit && hit.source === source) return hit.rows;
    let rows =
      spec.tenancy === 'companyId'
        ? source.filter((r) => r['companyId'] === companyId)
        : spec.tenancy === 'self'
          ? source.filter((r) => r['id'] === companyId)
          : [...source];
    if (spec.project) rows = rows.map(spec.project);
    rowsCache.set(key, { source, rows });
    return rows;
  };

  // Per spec: the field names its records have (any company), for the query whitelist.
  const fieldsCache = new Map<string, { source: readonly unknown[]; fields: Set<string> }>();
  const fieldsOf = (spec: GenericSpec) => {
    const source = spec.source(ctx);
    const hit = fieldsCache.get(spec.path);
    if (hit && hit.source === source) return hit.fields;
    const fields = new Set<string>();
    for (const r of source)
      for (const k of Object.keys(spec.project ? spec.project(r) : r)) fields.add(k);
    fieldsCache.set(spec.path, { source, fields });
    return fields;
  };

  // One router per (company, listable collections), over that company's data only.
  const routers = new Map<string, { sources: readonly unknown[][]; router: RequestHandler }>();
  const routerFor = (caller: Caller): RequestHandler => {
    const allowed = GENERIC.filter((s) => mayList(s, caller));
    const key = `${caller.companyId}\u0000${allowed.map((s) => s.path).join(',')}`;
    const sources = allowed.map((s) => s.source(ctx) as unknown[]);
    const hit = routers.get(key);
    if (hit && hit.sources.every((s, i) => s === sources[i])) return hit.router;
    const router = readOnlyRouter(
      Object.fromEntries(allowed.map((s) => [s.path, visible(s, caller.companyId)])),
    );
    routers.set(key, { sources, router });
    return router;
  };

  app.get(['/api/:name', '/api/:name/:id'], (req, res, next) => {
    const spec = specs.get(req.params['name']);
    if (!spec) return next();
    ctx.auth.authenticate(req, res, (err?: unknown) => {
      if (err) return next(err);
      try {
        const caller = callerOf(req);
        if (!mayList(spec, caller))
          fail('FORBIDDEN', `This needs the role ${spec.roles!.join(' or ')}.`);
        const id = req.params['id'];
        prepareQuery(
          spec,
          fieldsOf(spec),
          caller,
          req.query as Record<string, string | string[]>,
          !id,
        );
        const router = routerFor(caller);
        req.url = `/${spec.path}${id ? `/${encodeURIComponent(id)}` : ''}`;
        router(req, res, next);
      } catch (e) {
        next(e);
      }
    });
  });
};
