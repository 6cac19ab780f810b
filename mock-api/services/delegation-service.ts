// Delegation of approvals (代理审批) over one store transaction (Tx): an hr approver names an active colleague
// of the same company to decide in their place from `startDate` to `endDate` (China dates, inclusive), sees
// and ends their delegations; the delegate is notified. Who may decide what is `approvalAuthority`
// (approval-service.ts), which reads the delegations active today.
import {
  chinaDate,
  delegationState,
  type Delegation,
  type DelegationState,
  type Role,
} from '../../src/domain/index.ts';
import type { DelegationCommand } from '../../src/domain/schemas.ts';
import { fail } from './errors.ts';
import { delegationNotification, type NotificationRecord } from './notifications.ts';
import { C, newId, requireRole, type Caller, type Tx } from './tx.ts';

export const DELEGATIONS = 'delegations';

export interface DelegationView extends Delegation {
  state: DelegationState;
}

interface UserRow {
  id: string;
  companyId: string;
  name: string;
  nameEn?: string;
  roles: readonly Role[];
  active?: boolean;
}

export const todayOf = (now: string): string => chinaDate(Date.parse(now));

const view = (d: Delegation, today: string): DelegationView => ({
  ...d,
  state: delegationState(d, today),
});

/** The delegations in force today whose delegate is `userId` (their delegators must still be active hr users). */
export function activeDelegationsTo(
  tx: Tx,
  companyId: string,
  userId: string,
  now: string,
): Delegation[] {
  const today = todayOf(now);
  return tx
    .all<Delegation>(DELEGATIONS)
    .filter(
      (d) =>
        d.companyId === companyId &&
        d.delegateId === userId &&
        delegationState(d, today) === 'active',
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether `userId` has been named a delegate by a delegation that is not over (scheduled or active). */
export function isNamedDelegate(tx: Tx, companyId: string, userId: string, now: string): boolean {
  const today = todayOf(now);
  return tx
    .all<Delegation>(DELEGATIONS)
    .some(
      (d) =>
        d.companyId === companyId &&
        d.delegateId === userId &&
        delegationState(d, today) !== 'ended',
    );
}

/** GET /api/delegations: the caller's own delegations (as approver) and those naming them, newest first. */
export function listDelegations(
  tx: Tx,
  caller: Caller,
  now: string,
): { given: DelegationView[]; received: DelegationView[] } {
  const today = todayOf(now);
  const mine = tx
    .all<Delegation>(DELEGATIONS)
    .filter((d) => d.companyId === caller.companyId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return {
    given: mine.filter((d) => d.delegatorId === caller.id).map((d) => view(d, today)),
    received: mine.filter((d) => d.delegateId === caller.id).map((d) => view(d, today)),
  };
}

/**
 * POST /api/delegations (hr). The delegate: an active user of the caller's company (another company's or an
 * unknown id → 404 alike), not the caller. Dates: start ≤ end, start not before today. At most one delegation
 * per approver that is not over (scheduled or active) → else 409 NOT_ALLOWED_IN_STATE; end it first.
 */
export function createDelegation(
  tx: Tx,
  caller: Caller,
  cmd: DelegationCommand,
  now: string,
): DelegationView {
  requireRole(caller, 'hr');
  const today = todayOf(now);
  const delegate = tx.get<UserRow>(C.users, cmd.delegateId);
  if (!delegate || delegate.companyId !== caller.companyId)
    fail('NOT_FOUND', `User ${cmd.delegateId} was not found`);
  const errors: { path: string; message: string }[] = [];
  if (delegate.id === caller.id)
    errors.push({ path: 'delegateId', message: 'You cannot delegate to yourself' });
  else if (delegate.active === false)
    errors.push({ path: 'delegateId', message: 'The delegate is not an active user' });
  if (cmd.startDate < today)
    errors.push({ path: 'startDate', message: `The start may not be before today (${today})` });
  if (cmd.endDate < cmd.startDate)
    errors.push({ path: 'endDate', message: 'The end may not be before the start' });
  if (errors.length) fail('VALIDATION_FAILED', 'The delegation is not valid', errors);
  const open = tx
    .all<Delegation>(DELEGATIONS)
    .find(
      (d) =>
        d.companyId === caller.companyId &&
        d.delegatorId === caller.id &&
        delegationState(d, today) !== 'ended',
    );
  if (open)
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Your delegation ${open.id} (${open.startDate} – ${open.endDate}) is not over; end it first`,
    );
  const delegation: Delegation = {
    id: newId(tx, DELEGATIONS, 'DG', now),
    companyId: caller.companyId,
    delegatorId: caller.id,
    delegatorName: caller.name,
    delegatorNameEn: caller.nameEn ?? caller.name,
    delegateId: delegate.id,
    delegateName: delegate.name,
    delegateNameEn: delegate.nameEn ?? delegate.name,
    startDate: cmd.startDate,
    endDate: cmd.endDate,
    createdAt: now,
    version: 1,
  };
  tx.insert(DELEGATIONS, delegation);
  tx.insert<NotificationRecord>(
    C.notifications,
    delegationNotification({
      id: newId(tx, C.notifications, 'NT', now),
      delegation,
      now,
    }),
  );
  return view(delegation, today);
}

/** POST /api/delegations/:id/end: the approver ends their delegation now (or withdraws a scheduled one). */
export function endDelegation(tx: Tx, caller: Caller, id: string, now: string): DelegationView {
  const d = tx.get<Delegation>(DELEGATIONS, id);
  if (!d || d.companyId !== caller.companyId) fail('NOT_FOUND', `Delegation ${id} was not found`);
  if (d.delegatorId !== caller.id)
    fail('FORBIDDEN', 'Only the approver who named the delegate may end a delegation');
  const today = todayOf(now);
  if (delegationState(d, today) === 'ended')
    fail('NOT_ALLOWED_IN_STATE', `Delegation ${id} is already over`);
  const ended: Delegation = { ...d, endedAt: now, version: d.version + 1 };
  tx.update(DELEGATIONS, ended);
  return view(ended, today);
}
