// The company's own organisation, run by its admin: users (invite, roles, department, deactivate /
// reactivate), departments and cost centers (create, rename, deactivate / reactivate). Each change is one
// store transaction with its audit-log entry (before → after). Rules: emails are unique on the platform
// (case-insensitive), names and codes per company; a department with active users and a cost center with
// open commitments stay active; the company keeps an admin and, while tasks are open, an hr user
// (org-guards.ts). A deactivated user's sessions are revoked in the same transaction.
import {
  BUDGET_CATEGORIES,
  isActiveUnit,
  RECEIVABLE_STATUSES,
  type Budget,
  type CostCenter,
  type Department,
  type Role,
  type UserDetail,
} from '../../src/domain/index.ts';
import type {
  CostCenterCommand,
  CostCenterPatch,
  DepartmentCommand,
  DepartmentPatch,
  InviteUserCommand,
  UserPatch,
} from '../../src/domain/schemas.ts';
import { audit } from './audit.ts';
import { fail } from './errors.ts';
import { assertOrgKeepsRunning } from './org-guards.ts';
import { C, newId, ownRecord, requireRole, type Caller, type Tx } from './tx.ts';

/** A stored user as these services read and write it (the seed's UserRecord). */
export interface OrgUser {
  id: string;
  companyId: string;
  departmentId: string;
  name: string;
  nameEn: string;
  email: string;
  roles: Role[];
  employeeNo: string;
  phone: string;
  active: boolean;
  passwordHash: string | null;
  grantedCostCenterIds: string[];
}

export function userDetail(u: OrgUser): UserDetail {
  return {
    id: u.id,
    name: u.name,
    nameEn: u.nameEn ?? u.name,
    email: u.email,
    roles: [...u.roles],
    companyId: u.companyId,
    departmentId: u.departmentId,
    employeeNo: u.employeeNo ?? '',
    phone: u.phone ?? '',
    active: u.active !== false,
    grantedCostCenterIds: u.grantedCostCenterIds ?? [],
  };
}

const SESSIONS = 'sessions';
const TRIPS = 'trips';
const GRANTS = 'welfareGrants';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function unknown(path: string, what: string, id: string): never {
  fail('VALIDATION_FAILED', `Unknown ${what}`, [{ path, message: `Unknown ${what} ${id}` }]);
}

/** A department of the caller's company that is active (400 on the body's field otherwise). */
function activeDepartment(tx: Tx, caller: Caller, id: string): Department {
  const d = tx.get<Department>(C.departments, id);
  if (!d || d.companyId !== caller.companyId) unknown('departmentId', 'department', id);
  if (!isActiveUnit(d))
    fail('VALIDATION_FAILED', 'Deactivated department', [
      { path: 'departmentId', message: `Department ${id} is deactivated` },
    ]);
  return d;
}

function activeCostCenter(tx: Tx, caller: Caller, id: string): CostCenter {
  const cc = tx.get<CostCenter>(C.costCenters, id);
  if (!cc || cc.companyId !== caller.companyId) unknown('costCenterId', 'cost center', id);
  if (!isActiveUnit(cc))
    fail('VALIDATION_FAILED', 'Deactivated cost center', [
      { path: 'costCenterId', message: `Cost center ${id} is deactivated` },
    ]);
  return cc;
}

// ---- users ----

function nextEmployeeNo(tx: Tx, companyId: string): string {
  const prefix = companyId.toUpperCase();
  let max = 0;
  for (const u of tx.all<OrgUser>(C.users))
    if (u.companyId === companyId && u.employeeNo?.startsWith(prefix)) {
      const n = Number(u.employeeNo.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  return `${prefix}${String(max + 1).padStart(5, '0')}`;
}

/**
 * Admin: a new active user of the company with the given initial password's hash (the password itself is
 * never stored; the route answers it once). 409 EMAIL_TAKEN when any account of the platform has the email.
 */
export function inviteUser(
  tx: Tx,
  caller: Caller,
  cmd: InviteUserCommand,
  passwordHash: string,
  now: string,
): UserDetail {
  requireRole(caller, 'admin');
  const email = cmd.email.trim().toLowerCase();
  if (tx.all<OrgUser>(C.users).some((u) => same(u.email, email)))
    fail('EMAIL_TAKEN', `An account with the email ${email} already exists.`, [
      { path: 'email', message: 'Already in use' },
    ]);
  activeDepartment(tx, caller, cmd.departmentId);
  const user: OrgUser = {
    id: newId(tx, C.users, `u-${caller.companyId}-`, now),
    companyId: caller.companyId,
    departmentId: cmd.departmentId,
    name: cmd.name,
    nameEn: cmd.nameEn ?? cmd.name,
    email,
    roles: [...new Set(cmd.roles)],
    employeeNo: nextEmployeeNo(tx, caller.companyId),
    phone: '',
    active: true,
    passwordHash,
    grantedCostCenterIds: [],
  };
  tx.insert(C.users, user);
  const detail = userDetail(user);
  audit(tx, caller, now, {
    action: 'user.create',
    entityId: user.id,
    entityName: user.name,
    entityNameEn: user.nameEn,
    before: {},
    after: pickUser(detail),
  });
  return detail;
}

const pickUser = (u: UserDetail) => ({
  email: u.email,
  name: u.name,
  nameEn: u.nameEn,
  roles: u.roles,
  departmentId: u.departmentId,
  active: u.active,
});

/** Admin: roles, department, names, active. Deactivating revokes every session of the user at once. */
export function patchUser(
  tx: Tx,
  caller: Caller,
  id: string,
  patch: UserPatch,
  now: string,
): UserDetail {
  requireRole(caller, 'admin');
  const user = ownRecord<OrgUser>(tx, C.users, id, caller, 'User');
  const before = userDetail(user);
  if (patch.departmentId !== undefined && patch.departmentId !== user.departmentId)
    activeDepartment(tx, caller, patch.departmentId);
  const next: OrgUser = {
    ...user,
    name: patch.name ?? user.name,
    nameEn: patch.nameEn ?? user.nameEn,
    roles: patch.roles ? [...new Set(patch.roles)] : user.roles,
    departmentId: patch.departmentId ?? user.departmentId,
    active: patch.active ?? before.active,
  };
  if (next.active && !before.active && !next.passwordHash)
    fail('NOT_ALLOWED_IN_STATE', 'This account has no password: invite the person anew.');
  assertOrgKeepsRunning(tx, { ...user, active: before.active }, next);
  tx.update(C.users, next);
  if (before.active && !next.active)
    for (const s of tx.all<{ id: string; userId: string }>(SESSIONS))
      if (s.userId === user.id) tx.remove(SESSIONS, s.id);
  const after = userDetail(next);
  audit(tx, caller, now, {
    action: 'user.update',
    entityId: user.id,
    entityName: next.name,
    entityNameEn: next.nameEn,
    before: pickUser(before),
    after: pickUser(after),
  });
  return after;
}

// ---- departments ----

function assertUniqueNames(
  others: readonly { id: string; name: string; nameEn: string }[],
  id: string | null,
  names: { name: string; nameEn: string },
): void {
  for (const o of others) {
    if (o.id === id) continue;
    const field = same(o.name, names.name) ? 'name' : same(o.nameEn, names.nameEn) ? 'nameEn' : '';
    if (field)
      fail('NAME_TAKEN', `The name "${names[field]}" is already used in the company.`, [
        { path: field, message: 'Already in use' },
      ]);
  }
}

const companyDepartments = (tx: Tx, caller: Caller) =>
  tx.all<Department>(C.departments).filter((d) => d.companyId === caller.companyId);
const companyCostCenters = (tx: Tx, caller: Caller) =>
  tx.all<CostCenter>(C.costCenters).filter((c) => c.companyId === caller.companyId);

const pickDepartment = (d: Department) => ({
  name: d.name,
  nameEn: d.nameEn,
  costCenterId: d.costCenterId,
  active: isActiveUnit(d),
});

export function createDepartment(
  tx: Tx,
  caller: Caller,
  cmd: DepartmentCommand,
  now: string,
): Department {
  requireRole(caller, 'admin');
  assertUniqueNames(companyDepartments(tx, caller), null, cmd);
  activeCostCenter(tx, caller, cmd.costCenterId);
  const d: Department = {
    id: newId(tx, C.departments, `d-${caller.companyId}-`, now),
    companyId: caller.companyId,
    name: cmd.name,
    nameEn: cmd.nameEn,
    costCenterId: cmd.costCenterId,
    active: true,
  };
  tx.insert(C.departments, d);
  audit(tx, caller, now, {
    action: 'department.create',
    entityId: d.id,
    entityName: d.name,
    entityNameEn: d.nameEn,
    before: {},
    after: pickDepartment(d),
  });
  return d;
}

/** Active users of a department (a department that has some cannot be deactivated). */
export function activeMembers(tx: Tx, departmentId: string): number {
  return tx.all<OrgUser>(C.users).filter((u) => u.departmentId === departmentId && u.active).length;
}

export function patchDepartment(
  tx: Tx,
  caller: Caller,
  id: string,
  patch: DepartmentPatch,
  now: string,
): Department {
  requireRole(caller, 'admin');
  const d = ownRecord<Department>(tx, C.departments, id, caller, 'Department');
  const next: Department = {
    ...d,
    name: patch.name ?? d.name,
    nameEn: patch.nameEn ?? d.nameEn,
    costCenterId: patch.costCenterId ?? d.costCenterId,
    active: patch.active ?? isActiveUnit(d),
  };
  assertUniqueNames(companyDepartments(tx, caller), d.id, next);
  if (patch.costCenterId !== undefined && patch.costCenterId !== d.costCenterId)
    activeCostCenter(tx, caller, patch.costCenterId);
  if (isActiveUnit(d) && !next.active) {
    const members = activeMembers(tx, d.id);
    if (members > 0)
      fail(
        'DEPARTMENT_IN_USE',
        `${members} active user(s) belong to this department: move or deactivate them first.`,
      );
  }
  // A department reactivated on a cost center deactivated meanwhile would charge a closed one.
  if (!isActiveUnit(d) && next.active && patch.costCenterId === undefined)
    activeCostCenter(tx, caller, next.costCenterId);
  tx.update(C.departments, next);
  audit(tx, caller, now, {
    action: 'department.update',
    entityId: d.id,
    entityName: next.name,
    entityNameEn: next.nameEn,
    before: pickDepartment(d),
    after: pickDepartment(next),
  });
  return next;
}

// ---- cost centers ----

const pickCostCenter = (c: CostCenter) => ({
  code: c.code,
  name: c.name,
  nameEn: c.nameEn,
  active: isActiveUnit(c),
});

function assertUniqueCostCenter(tx: Tx, caller: Caller, id: string | null, next: CostCenter) {
  const others = companyCostCenters(tx, caller);
  assertUniqueNames(others, id, next);
  if (others.some((o) => o.id !== id && same(o.code, next.code)))
    fail('NAME_TAKEN', `The code "${next.code}" is already used in the company.`, [
      { path: 'code', message: 'Already in use' },
    ]);
}

/** Admin: a new cost center with an empty budget of each category for the current year. */
export function createCostCenter(
  tx: Tx,
  caller: Caller,
  cmd: CostCenterCommand,
  now: string,
): CostCenter {
  requireRole(caller, 'admin');
  const cc: CostCenter = {
    id: newId(tx, C.costCenters, `cc-${caller.companyId}-`, now),
    companyId: caller.companyId,
    code: cmd.code.toUpperCase(),
    name: cmd.name,
    nameEn: cmd.nameEn,
    active: true,
  };
  assertUniqueCostCenter(tx, caller, null, cc);
  tx.insert(C.costCenters, cc);
  const year = now.slice(0, 4);
  for (const category of BUDGET_CATEGORIES) {
    const budget: Budget = {
      id: `b-${cc.id}-${category}-${year}`,
      companyId: cc.companyId,
      costCenterId: cc.id,
      category,
      period: year,
      amountFen: 0,
      committedFen: 0,
      spentFen: 0,
      availableFen: 0,
      version: 1,
    };
    tx.insert(C.budgets, budget);
  }
  audit(tx, caller, now, {
    action: 'costCenter.create',
    entityId: cc.id,
    entityName: cc.name,
    entityNameEn: cc.nameEn,
    before: {},
    after: pickCostCenter(cc),
  });
  return cc;
}

/** What keeps a cost center in use: committed budget, subjects in flight, active departments charging it. */
export function costCenterCommitments(tx: Tx, cc: CostCenter): string[] {
  const reasons: string[] = [];
  const committed = tx
    .all<Budget>(C.budgets)
    .filter((b) => b.costCenterId === cc.id && b.committedFen > 0)
    .reduce((s, b) => s + b.committedFen, 0);
  if (committed > 0) reasons.push(`${(committed / 100).toFixed(2)} CNY of budget is committed`);
  const open: [string, string, readonly string[]][] = [
    [
      C.orders,
      'order(s) awaiting approval or receipt',
      ['pending_approval', ...RECEIVABLE_STATUSES],
    ],
    [TRIPS, 'trip(s) not closed', ['pending_approval', 'approved']],
    [C.budgetRequests, 'budget request(s) pending', ['pending']],
    [GRANTS, 'welfare grant(s) pending', ['pending_approval']],
  ];
  for (const [collection, what, statuses] of open) {
    const n = tx
      .all<{ costCenterId?: string; status?: string }>(collection)
      .filter((r) => r.costCenterId === cc.id && statuses.includes(r.status ?? '')).length;
    if (n) reasons.push(`${n} ${what}`);
  }
  const depts = tx
    .all<Department>(C.departments)
    .filter((d) => d.costCenterId === cc.id && isActiveUnit(d)).length;
  if (depts) reasons.push(`${depts} active department(s) charge it`);
  return reasons;
}

export function patchCostCenter(
  tx: Tx,
  caller: Caller,
  id: string,
  patch: CostCenterPatch,
  now: string,
): CostCenter {
  requireRole(caller, 'admin');
  const cc = ownRecord<CostCenter>(tx, C.costCenters, id, caller, 'Cost center');
  const next: CostCenter = {
    ...cc,
    code: patch.code?.toUpperCase() ?? cc.code,
    name: patch.name ?? cc.name,
    nameEn: patch.nameEn ?? cc.nameEn,
    active: patch.active ?? isActiveUnit(cc),
  };
  assertUniqueCostCenter(tx, caller, cc.id, next);
  if (isActiveUnit(cc) && !next.active) {
    const reasons = costCenterCommitments(tx, cc);
    if (reasons.length)
      fail('COST_CENTER_IN_USE', `The cost center is still in use: ${reasons.join('; ')}.`);
  }
  tx.update(C.costCenters, next);
  audit(tx, caller, now, {
    action: 'costCenter.update',
    entityId: cc.id,
    entityName: next.name,
    entityNameEn: next.nameEn,
    before: pickCostCenter(cc),
    after: pickCostCenter(next),
  });
  return next;
}
