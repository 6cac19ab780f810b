import {
  createActionGroup,
  createFeature,
  createReducer,
  createSelector,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import type { Role, User } from '../../../domain/index.ts';

// Contract for the rest of the app: `authFeature.selectUser`, `authFeature.selectToken`,
// `AuthActions.*`. The store lives in the shell (see shell.routes.ts); this feature mirrors the
// `AuthSession` (which the login page, guards and interceptors use) through the effects in
// auth.effects.ts: it starts from the session and follows its sign-in, logout and expiry.

export type { AuthNotice } from './auth-session';

export interface AuthState {
  token: string | null;
  user: User | null;
}

export const initialAuthState: AuthState = {
  token: null,
  user: null,
};

export const AuthActions = createActionGroup({
  source: 'Auth',
  events: {
    'Login Succeeded': props<{ token: string; user: User }>(),
    'Logout Requested': emptyProps(),
    'Logged Out': emptyProps(),
    'Session Expired': props<{ returnUrl: string | null }>(),
  },
});

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthActions.loginSucceeded, (_s, { token, user }): AuthState => ({ token, user })),
    on(AuthActions.loggedOut, (): AuthState => initialAuthState),
    on(AuthActions.sessionExpired, (): AuthState => initialAuthState),
  ),
  extraSelectors: ({ selectUser, selectToken }) => ({
    selectIsLoggedIn: createSelector(selectUser, selectToken, (user, token) => !!user && !!token),
    selectRoles: createSelector(selectUser, (user): readonly Role[] => user?.roles ?? []),
  }),
});
