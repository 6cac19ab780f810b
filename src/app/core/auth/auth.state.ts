import { createActionGroup, createFeature, createReducer, createSelector, emptyProps, on, props } from '@ngrx/store';
import type { Role, User } from '../../../domain/index.ts';

// Contract for the rest of the app: `authFeature.selectUser`, `authFeature.selectToken`,
// `AuthActions.*`. The shell owns the effects (login, logout, session expiry, persistence).

/** Why the login page is shown, when it is not a first visit. */
export type AuthNotice = 'sessionExpired' | 'loggedOut' | null;

export interface AuthState {
  token: string | null;
  user: User | null;
  pending: boolean;
  /** Error code of the last failed login: a problem `code` (INVALID_CREDENTIALS, RATE_LIMITED …) or NETWORK. */
  error: string | null;
  /** A stored session is being validated with GET /api/me; guards wait until this is false. */
  restoring: boolean;
  notice: AuthNotice;
}

export const initialAuthState: AuthState = {
  token: null,
  user: null,
  pending: false,
  error: null,
  restoring: false,
  notice: null,
};

export const AuthActions = createActionGroup({
  source: 'Auth',
  events: {
    'Login Requested': props<{ email: string; password: string; returnUrl: string | null }>(),
    'Login Succeeded': props<{ token: string; user: User; returnUrl: string | null }>(),
    'Login Failed': props<{ error: string }>(),
    'Logout Requested': emptyProps(),
    'Logged Out': emptyProps(),
    'Session Expired': props<{ returnUrl: string | null }>(),
    'Session Restored': props<{ user: User }>(),
    'Session Restore Failed': props<{ expired: boolean }>(),
  },
});

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthActions.loginRequested, (s) => ({ ...s, pending: true, error: null, notice: null })),
    on(AuthActions.loginSucceeded, (s, { token, user }) => ({ ...s, token, user, pending: false, error: null, notice: null })),
    on(AuthActions.loginFailed, (s, { error }) => ({ ...s, pending: false, error })),
    on(AuthActions.sessionRestored, (s, { user }) => ({ ...s, user, restoring: false })),
    on(AuthActions.sessionRestoreFailed, (s, { expired }) =>
      expired ? { ...initialAuthState, notice: 'sessionExpired' as const } : { ...s, restoring: false },
    ),
    on(AuthActions.loggedOut, () => ({ ...initialAuthState, notice: 'loggedOut' as const })),
    on(AuthActions.sessionExpired, () => ({ ...initialAuthState, notice: 'sessionExpired' as const })),
  ),
  extraSelectors: ({ selectUser, selectToken }) => ({
    selectIsLoggedIn: createSelector(selectUser, selectToken, (user, token) => !!user && !!token),
    selectRoles: createSelector(selectUser, (user): readonly Role[] => user?.roles ?? []),
  }),
});
