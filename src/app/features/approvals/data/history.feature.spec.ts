import { ApprovalInboxPageActions, ApprovalsApiActions } from './approvals.actions';
import { historyFeature, initialHistoryState } from './history.feature';
import { task } from './inbox.feature.spec';

const reducer = historyFeature.reducer;

describe('approval history feature', () => {
  it('loads the history page separately from the inbox', () => {
    let s = reducer(
      initialHistoryState,
      ApprovalInboxPageActions.historyPageChanged({ pageIndex: 2, pageSize: 10 }),
    );
    expect(s.loading).toBeTrue();
    s = reducer(
      s,
      ApprovalsApiActions.historyLoaded({
        page: { items: [task('h', { status: 'approved', deciderName: '人力' })], total: 21 },
      }),
    );
    expect(s).toEqual(
      jasmine.objectContaining({ pageIndex: 2, pageSize: 10, total: 21, loading: false }),
    );
    expect(s.items.map((t) => t.id)).toEqual(['h']);
  });
});
