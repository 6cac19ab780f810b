import { DelegationApiActions, DelegationPageActions } from './delegation.actions';
import type { DelegationView } from './delegation-api';
import { delegationFeature, initialDelegationState } from './delegation.feature';

const reduce = delegationFeature.reducer;

export function delegation(id: string, over: Partial<DelegationView> = {}): DelegationView {
  return {
    id,
    companyId: 'c1',
    delegatorId: 'u-hr',
    delegatorName: '林晓雯',
    delegatorNameEn: 'Lin Xiaowen',
    delegateId: 'u-emp',
    delegateName: '陈静',
    delegateNameEn: 'Chen Jing',
    startDate: '2026-06-15',
    endDate: '2026-06-20',
    createdAt: '2026-06-15T01:00:00Z',
    version: 1,
    state: 'active',
    ...over,
  };
}

describe('delegation feature', () => {
  it('loads both lists, and a new or ended delegation replaces its row', () => {
    let s = reduce(initialDelegationState, DelegationPageActions.opened());
    expect(s.loading).toBeTrue();
    s = reduce(
      s,
      DelegationApiActions.loaded({
        lists: { given: [delegation('D0', { state: 'ended' })], received: [] },
      }),
    );
    expect(s.loading).toBeFalse();
    s = reduce(
      s,
      DelegationPageActions.delegationSubmitted({
        command: { delegateId: 'u-emp', startDate: '2026-06-15', endDate: '2026-06-20' },
      }),
    );
    expect(s.saving).toBeTrue();
    s = reduce(s, DelegationApiActions.created({ delegation: delegation('D1') }));
    expect(s.given.map((d) => d.id)).toEqual(['D1', 'D0']);
    expect([s.saving, s.saved]).toEqual([false, 'created']);
    s = reduce(
      s,
      DelegationApiActions.ended({ delegation: delegation('D1', { state: 'ended', version: 2 }) }),
    );
    expect(s.given.map((d) => [d.id, d.state])).toEqual([
      ['D1', 'ended'],
      ['D0', 'ended'],
    ]);
    expect(s.saved).toBe('ended');
  });

  it('keeps the failure of a change for the form, and forgets it when the page opens again', () => {
    const error = { status: 409, code: 'NOT_ALLOWED_IN_STATE', detail: 'not over' };
    let s = reduce(initialDelegationState, DelegationApiActions.createFailed({ error }));
    expect([s.saving, s.saveError]).toEqual([false, error]);
    s = reduce(s, DelegationPageActions.opened());
    expect(s.saveError).toBeNull();
  });
});
