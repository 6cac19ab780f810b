import type { ApprovalTaskRow } from './approval.model';
import { ApprovalInboxPageActions, ApprovalsApiActions } from './approvals.actions';
import { inboxFeature, initialInboxState, type InboxState } from './inbox.feature';

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

const reducer = inboxFeature.reducer;

function loaded(
  items: ApprovalTaskRow[],
  total = items.length,
  base: InboxState = initialInboxState,
): InboxState {
  return reducer(base, ApprovalsApiActions.pendingLoaded({ page: { items, total } }));
}

describe('approval inbox feature', () => {
  it('keeps the server order of a loaded page, its total and the requesters seen', () => {
    const s = loaded([task('t3', { requesterId: 'u2', requesterName: '李四' }), task('t1')], 42);
    expect(inboxFeature.selectPendingTasks.projector(s).map((t) => t.id)).toEqual(['t3', 't1']);
    expect(s.total).toBe(42);
    expect(s.loading).toBeFalse();
    // Chinese names in pinyin order (cǎi before lǐ), whatever the browser's own locale.
    expect(inboxFeature.selectRequesterOptions.projector(s.requesters)).toEqual([
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
      ApprovalInboxPageActions.queryChanged({
        filters: {
          subjectType: 'budgetRequest',
          amountMinFen: 100,
          amountMaxFen: null,
          requesterId: null,
        },
        pageIndex: 0,
        pageSize: 20,
      }),
    );
    expect(s.pageIndex).toBe(0);
    expect(s.selectedIds).toEqual([]);
    expect(s.loading).toBeTrue();
    expect(s.filters.subjectType).toBe('budgetRequest');
  });

  it('a revisit of the same list keeps the selection', () => {
    let s = loaded([task('a'), task('b')]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'a' }));
    s = reducer(
      s,
      ApprovalInboxPageActions.queryChanged({
        filters: s.filters,
        pageIndex: s.pageIndex,
        pageSize: s.pageSize,
      }),
    );
    expect(s.selectedIds).toEqual(['a']);
    s = reducer(
      s,
      ApprovalInboxPageActions.queryChanged({ filters: s.filters, pageIndex: 1, pageSize: 20 }),
    );
    expect(s.selectedIds).toEqual([]);
  });

  it('toggles one task, all tasks, and ignores ids that are not on the page', () => {
    let s = loaded([task('a'), task('b')]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'zzz' }));
    expect(s.selectedIds).toEqual([]);
    s = reducer(s, ApprovalInboxPageActions.selectionToggled({ id: 'b' }));
    expect(
      inboxFeature.selectAllSelected.projector(
        s.selectedIds,
        inboxFeature.selectPendingTasks.projector(s),
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
    expect(inboxFeature.selectBatchItems.projector(s.selectedIds, s.entities)).toEqual([
      { id: 'b', version: 7 },
    ]);
    expect(
      inboxFeature.selectSelectedTasks.projector(s.selectedIds, s.entities).map((t) => t.id),
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
    expect(inboxFeature.selectBatchItems.projector(s.selectedIds, s.entities)).toEqual([
      { id: 'b', version: 2 },
    ]);
    // …and is dropped from the selection once it is no longer pending
    s = loaded([task('d')], 7, s);
    expect(s.selectedIds).toEqual([]);
  });

  it('records a load failure', () => {
    const s = reducer(
      { ...initialInboxState, loading: true },
      ApprovalsApiActions.pendingLoadFailed({ error: { status: 0, code: 'NETWORK', detail: 'x' } }),
    );
    expect(s.loading).toBeFalse();
    expect(s.error?.code).toBe('NETWORK');
  });

  it('drops a task decided on its own screen and counts one less', () => {
    const s = reducer(
      loaded([task('a'), task('b')], 9),
      ApprovalsApiActions.decisionSucceeded({
        task: task('a', { status: 'approved', version: 2 }),
      }),
    );
    expect(s.ids).toEqual(['b']);
    expect(s.total).toBe(8);
  });

  it('learns requesters from the history too', () => {
    const s = reducer(
      initialInboxState,
      ApprovalsApiActions.historyLoaded({
        page: { items: [task('h', { requesterId: 'u9', requesterName: '赵六' })], total: 1 },
      }),
    );
    expect(s.requesters['u9']).toEqual({ name: '赵六' });
    expect(s.ids).toEqual([]);
  });
});
