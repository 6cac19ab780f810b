import type { TravelPolicyRules } from '../../../../domain/index.ts';
import { policyFeature, initialPolicyState } from '../data/policy.feature';
import { TravelPolicyApiActions, TravelPolicyPageActions } from '../data/travel.actions';
import { rulesOf } from '../data/travel-api';
import { formToRules, policyToForm } from './travel-policy-page';

const rules: TravelPolicyRules = {
  flightCabin: 'economy',
  maxFarePercent: 70,
  lowestLogicalFare: { windowMinutes: 120, toleranceFen: 20_000, tolerancePercent: 10 },
  trainSeat: 'second',
  hotelCapFenByTier: { '1': 60_000, '2': 50_000, '3': 40_000, '4': 30_000 },
  advanceBookingDays: 3,
};

describe('travel policy editor', () => {
  it('round-trips the rules through the form (yuan in the form, fen in the API)', () => {
    const form = policyToForm(rules);
    expect(form.cap1).toBe(600);
    expect(form.toleranceYuan).toBe(200);
    expect(formToRules(form)).toEqual(rules);
  });

  it('an empty discount cap means no limit; the lowest-fare rule can be switched off', () => {
    const out = formToRules({ ...policyToForm(rules), maxFarePercent: null, llfOn: false });
    expect(out.maxFarePercent).toBeNull();
    expect(out.lowestLogicalFare).toBeNull();
  });

  it('sends only the rule fields (the API bodies are closed)', () => {
    const policy = { ...rules, id: 'tp1', name: 'x', version: 2, updatedAt: 'now' };
    expect(Object.keys(rulesOf(policy)).sort()).toEqual(Object.keys(rules).sort());
  });

  it('keeps the saved policy with its new version and shows a conflict', () => {
    const reduce = policyFeature.reducer;
    let s = reduce(initialPolicyState, TravelPolicyPageActions.saved({ policy: {} as never }));
    expect(s.saving).toBeTrue();
    s = reduce(
      s,
      TravelPolicyApiActions.saveSucceeded({ policy: { id: 'tp1', version: 3 } as never }),
    );
    expect([s.saving, s.saved, s.policy?.version]).toEqual([false, true, 3]);
    s = reduce(
      s,
      TravelPolicyApiActions.saveFailed({
        error: { status: 409, code: 'VERSION_CONFLICT', detail: '' },
      }),
    );
    expect(s.saveError?.code).toBe('VERSION_CONFLICT');
  });
});

describe('choosing the policy to edit', () => {
  const policy = (id: string, version = 1) => ({ id, version }) as never;
  const reduce = policyFeature.reducer;

  it('edits the policy of the URL, else the first; a missing one is none', () => {
    const loaded = TravelPolicyApiActions.loaded({
      policies: [policy('standard'), policy('senior')],
    });
    let s = reduce(initialPolicyState, TravelPolicyPageActions.opened({ policyId: null }));
    s = reduce(s, loaded);
    expect(s.policy?.id).toBe('standard');
    s = reduce(s, TravelPolicyPageActions.opened({ policyId: 'senior' }));
    expect(s.policy?.id).toBe('senior');
    s = reduce(s, TravelPolicyPageActions.opened({ policyId: 'gone' }));
    s = reduce(s, loaded);
    expect(s.policy).toBeNull();
  });

  it('a saved policy replaces its old version in the list', () => {
    let s = reduce(
      initialPolicyState,
      TravelPolicyApiActions.loaded({ policies: [policy('a'), policy('b')] }),
    );
    s = reduce(s, TravelPolicyApiActions.saveSucceeded({ policy: policy('b', 2) }));
    expect(s.policies.map((p) => p.version)).toEqual([1, 2]);
  });
});
