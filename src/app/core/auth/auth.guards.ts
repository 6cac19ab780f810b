import { inject } from '@angular/core';
import {
  CanActivateFn,
  CanMatchFn,
  RedirectCommand,
  Router,
  type UrlSegment,
} from '@angular/router';
import { hasAnyRole, type Role } from '../../../domain/auth.ts';
import { AuthSession } from './auth-session';

// The guards read the AuthSession (not the store, which lives in the shell) and decide only once a
// stored session has been validated (never on a stale one).

function requireUser(targetUrl: string) {
  const router = inject(Router);
  const session = inject(AuthSession);
  return session.whenSettled(() =>
    session.isLoggedIn()
      ? true
      : router.createUrlTree(['/login'], {
          queryParams: targetUrl && targetUrl !== '/' ? { returnUrl: targetUrl } : {},
        }),
  );
}

/** Signed-in users only; others go to /login?returnUrl=<where they wanted to go>. */
export const authGuard: CanActivateFn = (_route, state) => requireUser(state.url);

/**
 * The same as a `canMatch` guard, so that the shell's code is not even downloaded for a signed-out
 * visitor. The return URL is the navigation's full target (with its query), or else the segments.
 */
export const authMatchGuard: CanMatchFn = (_route, segments: UrlSegment[]) => {
  const target = inject(Router).currentNavigation()?.extractedUrl.toString();
  return requireUser(target ?? `/${segments.map((s) => s.path).join('/')}`);
};

/** The login page is for signed-out users; a signed-in user goes home. */
export const guestGuard: CanActivateFn = () => {
  const router = inject(Router);
  const session = inject(AuthSession);
  return session.whenSettled(() => (session.isLoggedIn() ? router.createUrlTree(['/']) : true));
};

/**
 * Users with at least one of `roles`; others see the "no access" page (and signed-out users the
 * login page). Use with the roles of `NAV_ITEMS` so that navigation and guards agree.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const router = inject(Router);
    const session = inject(AuthSession);
    return session.whenSettled(() => {
      const user = session.user();
      if (!user || !session.token())
        return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
      // The address bar keeps the URL the user asked for (to copy into a request for access).
      return hasAnyRole(user, roles)
        ? true
        : new RedirectCommand(router.parseUrl('/forbidden'), { skipLocationChange: true });
    });
  };
}
