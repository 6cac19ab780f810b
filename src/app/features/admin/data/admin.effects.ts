import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, tap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { CompanyApiActions, CompanySettingsPageActions } from './admin.actions';
import { CompanyApi } from './company-api';

/**
 * The company itself is ReferenceData's (the page reads it there): fetched fresh when the page opens
 * and after a 409 (the settings changed meanwhile; the form then shows the current ones).
 */
export const reloadCompany = createEffect(
  (actions$ = inject(Actions), reference = inject(ReferenceData)) => {
    return actions$.pipe(
      ofType(
        CompanySettingsPageActions.opened,
        CompanyApiActions.settingsSaveFailed,
        CompanyApiActions.invoiceSaveFailed,
      ),
      filter((action) => !('error' in action) || action.error.status === 409),
      tap(() => reference.reloadCompany()),
    );
  },
  { functional: true, dispatch: false },
);

export const saveSettings = createEffect(
  (actions$ = inject(Actions), api = inject(CompanyApi)) => {
    return actions$.pipe(
      ofType(CompanySettingsPageActions.saveRequested),
      exhaustMap(({ patch }) =>
        api.patchSettings(patch).pipe(
          map((company) => CompanyApiActions.settingsSaved({ company, savedAt: Date.now() })),
          catchError((e: unknown) =>
            of(CompanyApiActions.settingsSaveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveInvoice = createEffect(
  (actions$ = inject(Actions), api = inject(CompanyApi)) => {
    return actions$.pipe(
      ofType(CompanySettingsPageActions.invoiceSaveRequested),
      exhaustMap(({ command }) =>
        api.putInvoice(command).pipe(
          map((company) => CompanyApiActions.invoiceSaved({ company, savedAt: Date.now() })),
          catchError((e: unknown) =>
            of(CompanyApiActions.invoiceSaveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Saved settings are the company's from now on: the home page's point value follows at once. */
export const shareSavedCompany = createEffect(
  (actions$ = inject(Actions), reference = inject(ReferenceData)) => {
    return actions$.pipe(
      ofType(CompanyApiActions.settingsSaved, CompanyApiActions.invoiceSaved),
      tap(({ company }) => reference.companyChanged(company)),
    );
  },
  { functional: true, dispatch: false },
);
