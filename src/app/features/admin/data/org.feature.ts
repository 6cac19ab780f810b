import { createFeature, createReducer, on } from '@ngrx/store';
import type { CostCenter, Department, Invitation, UserDetail } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { OrgApiActions, OrganisationPageActions, UsersPageActions } from './org.actions';

/** The admin's organisation pages: a page of users, the departments and cost centers, the last command. */
export interface OrgState {
  users: UserDetail[];
  total: number;
  loading: boolean;
  error: ApiError | null;
  departments: Department[];
  costCenters: CostCenter[];
  unitsLoading: boolean;
  unitsError: ApiError | null;
  saving: boolean;
  /** What the last refused command was about, and why. */
  saveError: { subject: string; error: ApiError } | null;
  /** Bumped on every saved command (forms close on it). */
  savedCount: number;
  /** The last invitation, with its initial password, until the admin dismisses it. */
  invitation: Invitation | null;
}

export const initialOrgState: OrgState = {
  users: [],
  total: 0,
  loading: false,
  error: null,
  departments: [],
  costCenters: [],
  unitsLoading: false,
  unitsError: null,
  saving: false,
  saveError: null,
  savedCount: 0,
  invitation: null,
};

const upsert = <T extends { id: string }>(list: T[], item: T): T[] =>
  list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item];

const submitting = (s: OrgState): OrgState => ({ ...s, saving: true, saveError: null });
const saved = (s: OrgState): OrgState => ({ ...s, saving: false, savedCount: s.savedCount + 1 });

export const orgFeature = createFeature({
  name: 'adminOrg',
  reducer: createReducer(
    initialOrgState,
    on(UsersPageActions.queryChanged, (s): OrgState => ({ ...s, loading: true, error: null })),
    on(OrgApiActions.usersLoaded, (s, { page }): OrgState => ({
      ...s,
      users: page.items,
      total: page.total,
      loading: false,
    })),
    on(OrgApiActions.usersLoadFailed, (s, { error }): OrgState => ({
      ...s,
      loading: false,
      error,
    })),
    on(OrganisationPageActions.opened, UsersPageActions.opened, (s): OrgState => ({
      ...s,
      unitsLoading: true,
      unitsError: null,
    })),
    on(OrgApiActions.unitsLoaded, (s, { departments, costCenters }): OrgState => ({
      ...s,
      departments,
      costCenters,
      unitsLoading: false,
    })),
    on(OrgApiActions.unitsLoadFailed, (s, { error }): OrgState => ({
      ...s,
      unitsLoading: false,
      unitsError: error,
    })),
    on(
      UsersPageActions.inviteSubmitted,
      UsersPageActions.userChangeSubmitted,
      OrganisationPageActions.departmentCreated,
      OrganisationPageActions.departmentChanged,
      OrganisationPageActions.costCenterCreated,
      OrganisationPageActions.costCenterChanged,
      submitting,
    ),
    on(OrgApiActions.invited, (s, { invitation }): OrgState => ({
      ...saved(s),
      invitation,
      users: [invitation.user, ...s.users.filter((u) => u.id !== invitation.user.id)],
      total: s.total + 1,
    })),
    on(UsersPageActions.invitationDismissed, (s): OrgState => ({ ...s, invitation: null })),
    on(OrgApiActions.userSaved, (s, { user }): OrgState => ({
      ...saved(s),
      users: s.users.map((u) => (u.id === user.id ? user : u)),
    })),
    on(OrgApiActions.departmentSaved, (s, { department }): OrgState => ({
      ...saved(s),
      departments: upsert(s.departments, department),
    })),
    on(OrgApiActions.costCenterSaved, (s, { costCenter }): OrgState => ({
      ...saved(s),
      costCenters: upsert(s.costCenters, costCenter),
    })),
    on(OrgApiActions.saveFailed, (s, { subject, error }): OrgState => ({
      ...s,
      saving: false,
      saveError: { subject, error },
    })),
  ),
});
