import { createFeature, createReducer, on } from '@ngrx/store';
import type { Company } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { CompanyApiActions, CompanySettingsPageActions } from './admin.actions';

export interface AdminState {
  company: Company | null;
  loading: boolean;
  error: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  /** When the settings were last saved in this visit (shows a confirmation). */
  savedAt: number | null;
}

export const initialAdminState: AdminState = {
  company: null,
  loading: false,
  error: null,
  saving: false,
  saveError: null,
  savedAt: null,
};

export const adminFeature = createFeature({
  name: 'admin',
  reducer: createReducer(
    initialAdminState,
    on(CompanySettingsPageActions.opened, (s): AdminState => ({
      ...s,
      loading: true,
      error: null,
      saveError: null,
      savedAt: null,
    })),
    on(CompanyApiActions.companyLoaded, (s, { company }): AdminState => ({
      ...s,
      company,
      loading: false,
      error: null,
    })),
    on(CompanyApiActions.companyLoadFailed, (s, { error }): AdminState => ({
      ...s,
      loading: false,
      error,
    })),
    on(CompanySettingsPageActions.saveRequested, (s): AdminState => ({
      ...s,
      saving: true,
      saveError: null,
      savedAt: null,
    })),
    on(CompanyApiActions.settingsSaved, (s, { company }): AdminState => ({
      ...s,
      company,
      saving: false,
      saveError: null,
      savedAt: Date.now(),
    })),
    on(CompanyApiActions.settingsSaveFailed, (s, { error }): AdminState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
  ),
});
