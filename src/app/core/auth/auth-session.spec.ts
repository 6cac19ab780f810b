import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Subject, of, throwError } from 'rxjs';
import type { User } from '../../../domain/index.ts';
import { AuthApi } from './auth-api';
import { AuthSession, safeReturnUrl } from './auth-session';
import { readSession, writeSession } from './auth.storage';

const user: User = {
  id: 'u1',
  name: '李婷',
  email: 'hr@c1.example',
  roles: ['hr'],
  companyId: 'c1',
  departmentId: 'd1',
};

function problem(status: number, code: string) {
  return new HttpErrorResponse({
    status,
    error: { type: 'about:blank', title: code, status, detail: code, code },
  });
}

describe('AuthSession', () => {
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  /** How often the per-user state was cleared (onSignOut). */
  let cleared: number;

  beforeEach(() => {
    localStorage.removeItem('portal.auth');
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['login', 'logout', 'logoutAll', 'me']);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl', 'navigate']);
    router.navigateByUrl.and.resolveTo(true);
    router.navigate.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: router },
      ],
    });
  });

  afterEach(() => localStorage.removeItem('portal.auth'));

  function start(): AuthSession {
    const session = TestBed.inject(AuthSession);
    cleared = 0;
    session.onSignOut(() => cleared++);
    return session;
  }

  it('logs in through the API, keeps and persists the session and goes to the return URL', () => {
    api.login.and.returnValue(of({ token: 'tok', user }));
    const session = start();
    session.login(' hr@c1.example ', 'Passw0rd!', '/approvals');
    expect(api.login).toHaveBeenCalledOnceWith('hr@c1.example', 'Passw0rd!');
    expect(session.token()).toBe('tok');
    expect(session.user()).toEqual(user);
    expect(session.isLoggedIn()).toBeTrue();
    expect(session.pending()).toBeFalse();
    expect(readSession()).toEqual({ token: 'tok', user });
    expect(cleared).toBe(0);
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/approvals', { replaceUrl: true });
  });

  it('is pending while logging in and ignores a second submit meanwhile', () => {
    const response = new Subject<{ token: string; user: User }>();
    api.login.and.returnValue(response);
    const session = start();
    session.login('hr@c1.example', 'x', null);
    session.login('hr@c1.example', 'x', null);
    expect(session.pending()).toBeTrue();
    expect(api.login).toHaveBeenCalledTimes(1);
    response.next({ token: 't', user });
    expect(session.pending()).toBeFalse();
  });

  it('never follows a return URL off the app', () => {
    api.login.and.returnValue(of({ token: 't', user }));
    const session = start();
    session.login('a@b.cn', 'x', '//evil.example/x');
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/', { replaceUrl: true });
  });

  it('keeps the problem code of a failed login (401 and 429), and NETWORK when the server is unreachable', () => {
    const session = start();
    const codes: (string | null)[] = [];
    for (const error of [
      problem(401, 'INVALID_CREDENTIALS'),
      problem(429, 'RATE_LIMITED'),
      new HttpErrorResponse({ status: 0 }),
    ]) {
      api.login.and.returnValue(throwError(() => error));
      session.login('a@b.cn', 'x', null);
      codes.push(session.error());
    }
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'RATE_LIMITED', 'NETWORK']);
    expect(session.pending()).toBeFalse();
    expect(session.isLoggedIn()).toBeFalse();
    expect(cleared).toBe(0);
  });

  it('starts signed out and settled when nothing was stored, without calling /me', () => {
    const session = start();
    session.restore();
    expect(api.me).not.toHaveBeenCalled();
    expect(session.restoring()).toBeFalse();
    expect(session.whenSettled(() => 'now')).toBe('now');
  });

  it('validates a stored session at startup with GET /me, and decides only after that', async () => {
    writeSession({ token: 'tok', user });
    const me = new Subject<User>();
    api.me.and.returnValue(me);
    const session = start();
    expect(session.restoring()).toBeTrue();
    session.restore();
    let decided: boolean | undefined;
    void (session.whenSettled(() => session.isLoggedIn()) as Promise<boolean>).then(
      (v) => (decided = v),
    );
    await Promise.resolve();
    expect(decided).toBeUndefined();
    me.next({ ...user, name: '李婷婷' });
    await new Promise((r) => setTimeout(r));
    expect(decided).toBeTrue();
    expect(session.restoring()).toBeFalse();
    expect(session.user()?.name).toBe('李婷婷');
    expect(readSession()).toEqual({ token: 'tok', user: { ...user, name: '李婷婷' } });
  });

  it('drops a stored session the server no longer accepts, and says so', () => {
    writeSession({ token: 'old', user });
    api.me.and.returnValue(throwError(() => problem(401, 'UNAUTHENTICATED')));
    const session = start();
    session.restore();
    expect(session.restoring()).toBeFalse();
    expect(session.isLoggedIn()).toBeFalse();
    expect(session.notice()).toBe('sessionExpired');
    expect(readSession()).toBeNull();
  });

  it('keeps a stored session when the server cannot be reached', () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    const session = start();
    session.restore();
    expect(session.restoring()).toBeFalse();
    expect(session.token()).toBe('tok');
    expect(readSession()).toEqual({ token: 'tok', user });
  });

  it('logs out through the API, and locally even when the API call fails', () => {
    for (const response of [
      of(undefined),
      throwError(() => new HttpErrorResponse({ status: 0 })),
    ]) {
      writeSession({ token: 'tok', user });
      api.me.and.returnValue(of(user));
      api.logout.and.returnValue(response);
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [
          { provide: AuthApi, useValue: api },
          { provide: Router, useValue: router },
        ],
      });
      router.navigate.calls.reset();
      const session = start();
      session.restore();
      session.logout();
      expect(session.isLoggedIn()).toBeFalse();
      expect(session.notice()).toBe('loggedOut');
      expect(readSession()).toBeNull();
      expect(cleared).toBe(1);
      expect(router.navigate).toHaveBeenCalledOnceWith(['/login'], { queryParams: {} });
    }
    expect(api.logout).toHaveBeenCalledTimes(2);
  });

  it('signs out on every device through logout-all, and clears this one', () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(of(user));
    api.logoutAll.and.returnValue(of(undefined));
    const session = start();
    session.restore();
    session.logout(true);
    expect(api.logoutAll).toHaveBeenCalledTimes(1);
    expect(api.logout).not.toHaveBeenCalled();
    expect(session.isLoggedIn()).toBeFalse();
    expect(readSession()).toBeNull();
    expect(cleared).toBe(1);
  });

  it('ends an expired session: back to the login page with the return URL, which it then follows', () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(of(user));
    const session = start();
    session.restore();
    session.expire('/procurement/cart');
    expect(session.isLoggedIn()).toBeFalse();
    expect(session.notice()).toBe('sessionExpired');
    expect(readSession()).toBeNull();
    // the user's work is kept until we know who signs in next
    expect(cleared).toBe(0);
    expect(router.navigate).toHaveBeenCalledOnceWith(['/login'], {
      queryParams: { returnUrl: '/procurement/cart' },
    });
    // a second 401 (signed out by now) changes nothing
    session.expire('/login');
    expect(router.navigate).toHaveBeenCalledTimes(1);
    // signing in again clears the notice and returns
    api.login.and.returnValue(of({ token: 't2', user }));
    session.login(user.email, 'x', '/procurement/cart');
    expect(session.notice()).toBeNull();
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/procurement/cart', {
      replaceUrl: true,
    });
    // the same user again: nothing was cleared
    expect(cleared).toBe(0);
  });

  it("clears the previous user's state when someone else signs in after a session expired", () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(of(user));
    const session = start();
    session.restore();
    session.expire('/procurement/cart');
    expect(cleared).toBe(0);
    api.login.and.returnValue(of({ token: 't2', user: { ...user, id: 'u2' } }));
    session.login('other@c1.example', 'x', null);
    expect(cleared).toBe(1);
    expect(session.user()?.id).toBe('u2');
  });

  it('ignores a 401 while a stored session is still being validated', () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(new Subject<User>());
    const session = start();
    session.restore();
    session.expire('/budgets');
    expect(session.token()).toBe('tok');
    expect(cleared).toBe(0);
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('goes to the plain login page when the session expires at home', () => {
    writeSession({ token: 'tok', user });
    api.me.and.returnValue(of(user));
    const session = start();
    session.restore();
    session.expire('/');
    expect(router.navigate).toHaveBeenCalledOnceWith(['/login'], { queryParams: {} });
  });
});

describe('safeReturnUrl', () => {
  it('accepts app paths only', () => {
    expect(safeReturnUrl('/welfare')).toBe('/welfare');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
