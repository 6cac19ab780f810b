// 代理审批: the caller's delegations (given as approver, received as delegate), the form naming a delegate.
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { DelegationApiActions, DelegationPageActions } from './delegation.actions';
import type { DelegateCandidate, DelegationView } from './delegation-api';

export interface DelegationState {
  given: DelegationView[];
  received: DelegationView[];
  loading: boolean;
  loadError: ApiError | null;
  candidates: DelegateCandidate[];
  saving: boolean;
  saveError: ApiError | null;
  /** The last change that succeeded (shows a confirmation). */
  saved: 'created' | 'ended' | null;
}

export const initialDelegationState: DelegationState = {
  given: [],
  received: [],
  loading: false,
  loadError: null,
  candidates: [],
  saving: false,
  saveError: null,
  saved: null,
};

const upsert = (list: DelegationView[], d: DelegationView) =>
  list.some((x) => x.id === d.id) ? list.map((x) => (x.id === d.id ? d : x)) : [d, ...list];

export const delegationFeature = createFeature({
  name: 'approvalDelegation',
  reducer: createReducer(
    initialDelegationState,
    on(DelegationPageActions.opened, (s): DelegationState => ({
      ...s,
      loading: true,
      loadError: null,
      saveError: null,
      saved: null,
    })),
    on(DelegationApiActions.loaded, (s, { lists }): DelegationState => ({
      ...s,
      ...lists,
      loading: false,
    })),
    on(DelegationApiActions.loadFailed, (s, { error }): DelegationState => ({
      ...s,
      loading: false,
      loadError: error,
    })),
    on(DelegationApiActions.candidatesLoaded, (s, { candidates }): DelegationState => ({
      ...s,
      candidates,
    })),
    on(
      DelegationPageActions.delegationSubmitted,
      DelegationPageActions.endRequested,
      (s): DelegationState => ({ ...s, saving: true, saveError: null, saved: null }),
    ),
    on(DelegationApiActions.created, (s, { delegation }): DelegationState => ({
      ...s,
      given: upsert(s.given, delegation),
      saving: false,
      saved: 'created',
    })),
    on(DelegationApiActions.ended, (s, { delegation }): DelegationState => ({
      ...s,
      given: upsert(s.given, delegation),
      saving: false,
      saved: 'ended',
    })),
    on(
      DelegationApiActions.createFailed,
      DelegationApiActions.endFailed,
      (s, { error }): DelegationState => ({ ...s, saving: false, saveError: error }),
    ),
  ),
});
