// The company must keep running after an admin changes a user: someone must still be able to administer it,
// and someone must still be able to decide its open approval tasks. One function, called by every change of a
// user's roles or active state, inside the change's transaction (so two requests at once are checked in turn).
import type { Role } from '../../src/domain/index.ts';
import { openTaskLevelsOnlyDecidableBy } from './approval-service.ts';
import { fail } from './errors.ts';
import { C, type Tx } from './tx.ts';

interface GuardedUser {
  id: string;
  companyId: string;
  roles: readonly Role[];
  active: boolean;
}

/**
 * Refuses (409) a change that would leave the company without an active admin (LAST_ADMIN), or an open
 * approval task without anyone left in its level's approver pool to decide it (LAST_APPROVER). `next` is the
 * user as the change leaves them.
 */
export function assertOrgKeepsRunning(
  tx: Tx,
  user: GuardedUser,
  next: { roles: readonly Role[]; active: boolean },
): void {
  const holds = (u: { roles: readonly Role[]; active: boolean }, role: Role) =>
    u.active && u.roles.includes(role);
  const others = (role: Role) =>
    tx
      .all<GuardedUser>(C.users)
      .some((u) => u.companyId === user.companyId && u.id !== user.id && holds(u, role));
  if (holds(user, 'admin') && !holds(next, 'admin') && !others('admin'))
    fail(
      'LAST_ADMIN',
      'This is the last active administrator of the company: make another user an admin first.',
    );
  if (holds(user, 'hr') && !holds(next, 'hr')) {
    const levels = openTaskLevelsOnlyDecidableBy(tx, user.companyId, user.id);
    if (levels.length)
      fail(
        'LAST_APPROVER',
        `This is the last active hr user who may decide open approval tasks of level ${levels.join(', ')}: give another user the hr role (or that level) first.`,
      );
  }
}
