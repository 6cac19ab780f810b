import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { hasAnyRole } from '../../../domain/auth.ts';
import { AuthSession } from '../auth/auth-session';
import { rolesOf } from '../nav/nav-items';
import { PendingApprovals } from './pending-approvals';

/** The approvals module: its roles (hr, admin), or a delegate named by an approver; others see "no access". */
export const approvalsGuard: CanActivateFn = (_route, state) => {
  const session = inject(AuthSession);
  const pending = inject(PendingApprovals);
  const router = inject(Router);
  return (async () => {
    await session.whenSettled(() => null);
    const user = session.user();
    if (!user || !session.token())
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (hasAnyRole(user, rolesOf('approvals'))) return true;
    return (await firstValueFrom(pending.checkDelegate()))
      ? true
      : new RedirectCommand(router.parseUrl('/forbidden'), { skipLocationChange: true });
  })();
};
