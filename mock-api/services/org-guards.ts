// The company must keep running after an admin changes a user: someone must still be able to administer it,
// and someone must still be able to decide its open approval tasks. One function, called by every change of a
// user's roles or active state, inside the change's transaction (so two requests at once are checked in turn).
import type { ApprovalTask, Role } from '../../src/domain/index.ts';
import { fail } from './errors.ts';
import { C, type Tx } from './tx.ts';

interface GuardedUser {
  id: string;
  companyId: string;
  roles: readonly Role[];
  active: boolean;
}

const OPEN_TASK = new Set(['pending', 'waiting']);

/** Open approval tasks of the company (decided by hr users). */
export function openApprovalTaskCount(tx: Tx, companyId: string): number {
  return tx
    .all<ApprovalTask>(C.approvals)
    .filter((t) => t.companyId === companyId && OPEN_TASK.has(t.status)).length;
}

/**
 * Refuses (409) a change that would leave the company without an active admin (LAST_ADMIN), or without an
 * active hr user while it has open approval tasks (LAST_APPROVER). `next` is the user as the change leaves them.
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
  if (holds(user, 'hr') && !holds(next, 'hr') && !others('hr')) {
    const open = openApprovalTaskCount(tx, user.companyId);
    if (open > 0)
      fail(
        'LAST_APPROVER',
        `This is the last active hr user and the company has ${open} open approval task(s): give another user the hr role first.`,
      );
  }
}
