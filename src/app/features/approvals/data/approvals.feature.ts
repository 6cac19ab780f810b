import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Decision } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import {
  ApprovalDecisionPageActions,
  ApprovalInboxPageActions,
  ApprovalsApiActions,
} from './approvals.actions';
import {
  NO_FILTERS,
  type ApprovalDetail,
  type ApprovalTaskRow,
  type BatchItem,
  type BatchResult,
  type InboxFilters,
} from './approval.model';

export const DEFAULT_PAGE_SIZE = 20;

/** Pending tasks of the current page, in the server's order (newest first). */
export const pendingAdapter = createEntityAdapter<ApprovalTaskRow>();

export interface ApprovalsState extends EntityState<ApprovalTaskRow> {
  filters: InboxFilters;
  pageIndex: number;
  pageSize: number;
  total: number;
  loading: boolean;
  error: ApiError | null;
  /** Selected pending tasks (of the current page). */
  selectedIds: string[];
  batchRunning: { decision: Decision; count: number } | null;
  batchResult: BatchResult | null;
  /** Requester id → name (and English name), from every task seen (feeds the requester filter). */
  requesters: Record<string, { name: string; nameEn?: string }>;
  history: {
    items: ApprovalTaskRow[];
    total: number;
    pageIndex: number;
    pageSize: number;
    loading: boolean;
    error: ApiError | null;
  };
  detail: ApprovalDetail | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  deciding: boolean;
  decisionError: ApiError | null;
  /** Cost center id → names, for the budget on the decision screen. */
  /** The last decision of this screen that succeeded (shows a confirmation). */
  decided: { id: string; decision: Decision } | null;
}

export const initialApprovalsState: ApprovalsState = pendingAdapter.getInitialState({
  filters: NO_FILTERS,
  pageIndex: 0,
  pageSize: DEFAULT_PAGE_SIZE,
  total: 0,
  loading: false,
  error: null,
  selectedIds: [],
  batchRunning: null,
  batchResult: null,
  requesters: {},
  history: {
    items: [],
    total: 0,
    pageIndex: 0,
    pageSize: DEFAULT_PAGE_SIZE,
    loading: false,
    error: null,
  },
  detail: null,
  detailLoading: false,
  detailError: null,
  deciding: false,
  decisionError: null,
  decided: null,
});

function withRequesters(
  requesters: ApprovalsState['requesters'],
  items: readonly ApprovalTaskRow[],
): ApprovalsState['requesters'] {
  const next = { ...requesters };
  for (const t of items)
    next[t.requesterId] = t.requesterNameEn
      ? { name: t.requesterName, nameEn: t.requesterNameEn }
      : { name: t.requesterName };
  return next;
}

export const approvalsFeature = createFeature({
  name: 'approvals',
  reducer: createReducer(
    initialApprovalsState,
    on(
      ApprovalInboxPageActions.opened,
      ApprovalInboxPageActions.reloadRequested,
      (s): ApprovalsState => ({
        ...s,
        loading: true,
        error: null,
      }),
    ),
    on(ApprovalInboxPageActions.filtersChanged, (s, { filters }): ApprovalsState => ({
      ...s,
      filters,
      pageIndex: 0,
      loading: true,
      error: null,
      selectedIds: [],
    })),
    on(ApprovalInboxPageActions.pageChanged, (s, { pageIndex, pageSize }): ApprovalsState => ({
      ...s,
      pageIndex,
      pageSize,
      loading: true,
      error: null,
      selectedIds: [],
    })),
    on(ApprovalsApiActions.pendingLoaded, (s, { page }): ApprovalsState => {
      const ids = new Set(page.items.map((t) => t.id));
      return pendingAdapter.setAll(page.items, {
        ...s,
        total: page.total,
        loading: false,
        error: null,
        // a reload keeps the selection of the tasks that are still pending (e.g. the failed ones of a batch)
        selectedIds: s.selectedIds.filter((id) => ids.has(id)),
        requesters: withRequesters(s.requesters, page.items),
      });
    }),
    on(ApprovalsApiActions.pendingLoadFailed, (s, { error }): ApprovalsState => ({
      ...s,
      loading: false,
      error,
    })),
    on(ApprovalInboxPageActions.selectionToggled, (s, { id }): ApprovalsState =>
      s.selectedIds.includes(id)
        ? { ...s, selectedIds: s.selectedIds.filter((x) => x !== id) }
        : s.entities[id]
          ? { ...s, selectedIds: [...s.selectedIds, id] }
          : s,
    ),
    on(ApprovalInboxPageActions.allToggled, (s): ApprovalsState => ({
      ...s,
      selectedIds: s.selectedIds.length === s.ids.length ? [] : [...(s.ids as string[])],
    })),
    on(ApprovalInboxPageActions.selectionCleared, (s): ApprovalsState => ({
      ...s,
      selectedIds: [],
    })),
    on(
      ApprovalInboxPageActions.batchDecisionRequested,
      (s, { items, decision }): ApprovalsState => ({
        ...s,
        batchRunning: { decision, count: items.length },
        batchResult: null,
      }),
    ),
    on(
      ApprovalsApiActions.batchDecisionCompleted,
      (s, { decision, succeeded, failures }): ApprovalsState => {
        const failed = new Set(failures.map((f) => f.id));
        return pendingAdapter.removeMany(succeeded, {
          ...s,
          total: Math.max(0, s.total - succeeded.length),
          batchRunning: null,
          batchResult: { decision, succeeded, failures },
          selectedIds: s.selectedIds.filter((id) => failed.has(id)),
          loading: true,
        });
      },
    ),
    on(ApprovalInboxPageActions.batchResultDismissed, (s): ApprovalsState => ({
      ...s,
      batchResult: null,
    })),
    on(ApprovalInboxPageActions.historyOpened, (s): ApprovalsState => ({
      ...s,
      history: { ...s.history, loading: true, error: null },
    })),
    on(
      ApprovalInboxPageActions.historyPageChanged,
      (s, { pageIndex, pageSize }): ApprovalsState => ({
        ...s,
        history: { ...s.history, pageIndex, pageSize, loading: true, error: null },
      }),
    ),
    on(ApprovalsApiActions.historyLoaded, (s, { page }): ApprovalsState => ({
      ...s,
      history: { ...s.history, items: page.items, total: page.total, loading: false, error: null },
      requesters: withRequesters(s.requesters, page.items),
    })),
    on(ApprovalsApiActions.historyLoadFailed, (s, { error }): ApprovalsState => ({
      ...s,
      history: { ...s.history, loading: false, error },
    })),
    on(ApprovalDecisionPageActions.opened, (s, { id }): ApprovalsState => ({
      ...s,
      detail: s.detail?.id === id ? s.detail : null,
      detailLoading: true,
      detailError: null,
      decisionError: null,
      decided: null,
    })),
    on(ApprovalsApiActions.detailLoaded, (s, { detail }): ApprovalsState => ({
      ...s,
      detail,
      detailLoading: false,
      detailError: null,
    })),
    on(ApprovalsApiActions.detailLoadFailed, (s, { error }): ApprovalsState => ({
      ...s,
      detailLoading: false,
      detailError: error,
    })),
    on(ApprovalDecisionPageActions.decisionSubmitted, (s): ApprovalsState => ({
      ...s,
      deciding: true,
      decisionError: null,
      decided: null,
    })),
    on(ApprovalsApiActions.decisionSucceeded, (s, { task }): ApprovalsState => {
      const decided = {
        id: task.id,
        decision: (task.status === 'rejected' ? 'reject' : 'approve') as Decision,
      };
      const next = {
        ...s,
        deciding: false,
        decisionError: null,
        decided,
        detailLoading: true,
        total: s.entities[task.id] ? Math.max(0, s.total - 1) : s.total,
      };
      return pendingAdapter.removeOne(task.id, next);
    }),
    // a 409 reloads the task (detailLoading) so the fresh state is shown next to the explanation
    on(ApprovalsApiActions.decisionFailed, (s, { error }): ApprovalsState => ({
      ...s,
      deciding: false,
      decisionError: error,
      detailLoading: error.status === 409 ? true : s.detailLoading,
    })),
  ),
  extraSelectors: ({
    selectApprovalsState,
    selectSelectedIds,
    selectEntities,
    selectRequesters,
  }) => {
    const { selectAll } = pendingAdapter.getSelectors(selectApprovalsState);
    return {
      selectPendingTasks: selectAll,
      selectSelectedTasks: createSelector(selectSelectedIds, selectEntities, (ids, entities) =>
        ids.map((id) => entities[id]).filter((t): t is ApprovalTaskRow => !!t),
      ),
      selectBatchItems: createSelector(
        selectSelectedIds,
        selectEntities,
        (ids, entities): BatchItem[] =>
          ids.flatMap((id) => (entities[id] ? [{ id, version: entities[id].version }] : [])),
      ),
      selectAllSelected: createSelector(
        selectSelectedIds,
        selectAll,
        (ids, all) => all.length > 0 && ids.length === all.length,
      ),
      selectRequesterOptions: createSelector(selectRequesters, (r) =>
        Object.entries(r)
          .map(([id, n]) => ({ id, ...n }))
          // Chinese names in pinyin order, not in the browser locale's (code point) order.
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      ),
    };
  },
});
