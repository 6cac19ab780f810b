import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { Store, createAction, createFeature, createReducer, on, provideState } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import type { User } from '../../../domain/index.ts';
import { AuthSession } from '../auth/auth-session';
import { provideSignedIn } from '../auth/signed-in.spec-util';
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

const counted = createAction('[Test] Counted');
const counterFeature = createFeature({
  name: 'counter',
  reducer: createReducer(
    { count: 0 },
    on(counted, (s): { count: number } => ({ count: s.count + 1 })),
  ),
});

describe('shellRoutes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideSignedIn(user)] });
  });

  /** The shell route's environment injector, as the router creates it. */
  async function shellInjector(): Promise<EnvironmentInjector> {
    const [route] = await shellRoutes([]);
    expect(route.component).toBe(Shell);
    return createEnvironmentInjector(route.providers!, TestBed.inject(EnvironmentInjector));
  }

  it('provides the store and the effects there, not at the root', async () => {
    expect(TestBed.inject(Store, null)).toBeNull();
    const injector = await shellInjector();
    expect(injector.get(Store)).toBeTruthy();
    expect(injector.get(Actions)).toBeTruthy();
  });

  it('empties every feature of the store when the user signs out', async () => {
    const shell = await shellInjector();
    const feature = createEnvironmentInjector([provideState(counterFeature)], shell);
    const store = feature.get(Store);
    store.dispatch(counted());
    store.dispatch(counted());
    expect(await firstValueFrom(store.select(counterFeature.selectCount))).toBe(2);
    TestBed.inject(AuthSession).logout();
    expect(await firstValueFrom(store.select(counterFeature.selectCount))).toBe(0);
  });
});
