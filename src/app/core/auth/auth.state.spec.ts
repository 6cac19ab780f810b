import type { User } from '../../../domain/index.ts';
import { AuthActions, authFeature, initialAuthState, type AuthState } from './auth.state';

const user: User = { id: 'u1', name: '王志强', email: 'buyer@c1.example', roles: ['buyer'], companyId: 'c1', departmentId: 'd1' };
const reduce = (state: AuthState | undefined, action: Parameters<typeof authFeature.reducer>[1]) => authFeature.reducer(state, action);

describe('auth reducer', () => {
  it('marks a login as pending and clears an earlier error and notice', () => {
    const before: AuthState = { ...initialAuthState, error: 'INVALID_CREDENTIALS', notice: 'sessionExpired' };
    const after = reduce(before, AuthActions.loginRequested({ email: 'a@b.c', password: 'x', returnUrl: null }));
    expect(after.pending).toBeTrue();
    expect(after.error).toBeNull();
    expect(after.notice).toBeNull();
  });

  it('stores token and user on success', () => {
    const pending = reduce(undefined, AuthActions.loginRequested({ email: 'a@b.c', password: 'x', returnUrl: null }));
    const after = reduce(pending, AuthActions.loginSucceeded({ token: 't1', user, returnUrl: '/budgets' }));
    expect(after).toEqual({ ...initialAuthState, token: 't1', user });
  });

  it('keeps the error code of a failed login', () => {
    const after = reduce({ ...initialAuthState, pending: true }, AuthActions.loginFailed({ error: 'RATE_LIMITED' }));
    expect(after.pending).toBeFalse();
    expect(after.error).toBe('RATE_LIMITED');
  });

  it('forgets the session on logout and says so', () => {
    const after = reduce({ ...initialAuthState, token: 't', user }, AuthActions.loggedOut());
    expect(after.token).toBeNull();
    expect(after.user).toBeNull();
    expect(after.notice).toBe('loggedOut');
  });

  it('forgets the session when it expires and says so', () => {
    const after = reduce({ ...initialAuthState, token: 't', user }, AuthActions.sessionExpired({ returnUrl: '/approvals' }));
    expect(after.token).toBeNull();
    expect(after.notice).toBe('sessionExpired');
  });

  it('ends restoring with the fresh user, or drops the session when the server says it expired', () => {
    const restoring: AuthState = { ...initialAuthState, token: 't', user, restoring: true };
    const renamed = { ...user, name: '王志强（新）' };
    expect(reduce(restoring, AuthActions.sessionRestored({ user: renamed }))).toEqual({ ...restoring, user: renamed, restoring: false });
    const expired = reduce(restoring, AuthActions.sessionRestoreFailed({ expired: true }));
    expect(expired.token).toBeNull();
    expect(expired.restoring).toBeFalse();
    expect(expired.notice).toBe('sessionExpired');
    // the server could not be reached: keep the session, stop waiting
    const offline = reduce(restoring, AuthActions.sessionRestoreFailed({ expired: false }));
    expect(offline.token).toBe('t');
    expect(offline.restoring).toBeFalse();
  });
});

describe('auth selectors', () => {
  const root = (auth: AuthState) => ({ auth });

  it('select the user, token and whether someone is signed in', () => {
    const state = root({ ...initialAuthState, token: 't', user });
    expect(authFeature.selectUser(state)).toBe(user);
    expect(authFeature.selectToken(state)).toBe('t');
    expect(authFeature.selectIsLoggedIn(state)).toBeTrue();
    expect(authFeature.selectIsLoggedIn(root(initialAuthState))).toBeFalse();
    expect(authFeature.selectIsLoggedIn(root({ ...initialAuthState, user }))).toBeFalse();
  });

  it('select the roles, empty when signed out', () => {
    expect(authFeature.selectRoles(root({ ...initialAuthState, token: 't', user: { ...user, roles: ['hr', 'admin'] } }))).toEqual(['hr', 'admin']);
    expect(authFeature.selectRoles(root(initialAuthState))).toEqual([]);
  });
});
