import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom } from 'rxjs';
import type { Role, User } from '../../../domain/index.ts';
import { NAV_ITEMS, rolesOf } from '../nav/nav-items';
import { authGuard, guestGuard, roleGuard } from './auth.guards';
import { initialAuthState, type AuthState } from './auth.state';

const userWith = (...roles: Role[]): User => ({ id: 'u', name: 'n', email: 'e@c1.example', roles, companyId: 'c1', departmentId: 'd' });

describe('guards', () => {
  let store: MockStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { auth: initialAuthState } })],
    });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
  });

  const signIn = (user: User | null, extra: Partial<AuthState> = {}) =>
    store.setState({ auth: { ...initialAuthState, token: user ? 't' : null, user, ...extra } });

  function run(guard: typeof authGuard, url: string): Promise<boolean | UrlTree> {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Observable<boolean | UrlTree>;
    return firstValueFrom(result);
  }

  it('authGuard sends a signed-out visitor to the login page with the return URL', async () => {
    signIn(null);
    const result = await run(authGuard, '/budgets?year=2026');
    expect(router.serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Fbudgets%3Fyear%3D2026');
    expect(await run(authGuard, '/')).toEqual(router.parseUrl('/login'));
  });

  it('authGuard lets a signed-in user in', async () => {
    signIn(userWith('employee'));
    expect(await run(authGuard, '/')).toBeTrue();
  });

  it('authGuard waits until a stored session has been validated', async () => {
    signIn(userWith('hr'), { restoring: true });
    let decided: boolean | UrlTree | undefined;
    void run(authGuard, '/approvals').then((r) => (decided = r));
    await Promise.resolve();
    expect(decided).toBeUndefined();
    signIn(null, { restoring: false });
    await new Promise((r) => setTimeout(r));
    expect(router.serializeUrl(decided as UrlTree)).toBe('/login?returnUrl=%2Fapprovals');
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
    expect(await run(roleGuard('hr', 'admin'), '/approvals')).toEqual(router.parseUrl('/forbidden'));
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
