import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { CostCenter, Department, Invitation, UserDetail } from '../../../../domain/index.ts';
import type {
  CostCenterCommand,
  CostCenterPatch,
  DepartmentCommand,
  DepartmentPatch,
  InviteUserCommand,
  UserPatch,
} from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type { UserFilters } from './org-api';

export const UsersPageActions = createActionGroup({
  source: 'Users Page',
  events: {
    /** Departments and cost centers, for names and choices. */
    Opened: emptyProps(),
    /** The page's URL: filters and page. */
    'Query Changed': props<{ filters: UserFilters; pageIndex: number; pageSize: number }>(),
    'Invite Submitted': props<{ command: InviteUserCommand }>(),
    /** The admin noted the initial password: it is forgotten. */
    'Invitation Dismissed': emptyProps(),
    'User Change Submitted': props<{
      id: string;
      patch: UserPatch;
      /** The extra cost centers, when they changed too. */
      grantedCostCenterIds?: string[];
    }>(),
  },
});

export const OrganisationPageActions = createActionGroup({
  source: 'Organisation Page',
  events: {
    Opened: emptyProps(),
    'Department Created': props<{ command: DepartmentCommand }>(),
    'Department Changed': props<{ id: string; patch: DepartmentPatch }>(),
    'Cost Center Created': props<{ command: CostCenterCommand }>(),
    'Cost Center Changed': props<{ id: string; patch: CostCenterPatch }>(),
  },
});

export const OrgApiActions = createActionGroup({
  source: 'Organisation API',
  events: {
    'Users Loaded': props<{ page: PageOf<UserDetail> }>(),
    'Users Load Failed': props<{ error: ApiError }>(),
    'Units Loaded': props<{ departments: Department[]; costCenters: CostCenter[] }>(),
    'Units Load Failed': props<{ error: ApiError }>(),
    Invited: props<{ invitation: Invitation }>(),
    'User Saved': props<{ user: UserDetail }>(),
    'Department Saved': props<{ department: Department }>(),
    'Cost Center Saved': props<{ costCenter: CostCenter }>(),
    /** A command was refused; `subject` names what it was about (a user, department or cost center id, or 'new'). */
    'Save Failed': props<{ subject: string; error: ApiError }>(),
  },
});
