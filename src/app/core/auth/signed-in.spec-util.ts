import { computed, signal, type Provider } from '@angular/core';
import type { User } from '../../../domain/index.ts';
import { AuthSession } from './auth-session';

/** An AuthSession stand-in for page and service tests: `user` is signed in (set `user` to change). */
export function signedIn(user: User | null, token = 't') {
  const userState = signal(user);
  const tokenState = signal<string | null>(user ? token : null);
  const hooks: (() => void)[] = [];
  return {
    user: userState,
    token: tokenState,
    isLoggedIn: computed(() => !!userState() && !!tokenState()),
    onSignOut: (clear: () => void) => hooks.push(clear),
    logout: () => {
      userState.set(null);
      tokenState.set(null);
      for (const clear of hooks) clear();
    },
  };
}

export function provideSignedIn(user: User | null, token = 't'): Provider {
  return { provide: AuthSession, useValue: signedIn(user, token) };
}
