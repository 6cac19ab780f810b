// Authentication (mock-api/openapi.yaml): login with salted scrypt hashes behind the login throttle, opaque
// random bearer tokens stored only as SHA-256 digests, sliding idle expiry and an absolute lifetime,
// logout and logout everywhere revoking at once. `authenticate` puts the caller on the request;
// `requireRole(...)` guards a route. Policy: mock-api/README.md "Login policy".
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SESSION_MAX_AGE_MS, TOKEN_IDLE_TTL_MS, type Role } from '../../src/domain/index.ts';
import type { UserRecord } from '../seed/generate.ts';
import type { Caller } from '../services/tx.ts';
import { LoginThrottle, type ThrottleOptions } from './throttle.ts';
import { scryptKdf, verifyPassword, type Kdf } from './password.ts';
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

export interface AuthOptions extends ThrottleOptions {
  /** Idle limit of a session. */
  tokenTtlMs?: number;
  /** Absolute limit of a session, counted from the login. */
  sessionMaxAgeMs?: number;
  /** The key derivation used to check passwords (tests count its runs). */
  kdf?: Kdf;
}

/** Thrown by `login` when the throttle refuses the attempt (429 RATE_LIMITED with Retry-After). */
export class RateLimited extends Error {
  readonly retryAfterS: number;
  constructor(retryAfterMs: number) {
    super('rate limited');
    this.retryAfterS = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
/** Persist a session's lastUsedAt at most this often (the in-memory value is exact). */
const TOUCH_PERSIST_MS = 60_000;

export class Auth {
  readonly tokenTtlMs: number;
  readonly sessionMaxAgeMs: number;
  private readonly store: Store;
  private readonly now: () => number;
  private readonly kdf: Kdf;
  private readonly throttle: LoginThrottle;
  private readonly lastUsed = new Map<string, number>();
  private byEmail: Map<string, UserRecord> | null = null;
  private byEmailSource: readonly UserRecord[] | null = null;

  constructor(store: Store, now: () => number, opts: AuthOptions = {}) {
    this.store = store;
    this.now = now;
    this.tokenTtlMs = opts.tokenTtlMs ?? TOKEN_IDLE_TTL_MS;
    this.sessionMaxAgeMs = opts.sessionMaxAgeMs ?? SESSION_MAX_AGE_MS;
    this.kdf = opts.kdf ?? scryptKdf;
    this.throttle = new LoginThrottle(now, opts);
  }

  private userByEmail(email: string): UserRecord | undefined {
    const users = this.store.all<UserRecord>('users');
    if (this.byEmailSource !== users) {
      this.byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
      this.byEmailSource = users;
    }
    return this.byEmail!.get(email);
  }

  /**
   * Checks the password of `emailRaw` for a client at `address` (see lib/throttle.ts `clientKey`).
   * Unknown emails, accounts without a password and inactive accounts cost the same full-cost check;
   * a wrong password gives the same 401 for each, the right password of a deactivated account 403
   * ACCOUNT_DEACTIVATED. Throws RateLimited when the throttle refuses: then nothing is checked.
   */
  async login(
    emailRaw: string,
    password: string,
    address: string,
  ): Promise<{ token: string; user: PublicUser }> {
    const email = emailRaw.trim().toLowerCase();
    const reservation = await this.throttle.reserve(email, address);
    if ('retryAfterMs' in reservation) throw new RateLimited(reservation.retryAfterMs);
    const user = this.userByEmail(email);
    let passwordOk = false;
    try {
      passwordOk = await verifyPassword(password, user?.passwordHash, this.kdf);
    } finally {
      if (passwordOk && user?.active) this.throttle.succeeded(reservation.attempt);
      else this.throttle.failed(reservation.attempt);
    }
    if (!passwordOk || !user) fail('INVALID_CREDENTIALS', 'The email or the password is wrong.');
    // Only someone who knows the password learns that the account exists but was deactivated.
    if (!user.active)
      fail('ACCOUNT_DEACTIVATED', 'This account was deactivated by your company administrator.');
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const nowIso = new Date(now).toISOString();
    const session: SessionRecord = {
      id: digest(token),
      userId: user.id,
      companyId: user.companyId,
      createdAt: nowIso,
      lastUsedAt: nowIso,
    };
    await this.store.transact((tx) => {
      // Drop this user's expired sessions while we are writing anyway.
      for (const s of tx.all<SessionRecord>('sessions'))
        if (s.userId === user.id && this.isExpired(s, now)) tx.remove('sessions', s.id);
      tx.insert('sessions', session);
    });
    this.lastUsed.set(session.id, now);
    return { token, user: publicUser(user) };
  }

  private lastUsedOf(s: SessionRecord): number {
    return this.lastUsed.get(s.id) ?? Date.parse(s.lastUsedAt);
  }

  /** Idle for longer than the idle limit, or older than the absolute limit. */
  isExpired(s: SessionRecord, now: number): boolean {
    return (
      now - this.lastUsedOf(s) > this.tokenTtlMs ||
      now - Date.parse(s.createdAt) > this.sessionMaxAgeMs
    );
  }

  /** The live session of a token, touching it (sliding expiry); undefined when unknown, revoked or expired. */
  private sessionOf(token: string): { session: SessionRecord; user: UserRecord } | undefined {
    const session = this.store.get<SessionRecord>('sessions', digest(token));
    if (!session) return undefined;
    const now = this.now();
    if (this.isExpired(session, now)) return undefined;
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

  /** Sign out everywhere: revokes every session of the user (this one included). */
  async logoutAll(userId: string): Promise<void> {
    await this.store.transact((tx) => {
      for (const s of tx.all<SessionRecord>('sessions'))
        if (s.userId === userId) {
          tx.remove('sessions', s.id);
          this.lastUsed.delete(s.id);
        }
    });
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
