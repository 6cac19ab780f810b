import type { User } from '../../../domain/index.ts';
import { clearStateOnLogout } from './auth.meta-reducer';
import { AuthActions, authFeature, initialAuthState, type AuthState } from './auth.state';

const user: User = {
  id: 'u1',
  name: '王志强',
  email: 'buyer@c1.example',
  roles: ['buyer'],
  companyId: 'c1',
  departmentId: 'd1',
};
const reduce = (state: AuthState | undefined, action: Parameters<typeof authFeature.reducer>[1]) =>
  authFeature.reducer(state, action);

describe('auth reducer', () => {
  it('stores token and user on sign-in', () => {
    const after = reduce(undefined, AuthActions.loginSucceeded({ token: 't1', user }));
    expect(after).toEqual({ token: 't1', user });
  });

  it('forgets the session on logout', () => {
    expect(reduce({ token: 't', user }, AuthActions.loggedOut())).toEqual(initialAuthState);
  });

  it('forgets the session when it expires', () => {
    expect(
      reduce({ token: 't', user }, AuthActions.sessionExpired({ returnUrl: '/approvals' })),
    ).toEqual(initialAuthState);
  });

  it('ignores a logout request (the session answers it)', () => {
    const state = { token: 't', user };
    expect(reduce(state, AuthActions.logoutRequested())).toBe(state);
  });
});

describe('clearStateOnLogout', () => {
  it('puts every feature back to its initial state on logout, keeping the router state', () => {
    type S = { router: string; auth: AuthState; budgets: string[] };
    const reducer = clearStateOnLogout<S>((state, action) => ({
      router: state?.router ?? 'none',
      auth: reduce(state?.auth, action),
      budgets: state?.budgets ?? [],
    }));
    const before: S = { router: 'r', auth: { token: 't', user }, budgets: ['b1'] };
    expect(reducer(before, AuthActions.loggedOut())).toEqual({
      router: 'r',
      auth: initialAuthState,
      budgets: [],
    });
    expect(reducer(before, AuthActions.sessionExpired({ returnUrl: null })).budgets).toEqual([
      'b1',
    ]);
  });
});

describe('auth selectors', () => {
  const root = (auth: AuthState) => ({ auth });

  it('select the user, token and whether someone is signed in', () => {
    const state = root({ token: 't', user });
    expect(authFeature.selectUser(state)).toBe(user);
    expect(authFeature.selectToken(state)).toBe('t');
    expect(authFeature.selectIsLoggedIn(state)).toBeTrue();
    expect(authFeature.selectIsLoggedIn(root(initialAuthState))).toBeFalse();
    expect(authFeature.selectIsLoggedIn(root({ ...initialAuthState, user }))).toBeFalse();
  });

  it('select the roles, empty when signed out', () => {
    expect(
      authFeature.selectRoles(root({ token: 't', user: { ...user, roles: ['hr', 'admin'] } })),
    ).toEqual(['hr', 'admin']);
    expect(authFeature.selectRoles(root(initialAuthState))).toEqual([]);
  });
});
