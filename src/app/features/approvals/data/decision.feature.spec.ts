import { ApprovalDecisionPageActions, ApprovalsApiActions } from './approvals.actions';
import { decisionFeature, initialDecisionState } from './decision.feature';
import { task } from './inbox.feature.spec';

const reducer = decisionFeature.reducer;

describe('approval decision feature', () => {
  it('a 409 on a decision keeps the error and reloads the task; success confirms it', () => {
    let s = reducer(initialDecisionState, ApprovalDecisionPageActions.opened({ id: 'a' }));
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
    expect(ok.deciding).toBeFalse();
    expect(ok.detailLoading).toBeTrue();
    expect(ok.decided).toEqual({ id: 'a', decision: 'reject' });
  });
});
