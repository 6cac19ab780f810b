// The inbox: one page of pending tasks, its filters, the selection and batch decisions.
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Decision } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { ApprovalInboxPageActions, ApprovalsApiActions } from './approvals.actions';
import {
  NO_FILTERS,
  type ApprovalTaskRow,
  type BatchItem,
  type BatchResult,
  type InboxFilters,
} from './approval.model';

export const DEFAULT_PAGE_SIZE = 20;

/** Pending tasks of the current page, in the server's order (newest first). */
export const pendingAdapter = createEntityAdapter<ApprovalTaskRow>();

export interface InboxState extends EntityState<ApprovalTaskRow> {
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
}

export const initialInboxState: InboxState = pendingAdapter.getInitialState({
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
});

function withRequesters(
  requesters: InboxState['requesters'],
  items: readonly ApprovalTaskRow[],
): InboxState['requesters'] {
  const next = { ...requesters };
  for (const t of items)
    next[t.requesterId] = t.requesterNameEn
      ? { name: t.requesterName, nameEn: t.requesterNameEn }
      : { name: t.requesterName };
  return next;
}

function sameFilters(a: InboxFilters, b: InboxFilters): boolean {
  return (
    a.subjectType === b.subjectType &&
    a.amountMinFen === b.amountMinFen &&
    a.amountMaxFen === b.amountMaxFen &&
    a.requesterId === b.requesterId
  );
}

export const inboxFeature = createFeature({
  name: 'approvalInbox',
  reducer: createReducer(
    initialInboxState,
    on(ApprovalInboxPageActions.reloadRequested, (s): InboxState => ({
      ...s,
      loading: true,
      error: null,
    })),
    // another list (filters or page) clears the selection; the same one (a revisit) keeps it
    on(
      ApprovalInboxPageActions.queryChanged,
      (s, { filters, pageIndex, pageSize }): InboxState => ({
        ...s,
        filters,
        pageIndex,
        pageSize,
        loading: true,
        error: null,
        selectedIds:
          sameFilters(s.filters, filters) && s.pageIndex === pageIndex && s.pageSize === pageSize
            ? s.selectedIds
            : [],
      }),
    ),
    on(ApprovalsApiActions.pendingLoaded, (s, { page }): InboxState => {
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
    on(ApprovalsApiActions.pendingLoadFailed, (s, { error }): InboxState => ({
      ...s,
      loading: false,
      error,
    })),
    on(ApprovalInboxPageActions.selectionToggled, (s, { id }): InboxState =>
      s.selectedIds.includes(id)
        ? { ...s, selectedIds: s.selectedIds.filter((x) => x !== id) }
        : s.entities[id]
          ? { ...s, selectedIds: [...s.selectedIds, id] }
          : s,
    ),
    on(ApprovalInboxPageActions.allToggled, (s): InboxState => ({
      ...s,
      selectedIds: s.selectedIds.length === s.ids.length ? [] : [...(s.ids as string[])],
    })),
    on(ApprovalInboxPageActions.selectionCleared, (s): InboxState => ({
      ...s,
      selectedIds: [],
    })),
    on(ApprovalInboxPageActions.batchDecisionRequested, (s, { items, decision }): InboxState => ({
      ...s,
      batchRunning: { decision, count: items.length },
      batchResult: null,
    })),
    on(
      ApprovalsApiActions.batchDecisionCompleted,
      (s, { decision, succeeded, failures }): InboxState => {
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
    on(ApprovalInboxPageActions.batchResultDismissed, (s): InboxState => ({
      ...s,
      batchResult: null,
    })),
    // The history's requesters feed the filter too.
    on(ApprovalsApiActions.historyLoaded, (s, { page }): InboxState => ({
      ...s,
      requesters: withRequesters(s.requesters, page.items),
    })),
    // A task decided on its own screen leaves the inbox.
    on(ApprovalsApiActions.decisionSucceeded, (s, { task }): InboxState =>
      s.entities[task.id]
        ? pendingAdapter.removeOne(task.id, { ...s, total: Math.max(0, s.total - 1) })
        : s,
    ),
  ),
  extraSelectors: ({
    selectApprovalInboxState,
    selectSelectedIds,
    selectEntities,
    selectRequesters,
  }) => {
    const { selectAll } = pendingAdapter.getSelectors(selectApprovalInboxState);
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
