// Authentication (openapi.yaml, tag auth): login with salted scrypt hashes, opaque random bearer tokens stored
// only as SHA-256 digests, sliding idle expiry, logout revoking at once, and a per-email rate limit on
// failed logins. `authenticate` puts the caller on the request; `requireRole(...)` guards a route.
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  LOGIN_FAILURE_WINDOW_MS,
  LOGIN_MAX_FAILURES,
  TOKEN_IDLE_TTL_MS,
  type Role,
} from '../../src/domain/index.ts';
import type { UserRecord } from '../seed/generate.ts';
import type { Caller } from '../domain/tx.ts';
import { DEMO_SCRYPT_N, verifyPassword } from './password.ts';
import { DomainError, fail } from './problem.ts';
import { publicUser, type PublicUser } from './sanitize.ts';
import type { Store } from './store.ts';

export interface SessionRecord {
  /** SHA-256 of the token (the token itself is never stored). */
  id: string;
  userId: string;
  companyId: string;
  createdAt: string;
  lastUsedAt: string;
}

export interface AuthOptions {
  tokenTtlMs?: number;
  maxFailures?: number;
  failureWindowMs?: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
/** Persist a session's lastUsedAt at most this often (the in-memory value is exact). */
const TOUCH_PERSIST_MS = 60_000;

export class Auth {
  readonly tokenTtlMs: number;
  readonly maxFailures: number;
  readonly failureWindowMs: number;
  private readonly store: Store;
  private readonly now: () => number;
  private readonly failures = new Map<string, number[]>();
  private readonly lastUsed = new Map<string, number>();
  private byEmail: Map<string, UserRecord> | null = null;
  private byEmailSource: readonly UserRecord[] | null = null;

  constructor(store: Store, now: () => number, opts: AuthOptions = {}) {
    this.store = store;
    this.now = now;
    this.tokenTtlMs = opts.tokenTtlMs ?? TOKEN_IDLE_TTL_MS;
    this.maxFailures = opts.maxFailures ?? LOGIN_MAX_FAILURES;
    this.failureWindowMs = opts.failureWindowMs ?? LOGIN_FAILURE_WINDOW_MS;
  }

  private userByEmail(email: string): UserRecord | undefined {
    const users = this.store.all<UserRecord>('users');
    if (this.byEmailSource !== users) {
      this.byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
      this.byEmailSource = users;
    }
    return this.byEmail!.get(email);
  }

  private recentFailures(email: string): number[] {
    const since = this.now() - this.failureWindowMs;
    const list = (this.failures.get(email) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(email, list);
    else this.failures.delete(email);
    return list;
  }

  async login(emailRaw: string, password: string): Promise<{ token: string; user: PublicUser }> {
    const email = emailRaw.trim().toLowerCase();
    const recent = this.recentFailures(email);
    if (recent.length >= this.maxFailures) {
      const retryAfter = Math.ceil((recent[0] + this.failureWindowMs - this.now()) / 1000);
      throw Object.assign(new Error('rate limited'), {
        rateLimited: true,
        retryAfter: Math.max(1, retryAfter),
      });
    }
    const user = this.userByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash);
    if (!ok || !user || !user.active) {
      // A failure always costs at least one full-cost hash, so generated (cheaper) accounts cannot be told
      // apart from unknown emails by timing.
      if (user && Number(user.passwordHash.split('$')[1]) < DEMO_SCRYPT_N)
        await verifyPassword(password, undefined);
      this.failures.set(email, [...this.recentFailures(email), this.now()]);
      fail('INVALID_CREDENTIALS', 'The email or the password is wrong.');
    }
    this.failures.delete(email);
    const token = randomBytes(32).toString('base64url');
    const nowIso = new Date(this.now()).toISOString();
    const session: SessionRecord = {
      id: digest(token),
      userId: user.id,
      companyId: user.companyId,
      createdAt: nowIso,
      lastUsedAt: nowIso,
    };
    const cutoff = this.now() - this.tokenTtlMs;
    await this.store.transact((tx) => {
      // Drop this user's expired sessions while we are writing anyway.
      for (const s of tx.all<SessionRecord>('sessions'))
        if (s.userId === user.id && this.lastUsedOf(s) < cutoff) tx.remove('sessions', s.id);
      tx.insert('sessions', session);
    });
    this.lastUsed.set(session.id, this.now());
    return { token, user: publicUser(user) };
  }

  private lastUsedOf(s: SessionRecord): number {
    return this.lastUsed.get(s.id) ?? Date.parse(s.lastUsedAt);
  }

  /** The live session of a token, touching it (sliding expiry); undefined when unknown, revoked or idle too long. */
  private sessionOf(token: string): { session: SessionRecord; user: UserRecord } | undefined {
    const session = this.store.get<SessionRecord>('sessions', digest(token));
    if (!session) return undefined;
    const now = this.now();
    if (now - this.lastUsedOf(session) > this.tokenTtlMs) return undefined;
    const user = this.store.get<UserRecord>('users', session.userId);
    if (!user || !user.active) return undefined;
    this.lastUsed.set(session.id, now);
    if (now - Date.parse(session.lastUsedAt) > TOUCH_PERSIST_MS) {
      const id = session.id;
      this.store
        .transact((tx) => {
          const s = tx.get<SessionRecord>('sessions', id);
          if (s) tx.update('sessions', { ...s, lastUsedAt: new Date(now).toISOString() });
        })
        .catch(() => undefined);
    }
    return { session, user };
  }

  async logout(token: string): Promise<void> {
    const id = digest(token);
    this.lastUsed.delete(id);
    await this.store.transact((tx) => tx.remove('sessions', id));
  }

  /** Middleware: 401 UNAUTHENTICATED unless a live bearer token is sent; sets `req.caller` and `req.token`. */
  readonly authenticate: RequestHandler = (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{10,200})\s*$/i.exec(header);
    const found = m ? this.sessionOf(m[1]) : undefined;
    if (!found)
      return next(
        new DomainError(
          'UNAUTHENTICATED',
          m
            ? 'The session has expired or was ended; log in again.'
            : 'Send Authorization: Bearer <token>.',
        ),
      );
    const u = found.user;
    const caller: Caller & { email: string; nameEn: string } = {
      id: u.id,
      name: u.name,
      nameEn: u.nameEn,
      email: u.email,
      roles: u.roles,
      companyId: u.companyId,
      departmentId: u.departmentId,
    };
    Object.assign(req, { caller, token: m![1] });
    next();
  };
}

/** Middleware: 403 FORBIDDEN unless the caller has one of the roles. Use after `authenticate`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const caller = (req as Request & { caller?: Caller }).caller;
    if (!caller || !caller.roles.some((r) => roles.includes(r)))
      return next(new DomainError('FORBIDDEN', `This needs the role ${roles.join(' or ')}.`));
    next();
  };
}
