import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Company, CompanySettings } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';

export const CompanySettingsPageActions = createActionGroup({
  source: 'Company Settings Page',
  events: {
    Opened: emptyProps(),
    'Save Requested': props<{ patch: Partial<CompanySettings> }>(),
  },
});

export const CompanyApiActions = createActionGroup({
  source: 'Company API',
  events: {
    'Company Loaded': props<{ company: Company }>(),
    'Company Load Failed': props<{ error: ApiError }>(),
    'Settings Saved': props<{ company: Company }>(),
    'Settings Save Failed': props<{ error: ApiError }>(),
  },
});
