import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { TravelPolicyApiActions, TravelPolicyPageActions } from './travel.actions';
import type { PolicyPreview, TravelPolicy } from './travel.model';

/** The admin's travel policy editor: the company's policies, the one edited, its saving, and the preview of a sample trip. */
export interface PolicyState {
  policies: TravelPolicy[];
  /** The policy asked for (`?policy=`); null: the first. */
  policyId: string | null;
  policy: TravelPolicy | null;
  loading: boolean;
  loadError: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  saved: boolean;
  preview: PolicyPreview | null;
  previewLoading: boolean;
  previewError: ApiError | null;
}

export const initialPolicyState: PolicyState = {
  policies: [],
  policyId: null,
  policy: null,
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  saved: false,
  preview: null,
  previewLoading: false,
  previewError: null,
};

/** The policy of the URL, else the first (a missing id shows none: the page says so). */
function chosen(policies: TravelPolicy[], id: string | null): TravelPolicy | null {
  return (id ? policies.find((p) => p.id === id) : policies[0]) ?? null;
}

export const policyFeature = createFeature({
  name: 'travelPolicy',
  reducer: createReducer(
    initialPolicyState,
    on(TravelPolicyPageActions.opened, (s, { policyId }): PolicyState => ({
      ...s,
      policyId,
      policy: chosen(s.policies, policyId),
      preview: s.policyId === policyId ? s.preview : null,
      loading: true,
      loadError: null,
      saveError: null,
      saved: false,
    })),
    on(TravelPolicyApiActions.loaded, (s, { policies }): PolicyState => ({
      ...s,
      policies,
      policy: chosen(policies, s.policyId),
      loading: false,
    })),
    on(TravelPolicyApiActions.loadFailed, (s, { error }): PolicyState => ({
      ...s,
      loading: false,
      loadError: error,
    })),
    on(TravelPolicyPageActions.saved, (s): PolicyState => ({
      ...s,
      saving: true,
      saveError: null,
      saved: false,
    })),
    on(TravelPolicyApiActions.saveSucceeded, (s, { policy }): PolicyState => ({
      ...s,
      policies: s.policies.map((p) => (p.id === policy.id ? policy : p)),
      policy,
      saving: false,
      saved: true,
    })),
    on(TravelPolicyApiActions.saveFailed, (s, { error }): PolicyState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
    on(TravelPolicyPageActions.previewRequested, (s): PolicyState => ({
      ...s,
      previewLoading: true,
      previewError: null,
    })),
    on(TravelPolicyApiActions.previewLoaded, (s, { preview }): PolicyState => ({
      ...s,
      preview,
      previewLoading: false,
    })),
    on(TravelPolicyApiActions.previewFailed, (s, { error }): PolicyState => ({
      ...s,
      preview: null,
      previewLoading: false,
      previewError: error,
    })),
  ),
});
