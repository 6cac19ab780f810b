import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Observable, Subject } from 'rxjs';
import type { User } from '../../../domain/index.ts';
import { AuthSession, type SessionEvent } from './auth-session';
import * as effects from './auth.effects';
import { AuthActions } from './auth.state';

const user: User = {
  id: 'u1',
  name: '李婷',
  email: 'hr@c1.example',
  roles: ['hr'],
  companyId: 'c1',
  departmentId: 'd1',
};

describe('auth effects (the shell store follows the AuthSession)', () => {
  let actions$: Subject<Action>;
  let sessionEvents: Subject<SessionEvent>;
  let session: { events: Observable<SessionEvent>; logout: jasmine.Spy };

  beforeEach(() => {
    actions$ = new Subject<Action>();
    sessionEvents = new Subject<SessionEvent>();
    session = { events: sessionEvents, logout: jasmine.createSpy('logout') };
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        { provide: AuthSession, useValue: session },
      ],
    });
  });

  function collect(effect: () => Observable<unknown>): unknown[] {
    const out: unknown[] = [];
    TestBed.runInInjectionContext(effect).subscribe((a) => out.push(a));
    return out;
  }

  it('mirrors sign-in, logout and expiry of the session into the store', () => {
    const out = collect(effects.followSession$);
    sessionEvents.next({ type: 'signedIn', token: 'tok', user });
    sessionEvents.next({ type: 'signedOut' });
    sessionEvents.next({ type: 'expired', returnUrl: '/procurement/cart' });
    expect(out).toEqual([
      AuthActions.loginSucceeded({ token: 'tok', user }),
      AuthActions.loggedOut(),
      AuthActions.sessionExpired({ returnUrl: '/procurement/cart' }),
    ]);
  });

  it('logs out through the session when the shell asks', () => {
    collect(effects.logout$);
    actions$.next(AuthActions.loggedOut());
    expect(session.logout).not.toHaveBeenCalled();
    actions$.next(AuthActions.logoutRequested());
    expect(session.logout).toHaveBeenCalledTimes(1);
  });
});
