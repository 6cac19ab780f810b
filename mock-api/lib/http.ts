// Small helpers every route module uses:
//
//   app.get('/api/things', auth, handler((req, res) => sendList(res, pageOf(items, req.query, …))));
//   app.post('/api/things', auth, requireRole('buyer'), command(ctx, {
//     schema: thingCommandSchema,      // zod, strict: unknown/missing/wrong-type fields → 400 with one error each
//     idempotent: true,                // Idempotency-Key header required; same key+body → first answer replayed
//     status: 201,
//     run: ({ tx, caller, body, params, now }) => createThing(tx, caller, body, now),  // synchronous, inside store.transact
//   }));
//
// `run` executes inside one store transaction: throw `fail(code, …)` to abort with no change; the answer
// is sent only after the change (and the idempotency record that belongs to it) is durable.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { FieldError } from '../../src/domain/index.ts';
import type { Caller, Query, Tx } from '../services/tx.ts';
import { callerOf, type AppContext } from './context.ts';
import { DomainError, fail } from './problem.ts';

export const MAX_LIMIT = 100;

/** Wraps a (possibly async) handler so thrown errors reach the problem+json error middleware. */
export function handler(fn: (req: Request, res: Response) => unknown): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      const r = fn(req, res);
      if (r instanceof Promise) r.catch(next);
    } catch (err) {
      next(err);
    }
  };
}

/** Zod issues → the contract's field errors: one entry per problem, dotted paths. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: join([...issue.path, key]), message: 'Unknown field' });
    } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      out.push({ path: join(issue.path), message: 'Required' });
    } else {
      out.push({ path: join(issue.path), message: issue.message });
    }
  }
  return out;
}

/** Parses a command body strictly, or throws 400 VALIDATION_FAILED with per-field errors. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success)
    fail('VALIDATION_FAILED', 'Some fields are missing or invalid.', fieldErrors(r.error));
  return r.data;
}

export function q1(query: Request['query'] | Query, key: string): string | undefined {
  const v = (query as Record<string, unknown>)[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : undefined;
}

export function qAll(query: Request['query'] | Query, key: string): string[] {
  const v = (query as Record<string, unknown>)[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list
    .filter((x): x is string => typeof x === 'string')
    .flatMap((s) => s.split(','))
    .filter(Boolean);
}

/** `_page` (1-based, default 1) and `_limit` (default 20 with `_page`, else 100; never above 100). */
export function pageParams(query: Request['query']): { page: number; limit: number } {
  const limitRaw = Number(q1(query, '_limit'));
  const pageRaw = Number(q1(query, '_page'));
  const limit = Math.min(
    MAX_LIMIT,
    Number.isInteger(limitRaw) && limitRaw > 0 ? limitRaw : q1(query, '_page') ? 20 : MAX_LIMIT,
  );
  const page = Number.isInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  return { page, limit };
}

/** Sends one page of a list with `X-Total-Count`. */
export function sendList(res: Response, page: { items: readonly unknown[]; total: number }): void {
  res.setHeader('X-Total-Count', String(page.total));
  res.json(page.items);
}

/** A record of the caller's company or 404 NOT_FOUND, exactly as a missing one (tenancy). */
export function ownOr404<T extends { companyId: string }>(
  rec: T | undefined,
  caller: Caller,
  what: string,
  id: string,
): T {
  if (!rec || rec.companyId !== caller.companyId) fail('NOT_FOUND', `${what} ${id} was not found.`);
  return rec;
}

// ---- commands and idempotency ----

export interface CommandContext<B> {
  tx: Tx;
  caller: Caller;
  body: B;
  params: Record<string, string>;
  query: Request['query'];
  /** ISO-8601 UTC timestamp of this request. */
  now: string;
  req: Request;
}

/** What `run` may return: a plain body (sent with the command's status) or an explicit answer. */
export type CommandResult =
  { status: number; body?: unknown; headers?: Record<string, string> } | unknown;

export interface CommandOptions<S extends z.ZodType> {
  schema?: S;
  /** true: Idempotency-Key required; 'optional': replayed when the client sends one (a contract that predates keys). */
  idempotent?: boolean | 'optional';
  /** Status of a successful answer (default 200; 204 sends no body). */
  status?: number;
  run: (c: CommandContext<z.infer<S>>) => CommandResult;
}

export interface IdempotencyRecord {
  id: string;
  userId: string;
  key: string;
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: string;
}

export const IDEMPOTENCY_COLLECTION = 'idempotencyKeys';
/** Stored answers are kept this long (pruned at startup). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function idempotencyKeyOf(req: Request): string {
  const key = req.get('idempotency-key');
  if (key === undefined || key.length < 1 || key.length > 64 || !/^[\x21-\x7e]+$/.test(key)) {
    fail(
      'VALIDATION_FAILED',
      'This command needs an Idempotency-Key header of 1–64 visible ASCII characters.',
      [
        {
          path: 'headers.idempotency-key',
          message: key === undefined ? 'Required' : 'Must be 1–64 visible ASCII characters',
        },
      ],
    );
  }
  return key;
}

function isAnswer(
  r: unknown,
): r is { status: number; body?: unknown; headers?: Record<string, string> } {
  return (
    !!r &&
    typeof r === 'object' &&
    'status' in r &&
    typeof (r as { status: unknown }).status === 'number' &&
    Object.keys(r).every((k) => k === 'status' || k === 'body' || k === 'headers')
  );
}

/** Builds the express handler of a command (see the top of this file). */
export function command<S extends z.ZodType>(
  ctx: AppContext,
  opts: CommandOptions<S>,
): RequestHandler {
  return handler(async (req, res) => {
    const caller = callerOf(req);
    const key =
      opts.idempotent === true ||
      (opts.idempotent === 'optional' && req.get('idempotency-key') !== undefined)
        ? idempotencyKeyOf(req)
        : undefined;
    const body = opts.schema ? parseBody(opts.schema, req.body ?? {}) : req.body;
    const now = ctx.nowIso();
    const fingerprint = key
      ? createHash('sha256')
          .update(`${req.method} ${req.baseUrl}${req.path}\n${canonical(req.body ?? null)}`)
          .digest('hex')
      : '';
    const recId = key
      ? `ik-${createHash('sha256').update(`${caller.id}\u0000${key}`).digest('hex').slice(0, 40)}`
      : '';
    const answer = await ctx.store.transact((tx) => {
      if (key) {
        const prev = tx.get<IdempotencyRecord>(IDEMPOTENCY_COLLECTION, recId);
        if (prev) {
          if (prev.fingerprint !== fingerprint)
            fail(
              'IDEMPOTENCY_MISMATCH',
              'This Idempotency-Key was already used with another request.',
            );
          return {
            status: prev.status,
            body: prev.body,
            headers: { 'Idempotent-Replayed': 'true' },
          };
        }
      }
      const r = opts.run({
        tx,
        caller,
        body,
        params: req.params as Record<string, string>,
        query: req.query,
        now,
        req,
      });
      const a = isAnswer(r) ? r : { status: opts.status ?? 200, body: r };
      if (key && a.status < 300) {
        const rec: IdempotencyRecord = {
          id: recId,
          userId: caller.id,
          key,
          fingerprint,
          status: a.status,
          body: a.body ?? null,
          createdAt: now,
        };
        tx.insert(IDEMPOTENCY_COLLECTION, rec);
      }
      return a;
    });
    for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
    if (answer.status === 204 || answer.body === undefined) res.status(answer.status).end();
    else res.status(answer.status).json(answer.body);
  });
}

export { DomainError, fail };
