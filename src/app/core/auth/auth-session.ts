import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { User } from '../../../domain/index.ts';
import { isProblem } from '../../../domain/problem.ts';
import { AuthApi } from './auth-api';
import { clearSession, readSession, writeSession } from './auth.storage';

/** Why the login page is shown, when it is not a first visit. */
export type AuthNotice = 'sessionExpired' | 'loggedOut' | null;

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

/** Whole minutes until a refused login may be tried again (its `Retry-After`), or null. */
export function retryAfterMinutes(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 429) return null;
  const seconds = Number(error.headers?.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
}

/**
 * The one holder of the signed-in session (token and user) for the whole app: the login page, the
 * guards, the HTTP interceptors, the shell and the features all read it here. It is kept in signals,
 * not in NgRx, so that a first visit to /login does not download the store.
 *
 * The session survives a reload (localStorage) and is validated with GET /api/me at every start
 * (`restore`); guards wait for that (`restoring`).
 *
 * Whatever holds per-user state registers with `onSignOut` and is cleared when the user signs out,
 * or when someone else signs in after the session expired (the same user keeps their work).
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
  private readonly retryAfterState = signal<number | null>(null);
  private readonly noticeState = signal<AuthNotice>(null);
  private readonly signOutHooks: (() => void)[] = [];
  /** Whose session expired: their state is kept until someone else signs in. */
  private expiredUserId: string | null = null;
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
  /** After a refused login (429): the minutes the server asks to wait, when it said. */
  readonly retryAfterMinutes = this.retryAfterState.asReadonly();
  readonly notice = this.noticeState.asReadonly();
  readonly isLoggedIn = computed(() => !!this.userState() && !!this.tokenState());

  /**
   * `clear` runs whenever the signed-in user's data must go: on sign-out, and when a different user
   * signs in after an expired session. Every per-user state (store, caches, drafts) registers here.
   */
  onSignOut(clear: () => void): void {
    this.signOutHooks.push(clear);
  }

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
    this.retryAfterState.set(null);
    this.noticeState.set(null);
    this.api.login(email.trim(), password).subscribe({
      next: ({ token, user }) => {
        if (this.expiredUserId && this.expiredUserId !== user.id) this.clearUserState();
        this.expiredUserId = null;
        this.tokenState.set(token);
        this.userState.set(user);
        this.pendingState.set(false);
        writeSession({ token, user });
        void this.router.navigateByUrl(safeReturnUrl(returnUrl), { replaceUrl: true });
      },
      error: (error: unknown) => {
        this.pendingState.set(false);
        this.errorState.set(loginErrorCode(error));
        this.retryAfterState.set(retryAfterMinutes(error));
      },
    });
  }

  /**
   * POST /auth/logout (or /auth/logout-all: every device); the session is dropped locally whatever the
   * server says.
   */
  logout(everywhere = false): void {
    if (this.loggingOut) return;
    this.loggingOut = true;
    const done = () => {
      this.loggingOut = false;
      this.reset('loggedOut');
      clearSession();
      this.expiredUserId = null;
      this.clearUserState();
      void this.router.navigate(['/login'], { queryParams: {} });
    };
    (everywhere ? this.api.logoutAll() : this.api.logout()).subscribe({
      complete: done,
      error: done,
    });
  }

  /**
   * A request was refused with 401 while signed in: back to the login page, which says so and
   * returns to `returnUrl` after signing in. Ignored while signed out or while restoring.
   */
  expire(returnUrl: string | null): void {
    if (!this.tokenState() || this.restoringState()) return;
    this.expiredUserId = this.userState()?.id ?? null;
    this.reset('sessionExpired');
    clearSession();
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

  private clearUserState(): void {
    for (const clear of this.signOutHooks) clear();
  }

  private settled(): void {
    this.restoringState.set(false);
    this.settle?.();
  }
}
