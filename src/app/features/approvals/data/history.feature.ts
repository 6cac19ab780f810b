// The history tab: decided tasks (approved, rejected, cancelled), one page at a time.
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { ApprovalInboxPageActions, ApprovalsApiActions } from './approvals.actions';
import type { ApprovalTaskRow } from './approval.model';
import { DEFAULT_PAGE_SIZE } from './inbox.feature';

export interface HistoryState {
  items: ApprovalTaskRow[];
  total: number;
  pageIndex: number;
  pageSize: number;
  loading: boolean;
  error: ApiError | null;
}

export const initialHistoryState: HistoryState = {
  items: [],
  total: 0,
  pageIndex: 0,
  pageSize: DEFAULT_PAGE_SIZE,
  loading: false,
  error: null,
};

export const historyFeature = createFeature({
  name: 'approvalHistory',
  reducer: createReducer(
    initialHistoryState,
    on(ApprovalInboxPageActions.historyOpened, (s): HistoryState => ({
      ...s,
      loading: true,
      error: null,
    })),
    on(ApprovalInboxPageActions.historyPageChanged, (s, { pageIndex, pageSize }): HistoryState => ({
      ...s,
      pageIndex,
      pageSize,
      loading: true,
      error: null,
    })),
    on(ApprovalsApiActions.historyLoaded, (s, { page }): HistoryState => ({
      ...s,
      items: page.items,
      total: page.total,
      loading: false,
      error: null,
    })),
    on(ApprovalsApiActions.historyLoadFailed, (s, { error }): HistoryState => ({
      ...s,
      loading: false,
      error,
    })),
  ),
});
