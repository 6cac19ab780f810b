import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of, throwError } from 'rxjs';
import type { User } from '../../../domain/index.ts';
import { AuthApi } from './auth-api';
import * as effects from './auth.effects';
import { AuthActions, initialAuthState } from './auth.state';
import { readSession, writeSession } from './auth.storage';

const user: User = { id: 'u1', name: '李婷', email: 'hr@c1.example', roles: ['hr'], companyId: 'c1', departmentId: 'd1' };

function problem(status: number, code: string) {
  return new HttpErrorResponse({ status, error: { type: 'about:blank', title: code, status, detail: code, code } });
}

describe('auth effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  let store: MockStore;

  beforeEach(() => {
    localStorage.removeItem('portal.auth');
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['login', 'logout', 'me']);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl', 'navigate']);
    router.navigateByUrl.and.resolveTo(true);
    router.navigate.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        provideMockStore({ initialState: { auth: initialAuthState } }),
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: router },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  afterEach(() => localStorage.removeItem('portal.auth'));

  function collect(effect: () => Observable<unknown>): unknown[] {
    const out: unknown[] = [];
    TestBed.runInInjectionContext(effect).subscribe((a) => out.push(a));
    return out;
  }

  it('logs in through the API and hands on the return URL', () => {
    api.login.and.returnValue(of({ token: 'tok', user }));
    const out = collect(effects.login$);
    actions$.next(AuthActions.loginRequested({ email: ' hr@c1.example ', password: 'Passw0rd!', returnUrl: '/approvals' }));
    expect(api.login).toHaveBeenCalledOnceWith('hr@c1.example', 'Passw0rd!');
    expect(out).toEqual([AuthActions.loginSucceeded({ token: 'tok', user, returnUrl: '/approvals' })]);
  });

  it('reports the problem code of a failed login (401 and 429), and NETWORK when the server is unreachable', () => {
    const out = collect(effects.login$);
    api.login.and.returnValue(throwError(() => problem(401, 'INVALID_CREDENTIALS')));
    actions$.next(AuthActions.loginRequested({ email: 'a@b.cn', password: 'x', returnUrl: null }));
    api.login.and.returnValue(throwError(() => problem(429, 'RATE_LIMITED')));
    actions$.next(AuthActions.loginRequested({ email: 'a@b.cn', password: 'x', returnUrl: null }));
    api.login.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$.next(AuthActions.loginRequested({ email: 'a@b.cn', password: 'x', returnUrl: null }));
    expect(out).toEqual([
      AuthActions.loginFailed({ error: 'INVALID_CREDENTIALS' }),
      AuthActions.loginFailed({ error: 'RATE_LIMITED' }),
      AuthActions.loginFailed({ error: 'NETWORK' }),
    ]);
  });

  it('goes to the return URL after login, but never off the app', () => {
    collect(effects.navigateAfterLogin$);
    actions$.next(AuthActions.loginSucceeded({ token: 't', user, returnUrl: '/budgets?year=2026' }));
    actions$.next(AuthActions.loginSucceeded({ token: 't', user, returnUrl: '//evil.example/x' }));
    actions$.next(AuthActions.loginSucceeded({ token: 't', user, returnUrl: null }));
    expect(router.navigateByUrl.calls.allArgs().map((a) => a[0])).toEqual(['/budgets?year=2026', '/', '/']);
  });

  it('persists the session after login and clears it on logout', () => {
    collect(effects.persistSession$);
    collect(effects.clearSession$);
    store.setState({ auth: { ...initialAuthState, token: 'tok', user } });
    actions$.next(AuthActions.loginSucceeded({ token: 'tok', user, returnUrl: null }));
    expect(readSession()).toEqual({ token: 'tok', user });
    actions$.next(AuthActions.loggedOut());
    expect(readSession()).toBeNull();
  });

  it('validates a stored session at startup with GET /me', () => {
    store.setState({ auth: { ...initialAuthState, token: 'tok', user, restoring: true } });
    api.me.and.returnValue(of({ ...user, name: '李婷婷' }));
    const out = collect(effects.restoreSession$);
    actions$.next({ type: ROOT_EFFECTS_INIT });
    expect(out).toEqual([AuthActions.sessionRestored({ user: { ...user, name: '李婷婷' } })]);
  });

  it('drops a stored session the server no longer accepts', () => {
    writeSession({ token: 'old', user });
    store.setState({ auth: { ...initialAuthState, token: 'old', user, restoring: true } });
    api.me.and.returnValue(throwError(() => problem(401, 'UNAUTHENTICATED')));
    const out = collect(effects.restoreSession$);
    collect(effects.clearSession$);
    actions$.next({ type: ROOT_EFFECTS_INIT });
    expect(out).toEqual([AuthActions.sessionRestoreFailed({ expired: true })]);
    actions$.next(out[0] as Action);
    expect(readSession()).toBeNull();
  });

  it('does not call /me when nobody was signed in', () => {
    const out = collect(effects.restoreSession$);
    actions$.next({ type: ROOT_EFFECTS_INIT });
    expect(api.me).not.toHaveBeenCalled();
    expect(out).toEqual([]);
  });

  it('logs out through the API, and locally even when the API call fails', () => {
    const out = collect(effects.logout$);
    api.logout.and.returnValue(of(undefined));
    actions$.next(AuthActions.logoutRequested());
    api.logout.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$.next(AuthActions.logoutRequested());
    expect(api.logout).toHaveBeenCalledTimes(2);
    expect(out).toEqual([AuthActions.loggedOut(), AuthActions.loggedOut()]);
  });

  it('sends the user to the login page on logout, and with the return URL when the session expired', () => {
    collect(effects.navigateToLogin$);
    actions$.next(AuthActions.loggedOut());
    actions$.next(AuthActions.sessionExpired({ returnUrl: '/procurement/cart' }));
    expect(router.navigate.calls.allArgs()).toEqual([
      [['/login'], { queryParams: {} }],
      [['/login'], { queryParams: { returnUrl: '/procurement/cart' } }],
    ]);
  });
});

describe('safeReturnUrl', () => {
  it('accepts app paths only', () => {
    expect(effects.safeReturnUrl('/welfare')).toBe('/welfare');
    expect(effects.safeReturnUrl('https://evil.example')).toBe('/');
    expect(effects.safeReturnUrl('//evil.example')).toBe('/');
    expect(effects.safeReturnUrl('/login?returnUrl=/x')).toBe('/');
    expect(effects.safeReturnUrl(null)).toBe('/');
  });
});
