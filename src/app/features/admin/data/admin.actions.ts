import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Company, CompanySettings } from '../../../../domain/index.ts';
import type { CompanyInvoiceCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';

export const CompanySettingsPageActions = createActionGroup({
  source: 'Company Settings Page',
  events: {
    Opened: emptyProps(),
    'Save Requested': props<{ patch: Partial<CompanySettings> }>(),
    /** The invoice title and tax number, on the version the form was filled from. */
    'Invoice Save Requested': props<{ command: CompanyInvoiceCommand }>(),
  },
});

export const CompanyApiActions = createActionGroup({
  source: 'Company API',
  events: {
    /** `savedAt`: when the answer came (epoch ms), set by the effect so that the reducer stays pure. */
    'Settings Saved': props<{ company: Company; savedAt: number }>(),
    'Settings Save Failed': props<{ error: ApiError }>(),
    'Invoice Saved': props<{ company: Company; savedAt: number }>(),
    'Invoice Save Failed': props<{ error: ApiError }>(),
  },
});
