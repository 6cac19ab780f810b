import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, ROOT_EFFECTS_INIT, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, take, tap, withLatestFrom } from 'rxjs';
import { isProblem } from '../../../domain/index.ts';
import { AuthApi } from './auth-api';
import { AuthActions, authFeature } from './auth.state';
import { clearSession, writeSession } from './auth.storage';

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

export const login$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(AuthActions.loginRequested),
      exhaustMap(({ email, password, returnUrl }) =>
        api.login(email.trim(), password).pipe(
          map(({ token, user }) => AuthActions.loginSucceeded({ token, user, returnUrl })),
          catchError((error: unknown) => of(AuthActions.loginFailed({ error: loginErrorCode(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const navigateAfterLogin$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthActions.loginSucceeded),
      tap(({ returnUrl }) => void router.navigateByUrl(safeReturnUrl(returnUrl), { replaceUrl: true })),
    ),
  { functional: true, dispatch: false },
);

export const persistSession$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(AuthActions.loginSucceeded, AuthActions.sessionRestored),
      withLatestFrom(store.select(authFeature.selectToken)),
      tap(([{ user }, token]) => {
        if (token) writeSession({ token, user });
      }),
    ),
  { functional: true, dispatch: false },
);

export const clearSession$ = createEffect(
  (actions$ = inject(Actions)) =>
    actions$.pipe(
      ofType(AuthActions.loggedOut, AuthActions.sessionExpired, AuthActions.sessionRestoreFailed),
      filter((action) => action.type !== AuthActions.sessionRestoreFailed.type || action.expired),
      tap(() => clearSession()),
    ),
  { functional: true, dispatch: false },
);

/** At startup a stored session is checked with GET /api/me before any guard lets the user in. */
export const restoreSession$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      take(1),
      withLatestFrom(store.select(authFeature.selectAuthState)),
      filter(([, auth]) => auth.restoring && !!auth.token),
      switchMap(() =>
        api.me().pipe(
          map((user) => AuthActions.sessionRestored({ user })),
          catchError((error: unknown) =>
            of(
              AuthActions.sessionRestoreFailed({
                expired: error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const logout$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(AuthActions.logoutRequested),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => AuthActions.loggedOut()),
          // the token is dropped locally whatever the server says
          catchError(() => of(AuthActions.loggedOut())),
        ),
      ),
    ),
  { functional: true },
);

export const navigateToLogin$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthActions.loggedOut, AuthActions.sessionExpired),
      tap((action) => {
        const returnUrl = action.type === AuthActions.sessionExpired.type ? action.returnUrl : null;
        void router.navigate(['/login'], {
          queryParams: returnUrl && returnUrl !== '/' ? { returnUrl: safeReturnUrl(returnUrl) } : {},
        });
      }),
    ),
  { functional: true, dispatch: false },
);

export const authEffects = {
  login$,
  navigateAfterLogin$,
  persistSession$,
  clearSession$,
  restoreSession$,
  logout$,
  navigateToLogin$,
};
