import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { CompanyApiActions, CompanySettingsPageActions } from './admin.actions';

/** The settings form's saving state; the company itself is ReferenceData's. */
export interface AdminState {
  saving: boolean;
  saveError: ApiError | null;
  /** When the settings were last saved in this visit (shows a confirmation). */
  savedAt: number | null;
  /** The same for the invoice details' own form. */
  invoiceSaving: boolean;
  invoiceSaveError: ApiError | null;
  invoiceSavedAt: number | null;
}

export const initialAdminState: AdminState = {
  saving: false,
  saveError: null,
  savedAt: null,
  invoiceSaving: false,
  invoiceSaveError: null,
  invoiceSavedAt: null,
};

export const adminFeature = createFeature({
  name: 'admin',
  reducer: createReducer(
    initialAdminState,
    on(CompanySettingsPageActions.opened, (s): AdminState => ({
      ...s,
      saveError: null,
      savedAt: null,
      invoiceSaveError: null,
      invoiceSavedAt: null,
    })),
    on(CompanySettingsPageActions.invoiceSaveRequested, (s): AdminState => ({
      ...s,
      invoiceSaving: true,
      invoiceSaveError: null,
      invoiceSavedAt: null,
    })),
    on(CompanyApiActions.invoiceSaved, (s, { savedAt }): AdminState => ({
      ...s,
      invoiceSaving: false,
      invoiceSaveError: null,
      invoiceSavedAt: savedAt,
    })),
    on(CompanyApiActions.invoiceSaveFailed, (s, { error }): AdminState => ({
      ...s,
      invoiceSaving: false,
      invoiceSaveError: error,
    })),
    on(CompanySettingsPageActions.saveRequested, (s): AdminState => ({
      ...s,
      saving: true,
      saveError: null,
      savedAt: null,
    })),
    on(CompanyApiActions.settingsSaved, (s, { savedAt }): AdminState => ({
      ...s,
      saving: false,
      saveError: null,
      savedAt,
    })),
    on(CompanyApiActions.settingsSaveFailed, (s, { error }): AdminState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
  ),
});
