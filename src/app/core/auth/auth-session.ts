import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Subject } from 'rxjs';
import { isProblem, type User } from '../../../domain/index.ts';
import { AuthApi } from './auth-api';
import { clearSession, readSession, writeSession } from './auth.storage';

/** Why the login page is shown, when it is not a first visit. */
export type AuthNotice = 'sessionExpired' | 'loggedOut' | null;

/** What the shell's store mirrors (see auth.effects.ts). */
export type SessionEvent =
  | { type: 'signedIn'; token: string; user: User }
  | { type: 'signedOut' }
  | { type: 'expired'; returnUrl: string | null };

/** Only same-origin app paths are followed after login (no open redirects). */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/login')) return '/';
  return url;
}

/** The error code of a failed login: the problem's `code`, NETWORK when the server was not reached. */
export function loginErrorCode(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'NETWORK';
    if (isProblem(error.error)) return error.error.code;
    if (error.status === 401) return 'INVALID_CREDENTIALS';
    if (error.status === 429) return 'RATE_LIMITED';
  }
  return 'UNKNOWN';
}

/**
 * The signed-in session (token and user) for everything outside the shell: the login page, the
 * guards and the HTTP interceptors. It is kept in signals, not in NgRx, so that a first visit to
 * /login does not download the store; the shell's store holds the same token and user in its `auth`
 * feature and follows this session through `events` (sign-in, logout, expiry).
 *
 * The session survives a reload (localStorage) and is validated with GET /api/me at every start
 * (`restore`); guards wait for that (`restoring`).
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly stored = readSession();

  private readonly tokenState = signal<string | null>(this.stored?.token ?? null);
  private readonly userState = signal<User | null>(this.stored?.user ?? null);
  private readonly restoringState = signal(!!this.stored);
  private readonly pendingState = signal(false);
  private readonly errorState = signal<string | null>(null);
  private readonly noticeState = signal<AuthNotice>(null);
  private readonly eventsSubject = new Subject<SessionEvent>();
  private loggingOut = false;
  private settle: (() => void) | null = null;
  private readonly settledPromise = new Promise<void>((resolve) => (this.settle = resolve));

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  /** A stored session is being validated with GET /api/me; guards wait until this is false. */
  readonly restoring = this.restoringState.asReadonly();
  /** A login request is under way. */
  readonly pending = this.pendingState.asReadonly();
  /** Error code of the last failed login: a problem `code` (INVALID_CREDENTIALS, RATE_LIMITED …) or NETWORK. */
  readonly error = this.errorState.asReadonly();
  readonly notice = this.noticeState.asReadonly();
  readonly isLoggedIn = computed(() => !!this.userState() && !!this.tokenState());
  readonly events = this.eventsSubject.asObservable();

  /** At startup a stored session is checked with GET /api/me before any guard lets the user in. */
  restore(): void {
    if (!this.restoringState()) return this.settle?.();
    this.api.me().subscribe({
      next: (user) => {
        this.userState.set(user);
        const token = this.tokenState();
        if (token) writeSession({ token, user });
        this.settled();
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
          this.reset('sessionExpired');
          clearSession();
        }
        this.settled();
      },
    });
  }

  /** `decide()` once a stored session has been validated (guards never decide on a stale one). */
  whenSettled<T>(decide: () => T): T | Promise<T> {
    return this.restoringState() ? this.settledPromise.then(decide) : decide();
  }

  login(email: string, password: string, returnUrl: string | null): void {
    if (this.pendingState()) return;
    this.pendingState.set(true);
    this.errorState.set(null);
    this.noticeState.set(null);
    this.api.login(email.trim(), password).subscribe({
      next: ({ token, user }) => {
        this.tokenState.set(token);
        this.userState.set(user);
        this.pendingState.set(false);
        writeSession({ token, user });
        this.eventsSubject.next({ type: 'signedIn', token, user });
        void this.router.navigateByUrl(safeReturnUrl(returnUrl), { replaceUrl: true });
      },
      error: (error: unknown) => {
        this.pendingState.set(false);
        this.errorState.set(loginErrorCode(error));
      },
    });
  }

  /** POST /auth/logout; the session is dropped locally whatever the server says. */
  logout(): void {
    if (this.loggingOut) return;
    this.loggingOut = true;
    const done = () => {
      this.loggingOut = false;
      this.reset('loggedOut');
      clearSession();
      this.eventsSubject.next({ type: 'signedOut' });
      void this.router.navigate(['/login'], { queryParams: {} });
    };
    this.api.logout().subscribe({ complete: done, error: done });
  }

  /**
   * A request was refused with 401 while signed in: back to the login page, which says so and
   * returns to `returnUrl` after signing in. Ignored while signed out or while restoring.
   */
  expire(returnUrl: string | null): void {
    if (!this.tokenState() || this.restoringState()) return;
    this.reset('sessionExpired');
    clearSession();
    this.eventsSubject.next({ type: 'expired', returnUrl });
    void this.router.navigate(['/login'], {
      queryParams: returnUrl && returnUrl !== '/' ? { returnUrl: safeReturnUrl(returnUrl) } : {},
    });
  }

  private reset(notice: AuthNotice): void {
    this.tokenState.set(null);
    this.userState.set(null);
    this.pendingState.set(false);
    this.errorState.set(null);
    this.noticeState.set(notice);
  }

  private settled(): void {
    this.restoringState.set(false);
    this.settle?.();
  }
}
