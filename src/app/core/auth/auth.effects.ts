import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { map, tap } from 'rxjs';
import { AuthSession, type SessionEvent } from './auth-session';
import { AuthActions } from './auth.state';

export { loginErrorCode, safeReturnUrl } from './auth-session';

/** The store's `auth` feature as it should be after a session event. */
export function actionFor(event: SessionEvent) {
  switch (event.type) {
    case 'signedIn':
      return AuthActions.loginSucceeded({ token: event.token, user: event.user });
    case 'signedOut':
      return AuthActions.loggedOut();
    case 'expired':
      return AuthActions.sessionExpired({ returnUrl: event.returnUrl });
  }
}

/**
 * The store follows the session: a sign-in (after a logout or an expiry, the shell's store lives on),
 * a logout (which also clears every feature, see clearStateOnLogout) and an expiry.
 */
export const followSession$ = createEffect(
  (session = inject(AuthSession)) => {
    return session.events.pipe(map(actionFor));
  },
  { functional: true },
);

/** Logout (the session calls the API, clears storage and goes to the login page). */
export const logout$ = createEffect(
  (actions$ = inject(Actions), session = inject(AuthSession)) => {
    return actions$.pipe(
      ofType(AuthActions.logoutRequested),
      tap(() => session.logout()),
    );
  },
  { functional: true, dispatch: false },
);

export const authEffects = { followSession$, logout$ };
