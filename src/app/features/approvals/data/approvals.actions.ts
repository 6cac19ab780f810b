import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Decision } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type {
  ApprovalDetail,
  ApprovalTaskRow,
  BatchFailure,
  BatchItem,
  InboxFilters,
} from './approval.model';

export const ApprovalInboxPageActions = createActionGroup({
  source: 'Approval Inbox Page',
  events: {
    /** The URL's filters and page (first visit, reload, back/forward, a filter or page chosen). */
    'Query Changed': props<{ filters: InboxFilters; pageIndex: number; pageSize: number }>(),
    'Reload Requested': emptyProps(),
    'Selection Toggled': props<{ id: string }>(),
    'All Toggled': emptyProps(),
    'Selection Cleared': emptyProps(),
    'Batch Decision Requested': props<{
      items: BatchItem[];
      decision: Decision;
      comment: string;
    }>(),
    'Batch Result Dismissed': emptyProps(),
    'History Opened': emptyProps(),
    'History Page Changed': props<{ pageIndex: number; pageSize: number }>(),
  },
});

export const ApprovalDecisionPageActions = createActionGroup({
  source: 'Approval Decision Page',
  events: {
    Opened: props<{ id: string }>(),
    'Decision Submitted': props<{
      id: string;
      decision: Decision;
      comment: string;
      version: number;
    }>(),
  },
});

export const ApprovalsApiActions = createActionGroup({
  source: 'Approvals API',
  events: {
    'Pending Loaded': props<{ page: PageOf<ApprovalTaskRow> }>(),
    'Pending Load Failed': props<{ error: ApiError }>(),
    'History Loaded': props<{ page: PageOf<ApprovalTaskRow> }>(),
    'History Load Failed': props<{ error: ApiError }>(),
    'Detail Loaded': props<{ detail: ApprovalDetail }>(),
    'Detail Load Failed': props<{ id: string; error: ApiError }>(),
    'Decision Succeeded': props<{ task: ApprovalTaskRow }>(),
    'Decision Failed': props<{ id: string; error: ApiError }>(),
    'Batch Decision Completed': props<{
      decision: Decision;
      succeeded: string[];
      failures: BatchFailure[];
    }>(),
  },
});
