// The login throttle (mock-api/README.md "Login policy"). A password check is reserved before the slow
// hash runs, so parallel requests cannot get more checks than the limits allow: an attempt that would
// exceed a limit only if the checks still running fail waits for them, then runs or is refused.
// Refused attempts cost nothing and count for nothing. All state is in memory (a restart forgets it).
import {
  LOGIN_ADDRESS_MAX_FAILURES,
  LOGIN_FAILURE_WINDOW_MS,
  LOGIN_FAMILIAR_MS,
  LOGIN_LOCK_MS,
  LOGIN_MAX_FAILURES,
} from '../../src/domain/index.ts';

export interface ThrottleOptions {
  /** Checks one address gets per email and window. */
  maxFailures?: number;
  /** Failures one address gets per window over all emails. */
  addressMaxFailures?: number;
  failureWindowMs?: number;
  /** The first lock of an email; it doubles with each further failure, up to the window. */
  lockMs?: number;
}

/** One password check: pending until `failedAt` is set or it succeeded (then it is dropped). */
export interface LoginAttempt {
  readonly email: string;
  readonly address: string;
  /** Event order (not time, which may not advance between two events): when it started … */
  readonly startedSeq: number;
  /** … and when it failed. */
  failedSeq?: number;
  failedAt?: number;
}

export type Reservation = { attempt: LoginAttempt } | { retryAfterMs: number };

/** A limit's answer: free (0), full only because of running checks (BUSY), or the wait in ms (> 0). */
const BUSY = -1;

export class LoginThrottle {
  private readonly maxFailures: number;
  private readonly addressMaxFailures: number;
  private readonly windowMs: number;
  private readonly lockMs: number;
  private readonly now: () => number;
  private readonly byEmail = new Map<string, LoginAttempt[]>();
  private readonly byAddress = new Map<string, LoginAttempt[]>();
  /** email → address → time of the last successful login from there. */
  private readonly familiar = new Map<string, Map<string, number>>();
  /** email → its lock: `level` doublings and until when; remembered for a window after it ends. */
  private readonly locks = new Map<string, { level: number; until: number }>();
  private lastSweep = 0;
  private seq = 0;
  /** Resolved (and replaced) whenever a running check ends. */
  private checkEnded = Promise.withResolvers<void>();

  constructor(now: () => number, opts: ThrottleOptions = {}) {
    this.now = now;
    this.maxFailures = opts.maxFailures ?? LOGIN_MAX_FAILURES;
    this.addressMaxFailures = opts.addressMaxFailures ?? LOGIN_ADDRESS_MAX_FAILURES;
    this.windowMs = opts.failureWindowMs ?? LOGIN_FAILURE_WINDOW_MS;
    this.lockMs = opts.lockMs ?? LOGIN_LOCK_MS;
  }

  /**
   * Reserves one password check for `email` from `address`, or says how long to wait (429). While a
   * limit is full only because of running checks, waits for them to end and decides again.
   */
  async reserve(email: string, address: string): Promise<Reservation> {
    for (;;) {
      const reservation = this.tryReserve(email, address);
      if (reservation) return reservation;
      await this.checkEnded.promise;
    }
  }

  private tryReserve(email: string, address: string): Reservation | undefined {
    const now = this.now();
    this.sweep(now);
    const forAddress = this.current(this.byAddress, address, now);
    const forEmail = this.current(this.byEmail, email, now);
    const fromHere = forEmail.filter((a) => a.address === address);
    const gates = [
      this.untilBelow(forAddress, this.addressMaxFailures, now),
      this.untilBelow(fromHere, this.maxFailures, now),
      this.isFamiliar(email, address, now) ? 0 : this.lockOf(email, forEmail, now),
    ];
    const wait = Math.max(...gates);
    if (wait > 0) return { retryAfterMs: wait };
    if (gates.includes(BUSY)) return undefined;
    const attempt: LoginAttempt = { email, address, startedSeq: ++this.seq };
    forAddress.push(attempt);
    forEmail.push(attempt);
    this.byAddress.set(address, forAddress);
    this.byEmail.set(email, forEmail);
    return { attempt };
  }

  /**
   * The check failed. The email's `maxFailures`-th failure in the window locks it for `lockMs`; while a
   * lock is recent (it ended less than a window ago) every further failure doubles it, at most the
   * window. Lock levels do not drop as old failures leave the window, nor on a success.
   */
  failed(attempt: LoginAttempt): void {
    const now = this.now();
    attempt.failedAt = now;
    attempt.failedSeq = ++this.seq;
    this.signalCheckEnded();
    const lock = this.locks.get(attempt.email);
    const failures = this.current(this.byEmail, attempt.email, now).filter(
      (a) => a.failedAt !== undefined,
    ).length;
    let level: number;
    if (lock && this.isRecent(lock, now)) level = Math.min(lock.level + 1, 20);
    else if (failures >= this.maxFailures) level = 0;
    else return;
    const until = now + Math.min(this.windowMs, this.lockMs * 2 ** level);
    this.locks.set(attempt.email, { level, until });
  }

  /**
   * The check succeeded: it and the failures this address had for this email before it started are
   * dropped (the owner's own typos), and the address becomes familiar for the email. Failures of other
   * addresses, and of checks that ran alongside, stay counted.
   */
  succeeded(attempt: LoginAttempt): void {
    const forgotten = (a: LoginAttempt) =>
      a === attempt ||
      (a.address === attempt.address &&
        a.email === attempt.email &&
        a.failedSeq !== undefined &&
        a.failedSeq < attempt.startedSeq);
    for (const [map, key] of [
      [this.byEmail, attempt.email],
      [this.byAddress, attempt.address],
    ] as const) {
      const kept = (map.get(key) ?? []).filter((a) => !forgotten(a));
      if (kept.length) map.set(key, kept);
      else map.delete(key);
    }
    const places = this.familiar.get(attempt.email) ?? new Map<string, number>();
    places.set(attempt.address, this.now());
    this.familiar.set(attempt.email, places);
    this.signalCheckEnded();
  }

  private signalCheckEnded(): void {
    this.checkEnded.resolve();
    this.checkEnded = Promise.withResolvers<void>();
  }

  /** A lock counts until a window after it ended: a failure then doubles it instead of starting over. */
  private isRecent(lock: { until: number }, now: number): boolean {
    return now < lock.until + this.windowMs;
  }

  private isFamiliar(email: string, address: string, now: number): boolean {
    const at = this.familiar.get(email)?.get(address);
    return at !== undefined && now - at <= LOGIN_FAMILIAR_MS;
  }

  /** Pending checks and failures inside the window (older failures are dropped). */
  private current(map: Map<string, LoginAttempt[]>, key: string, now: number): LoginAttempt[] {
    const list = (map.get(key) ?? []).filter(
      (a) => a.failedAt === undefined || now - a.failedAt < this.windowMs,
    );
    if (list.length) map.set(key, list);
    else map.delete(key);
    return list;
  }

  /** How long until `list` holds fewer than `limit` entries: 0 (it does now), BUSY or ms. */
  private untilBelow(list: LoginAttempt[], limit: number, now: number): number {
    if (list.length < limit) return 0;
    const failures = list.flatMap((a) => (a.failedAt === undefined ? [] : [a.failedAt]));
    const mustExpire = list.length - limit + 1;
    if (failures.length < mustExpire) return BUSY;
    failures.sort((a, b) => a - b);
    return failures[mustExpire - 1] + this.windowMs - now;
  }

  /**
   * How long the email is locked for addresses that are not familiar: until its lock ends (ms); once
   * it has `maxFailures` checks in the window or a recent lock, one check at a time (BUSY).
   */
  private lockOf(email: string, forEmail: LoginAttempt[], now: number): number {
    const lock = this.locks.get(email);
    const recent = lock !== undefined && this.isRecent(lock, now);
    if (recent && now < lock.until) return lock.until - now;
    const limited = recent || forEmail.length >= this.maxFailures;
    return limited && forEmail.some((a) => a.failedAt === undefined) ? BUSY : 0;
  }

  /** Drops what has expired for keys nobody asked about again (keeps memory bounded). */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const map of [this.byEmail, this.byAddress])
      for (const key of [...map.keys()]) this.current(map, key, now);
    for (const [email, lock] of this.locks) if (!this.isRecent(lock, now)) this.locks.delete(email);
    for (const [email, places] of this.familiar) {
      for (const [address, at] of places) if (now - at > LOGIN_FAMILIAR_MS) places.delete(address);
      if (!places.size) this.familiar.delete(email);
    }
  }
}

/**
 * The throttle's key for a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64
 * prefix, since one subscriber usually holds a whole /64.
 */
export function clientKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const address = remoteAddress.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail] = address.split('::');
  const groups = (part: string | undefined) =>
    part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const full = [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${full
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
