import type { Invitation, UserDetail } from '../../../../domain/index.ts';
import { OrgApiActions, OrganisationPageActions, UsersPageActions } from './org.actions';
import { initialOrgState, orgFeature, type OrgState } from './org.feature';

export function userDetail(id: string, over: Partial<UserDetail> = {}): UserDetail {
  return {
    id,
    name: `用户${id}`,
    nameEn: `User ${id}`,
    email: `${id}@c1.example`,
    roles: ['employee'],
    companyId: 'c1',
    departmentId: 'd1',
    employeeNo: 'C100001',
    phone: '',
    active: true,
    grantedCostCenterIds: [],
    ...over,
  };
}

const reduce = (s: OrgState, ...actions: Parameters<typeof orgFeature.reducer>[1][]) =>
  actions.reduce((acc, a) => orgFeature.reducer(acc, a), s);

describe('orgFeature', () => {
  const filters = { q: null, role: null, status: null };

  it('keeps the invitation (with its password) until dismissed, the new user first in the list', () => {
    const invitation: Invitation = { user: userDetail('new'), initialPassword: 'Abc234defGHJ' };
    let s = reduce(
      initialOrgState,
      UsersPageActions.queryChanged({ filters, pageIndex: 0, pageSize: 20 }),
      OrgApiActions.usersLoaded({ page: { items: [userDetail('u1')], total: 1 } }),
      UsersPageActions.inviteSubmitted({
        command: { email: 'new@c1.example', name: 'N', roles: ['buyer'], departmentId: 'd1' },
      }),
    );
    expect(s.saving).toBeTrue();
    s = reduce(s, OrgApiActions.invited({ invitation }));
    expect(s.invitation).toEqual(invitation);
    expect(s.users.map((u) => u.id)).toEqual(['new', 'u1']);
    expect(s.total).toBe(2);
    expect(s.savedCount).toBe(1);
    s = reduce(s, UsersPageActions.invitationDismissed());
    expect(s.invitation).toBeNull();
  });

  it('a refusal says what it was about; a saved change replaces the record', () => {
    let s = reduce(
      { ...initialOrgState, users: [userDetail('u1'), userDetail('u2')] },
      UsersPageActions.userChangeSubmitted({ id: 'u1', patch: { active: false } }),
      OrgApiActions.saveFailed({
        subject: 'u1',
        error: { status: 409, code: 'LAST_ADMIN', detail: 'last admin' },
      }),
    );
    expect(s.saving).toBeFalse();
    expect(s.saveError?.subject).toBe('u1');
    expect(s.users[0].active).toBeTrue();
    s = reduce(
      s,
      UsersPageActions.userChangeSubmitted({ id: 'u2', patch: { active: false } }),
      OrgApiActions.userSaved({ user: userDetail('u2', { active: false }) }),
    );
    expect(s.saveError).toBeNull();
    expect(s.users.map((u) => u.active)).toEqual([true, false]);
  });

  it('adds a created department and replaces a changed one', () => {
    const d = {
      id: 'd1',
      companyId: 'c1',
      name: '采购部',
      nameEn: 'Purchasing',
      costCenterId: 'cc1',
    };
    let s = reduce(
      initialOrgState,
      OrganisationPageActions.opened(),
      OrgApiActions.unitsLoaded({ departments: [d], costCenters: [] }),
    );
    expect(s.unitsLoading).toBeFalse();
    s = reduce(
      s,
      OrgApiActions.departmentSaved({ department: { ...d, id: 'd2', name: '质量部' } }),
      OrgApiActions.departmentSaved({ department: { ...d, active: false } }),
    );
    expect(s.departments.map((x) => [x.id, x.active ?? true])).toEqual([
      ['d1', false],
      ['d2', true],
    ]);
  });
});
