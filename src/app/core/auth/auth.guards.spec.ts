import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  RedirectCommand,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { Subject, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import type { Role, User } from '../../../domain/index.ts';
import { NAV_ITEMS, rolesOf } from '../nav/nav-items';
import { AuthApi } from './auth-api';
import { AuthSession } from './auth-session';
import { authGuard, guestGuard, roleGuard } from './auth.guards';
import { writeSession } from './auth.storage';

const userWith = (...roles: Role[]): User => ({
  id: 'u',
  name: 'n',
  email: 'e@c1.example',
  roles,
  companyId: 'c1',
  departmentId: 'd',
});

describe('guards', () => {
  let api: jasmine.SpyObj<AuthApi>;
  let router: Router;

  beforeEach(() => {
    localStorage.removeItem('portal.auth');
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['login', 'logout', 'me']);
    api.logout.and.returnValue(of(undefined));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthApi, useValue: api }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    spyOn(router, 'navigate').and.resolveTo(true);
  });

  afterEach(() => localStorage.removeItem('portal.auth'));

  /** Signs `user` in through the session (or out, for null). */
  const signIn = (user: User | null) => {
    const session = TestBed.inject(AuthSession);
    if (user) {
      api.login.and.returnValue(of({ token: 't', user }));
      session.login(user.email, 'x', null);
    } else if (session.isLoggedIn()) {
      session.logout();
    }
  };

  async function run(
    guard: typeof authGuard,
    url: string,
  ): Promise<boolean | UrlTree | RedirectCommand> {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
    return (await result) as boolean | UrlTree | RedirectCommand;
  }

  it('authGuard sends a signed-out visitor to the login page with the return URL', async () => {
    signIn(null);
    const result = await run(authGuard, '/budgets?year=2026');
    expect(router.serializeUrl(result as UrlTree)).toBe(
      '/login?returnUrl=%2Fbudgets%3Fyear%3D2026',
    );
    expect(await run(authGuard, '/')).toEqual(router.parseUrl('/login'));
  });

  it('authGuard lets a signed-in user in', async () => {
    signIn(userWith('employee'));
    expect(await run(authGuard, '/')).toBeTrue();
  });

  it('authGuard waits until a stored session has been validated', async () => {
    writeSession({ token: 't', user: userWith('hr') });
    const me = new Subject<User>();
    api.me.and.returnValue(me);
    TestBed.inject(AuthSession).restore();
    let decided: boolean | UrlTree | RedirectCommand | undefined;
    void run(authGuard, '/approvals').then((r) => (decided = r));
    await Promise.resolve();
    expect(decided).toBeUndefined();
    me.error(new HttpErrorResponse({ status: 401 }));
    await new Promise((r) => setTimeout(r));
    expect(router.serializeUrl(decided as UrlTree)).toBe('/login?returnUrl=%2Fapprovals');
  });

  it('authGuard lets a restored session in once /me accepted it', async () => {
    writeSession({ token: 't', user: userWith('hr') });
    api.me.and.returnValue(of(userWith('hr')));
    TestBed.inject(AuthSession).restore();
    expect(await run(authGuard, '/approvals')).toBeTrue();
  });

  it('guestGuard waits too, and lets a visitor whose stored session failed see the login page', async () => {
    writeSession({ token: 't', user: userWith('hr') });
    api.me.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403 })));
    const session = TestBed.inject(AuthSession);
    const decision = run(guestGuard, '/login');
    session.restore();
    expect(await decision).toBeTrue();
  });

  it('guestGuard sends a signed-in user home and lets others see the login page', async () => {
    signIn(userWith('buyer'));
    expect(await run(guestGuard, '/login')).toEqual(router.parseUrl('/'));
    signIn(null);
    expect(await run(guestGuard, '/login')).toBeTrue();
  });

  it('roleGuard allows the listed roles and shows "no access" to others', async () => {
    signIn(userWith('buyer'));
    expect(await run(roleGuard('buyer', 'admin'), '/procurement')).toBeTrue();
    const refused = await run(roleGuard('hr', 'admin'), '/approvals');
    expect(refused).toEqual(
      new RedirectCommand(router.parseUrl('/forbidden'), { skipLocationChange: true }),
    );
  });

  it('roleGuard with the NAV_ITEMS roles lets each demo role into exactly its modules', async () => {
    const expected: Record<Role, string[]> = {
      buyer: ['home', 'procurement', 'welfare', 'travel', 'budgets'],
      employee: ['home', 'welfare', 'travel'],
      hr: ['home', 'welfare', 'travel', 'approvals', 'budgets'],
      admin: ['home', 'procurement', 'welfare', 'travel', 'approvals', 'budgets', 'admin'],
    };
    for (const role of Object.keys(expected) as Role[]) {
      signIn(userWith(role));
      const allowed: string[] = [];
      for (const item of NAV_ITEMS) {
        if ((await run(roleGuard(...rolesOf(item.id)), item.path)) === true) allowed.push(item.id);
      }
      expect(allowed).withContext(role).toEqual(expected[role]);
    }
  });
});
