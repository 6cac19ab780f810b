import type { ApprovalTaskRow } from './approval.model';
import {
  ApprovalDecisionPageActions,
  ApprovalInboxPageActions,
  ApprovalsApiActions,
} from './approvals.actions';
import { approvalsFeature, initialApprovalsState, type ApprovalsState } from './approvals.feature';

export function task(id: string, over: Partial<ApprovalTaskRow> = {}): ApprovalTaskRow {
  return {
    id,
    companyId: 'c1',
    subjectType: 'order',
    subjectId: `o-${id}`,
    amountFen: 100_000,
    requesterId: 'u-buyer',
    requesterName: '采购员',
    level: 1,
    levels: 1,
    status: 'pending',
    version: 1,
    createdAt: '2026-03-01T10:00:00Z',
    summary: { title: `订单 ${id}`, titleEn: `Order ${id}` },
    ...over,
  };
}

const reducer = approvalsFeature.reducer;

function loaded(
  items: ApprovalTaskRow[],
  total = items.length,
  base: ApprovalsState = initialApprovalsState,
): ApprovalsState {
  return reducer(base, ApprovalsApiActions.pendingLoaded({ page: { items, total } }));
}

describe('approvals feature', () => {
  it('keeps the server order of a loaded page, its total and the requesters seen', () => {
    const s = loaded([task('t3', { requesterId: 'u2', requesterName: '李四' }), task('t1')], 42);
    expect(approvalsFeature.selectPendingTasks.projector(s).map((t) => t.id)).toEqual(['t3', 't1']);
    expect(s.total).toBe(42);
    expect(s.loading).toBeFalse();
    // Chinese names in pinyin order (cǎi before lǐ), whatever the browser's own locale.
    expect(approvalsFeature.selectRequesterOptions.projector(s.requesters)).toEqual([
      { id: 'u-buyer', name: '采购员' },
      { id: 'u2', name: '李四' },
    ]);
  });

  it('resets to the first page and clears the selection when filters change', () => {
    let s = loaded([task('a'), task('b')]);
    s = reducer({ ...s, pageIndex: 3 }, ApprovalInboxPageActions.selectionToggled({ id: 'a' }));
    expect(s.selectedIds).toEqual(['a']);
    s = reducer(
      s,
      ApprovalInboxPageActions.filtersChanged({
        filters: {
          subjectType: 'budgetRequest',
          amountMinFen: 100,
          amountMaxFen: null,
          requesterId: null,
        },
      }),
    );
    expect(s.pageIndex).toBe(0);
    expect(s.selectedIds).toEqual([]);
    expect(s.loading).toBeTrue();
    expect(s.filters.subjectType).toBe('budgetRequest');
  });

  it('toggles one task, all tasks, and ignores ids that are not on the page', () => {
    let s = loaded([task('a'), task('b')]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'zzz' }));
    expect(s.selectedIds).toEqual([]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'b' }));
    expect(
      approvalsFeature.selectAllSelected.projector(
        s.selectedIds,
        approvalsFeature.selectPendingTasks.projector(s),
      ),
    ).toBeFalse();
    s = reducer(s, ApprovalInboxPageActions.allToggled());
    expect(s.selectedIds).toEqual(['a', 'b']);
    s = reducer(s, ApprovalInboxPageActions.allToggled());
    expect(s.selectedIds).toEqual([]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'a' }));
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'a' }));
    expect(s.selectedIds).toEqual([]);
  });

  it('builds batch items from the selection with the versions the user saw', () => {
    const s = reducer(
      loaded([task('a', { version: 4 }), task('b', { version: 7 })]),
      ApprovalInboxPageActions.selectionToggled({ id: 'b' }),
    );
    expect(approvalsFeature.selectBatchItems.projector(s.selectedIds, s.entities)).toEqual([
      { id: 'b', version: 7 },
    ]);
    expect(
      approvalsFeature.selectSelectedTasks.projector(s.selectedIds, s.entities).map((t) => t.id),
    ).toEqual(['b']);
  });

  it('after a batch removes the decided tasks and keeps only the failed ones selected, also across the reload', () => {
    let s = loaded([task('a'), task('b'), task('c'), task('d')], 10);
    for (const id of ['a', 'b', 'c'])
      s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id }));
    s = reducer(
      s,
      ApprovalInboxPageActions.batchDecisionRequested({
        items: [],
        decision: 'approve',
        comment: '',
      }),
    );
    expect(s.batchRunning).toEqual({ decision: 'approve', count: 0 });
    s = reducer(
      s,
      ApprovalsApiActions.batchDecisionCompleted({
        decision: 'approve',
        succeeded: ['a', 'c'],
        failures: [{ id: 'b', code: 'VERSION_CONFLICT', detail: 'stale' }],
      }),
    );
    expect(s.ids).toEqual(['b', 'd']);
    expect(s.total).toBe(8);
    expect(s.selectedIds).toEqual(['b']);
    expect(s.batchRunning).toBeNull();
    expect(s.batchResult?.failures.map((f) => f.id)).toEqual(['b']);
    // the reload brings b back with a fresh version: it stays selected
    s = loaded([task('b', { version: 2 }), task('d')], 8, s);
    expect(s.selectedIds).toEqual(['b']);
    expect(approvalsFeature.selectBatchItems.projector(s.selectedIds, s.entities)).toEqual([
      { id: 'b', version: 2 },
    ]);
    // …and is dropped from the selection once it is no longer pending
    s = loaded([task('d')], 7, s);
    expect(s.selectedIds).toEqual([]);
  });

  it('records a load failure', () => {
    const s = reducer(
      { ...initialApprovalsState, loading: true },
      ApprovalsApiActions.pendingLoadFailed({ error: { status: 0, code: 'NETWORK', detail: 'x' } }),
    );
    expect(s.loading).toBeFalse();
    expect(s.error?.code).toBe('NETWORK');
  });

  it('a 409 on a decision keeps the error and reloads the task; success removes it from the inbox', () => {
    let s = loaded([task('a'), task('b')]);
    s = reducer(s, ApprovalDecisionPageActions.opened({ id: 'a' }));
    s = reducer(
      s,
      ApprovalsApiActions.detailLoaded({
        detail: {
          ...task('a'),
          subject: null,
          requester: { id: 'u', name: 'n' },
          budget: null,
          rule: { code: 'approvalThreshold' },
          history: [],
        },
      }),
    );
    s = reducer(
      s,
      ApprovalDecisionPageActions.decisionSubmitted({
        id: 'a',
        decision: 'approve',
        comment: '',
        version: 1,
      }),
    );
    expect(s.deciding).toBeTrue();
    const conflict = reducer(
      s,
      ApprovalsApiActions.decisionFailed({
        id: 'a',
        error: { status: 409, code: 'ALREADY_DECIDED', detail: 'done' },
      }),
    );
    expect(conflict.deciding).toBeFalse();
    expect(conflict.decisionError?.code).toBe('ALREADY_DECIDED');
    expect(conflict.detailLoading).toBeTrue();
    const forbidden = reducer(
      s,
      ApprovalsApiActions.decisionFailed({
        id: 'a',
        error: { status: 403, code: 'FORBIDDEN', detail: 'own' },
      }),
    );
    expect(forbidden.detailLoading).toBeFalse();
    const ok = reducer(
      s,
      ApprovalsApiActions.decisionSucceeded({
        task: task('a', { status: 'rejected', version: 2 }),
      }),
    );
    expect(ok.ids).toEqual(['b']);
    expect(ok.decided).toEqual({ id: 'a', decision: 'reject' });
  });

  it('loads the history page separately from the inbox', () => {
    let s = reducer(
      initialApprovalsState,
      ApprovalInboxPageActions.historyPageChanged({ pageIndex: 2, pageSize: 10 }),
    );
    expect(s.history.loading).toBeTrue();
    s = reducer(
      s,
      ApprovalsApiActions.historyLoaded({
        page: { items: [task('h', { status: 'approved', deciderName: '人力' })], total: 21 },
      }),
    );
    expect(s.history).toEqual(
      jasmine.objectContaining({ pageIndex: 2, pageSize: 10, total: 21, loading: false }),
    );
    expect(s.ids).toEqual([]);
  });
});
