import { EnvironmentInjector, createEnvironmentInjector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Store } from '@ngrx/store';
import { Subject, firstValueFrom } from 'rxjs';
import type { User } from '../../../domain/index.ts';
import { AuthSession, type SessionEvent } from '../auth/auth-session';
import { AuthActions, authFeature } from '../auth/auth.state';
import { Shell } from './shell';
import { shellRoutes } from './shell.routes';

const user: User = {
  id: 'u1',
  name: '王志强',
  email: 'buyer@c1.example',
  roles: ['buyer'],
  companyId: 'c1',
  departmentId: 'd1',
};

describe('shellRoutes', () => {
  let events: Subject<SessionEvent>;
  let session: {
    token: ReturnType<typeof signal<string | null>>;
    user: ReturnType<typeof signal<User | null>>;
    events: Subject<SessionEvent>;
    logout: jasmine.Spy;
  };

  beforeEach(() => {
    events = new Subject<SessionEvent>();
    session = {
      token: signal<string | null>('tok'),
      user: signal<User | null>(user),
      events,
      logout: jasmine.createSpy('logout'),
    };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthSession, useValue: session }],
    });
  });

  /** The shell route's environment injector, as the router creates it. */
  function shellInjector(): EnvironmentInjector {
    const [route] = shellRoutes([]);
    expect(route.component).toBe(Shell);
    return createEnvironmentInjector(route.providers!, TestBed.inject(EnvironmentInjector));
  }

  const authOf = (store: Store) => firstValueFrom(store.select(authFeature.selectAuthState));

  it('provides the store there (not at the root), its auth state taken from the session', async () => {
    expect(TestBed.inject(Store, null)).toBeNull();
    const store = shellInjector().get(Store);
    expect(await authOf(store)).toEqual({ token: 'tok', user });
  });

  it('keeps the store in step with the session, and logs out through it', async () => {
    const store = shellInjector().get(Store);
    events.next({ type: 'expired', returnUrl: '/budgets' });
    expect(await authOf(store)).toEqual({ token: null, user: null });
    events.next({ type: 'signedIn', token: 't2', user: { ...user, roles: ['hr'] } });
    expect(await authOf(store)).toEqual({ token: 't2', user: { ...user, roles: ['hr'] } });
    store.dispatch(AuthActions.logoutRequested());
    expect(session.logout).toHaveBeenCalledTimes(1);
    events.next({ type: 'signedOut' });
    expect(await authOf(store)).toEqual({ token: null, user: null });
  });
});
