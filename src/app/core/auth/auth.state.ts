import { createActionGroup, createFeature, createReducer, emptyProps, on, props } from '@ngrx/store';
import type { User } from '../../../domain/index.ts';

// Contract for the rest of the app: `authFeature.selectUser`, `authFeature.selectToken`,
// `AuthActions.*`. The shell owns the effects (login, logout, session expiry, persistence).
export interface AuthState {
  token: string | null;
  user: User | null;
  pending: boolean;
  error: string | null;
}

export const initialAuthState: AuthState = { token: null, user: null, pending: false, error: null };

export const AuthActions = createActionGroup({
  source: 'Auth',
  events: {
    'Login Requested': props<{ email: string; password: string; returnUrl: string | null }>(),
    'Login Succeeded': props<{ token: string; user: User; returnUrl: string | null }>(),
    'Login Failed': props<{ error: string }>(),
    'Logout Requested': emptyProps(),
    'Logged Out': emptyProps(),
    'Session Expired': props<{ returnUrl: string | null }>(),
  },
});

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthActions.loginRequested, (s) => ({ ...s, pending: true, error: null })),
    on(AuthActions.loginSucceeded, (s, { token, user }) => ({ ...s, token, user, pending: false, error: null })),
    on(AuthActions.loginFailed, (s, { error }) => ({ ...s, pending: false, error })),
    on(AuthActions.loggedOut, AuthActions.sessionExpired, () => initialAuthState),
  ),
});
