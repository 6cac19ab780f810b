import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { TravelPolicyApiActions, TravelPolicyPageActions } from './travel.actions';
import type { PolicyPreview, TravelPolicy } from './travel.model';

/** The admin's travel policy editor: the policy, its saving, and the preview of a sample trip. */
export interface PolicyState {
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

export const policyFeature = createFeature({
  name: 'travelPolicy',
  reducer: createReducer(
    initialPolicyState,
    on(TravelPolicyPageActions.opened, (s): PolicyState => ({
      ...s,
      loading: true,
      loadError: null,
      saveError: null,
      saved: false,
    })),
    on(TravelPolicyApiActions.loaded, (s, { policy }): PolicyState => ({
      ...s,
      policy,
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
