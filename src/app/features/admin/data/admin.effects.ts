import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { CompanyApiActions, CompanySettingsPageActions } from './admin.actions';
import { CompanyApi } from './company-api';

export const loadCompany = createEffect(
  (actions$ = inject(Actions), api = inject(CompanyApi)) => {
    return actions$.pipe(
      ofType(CompanySettingsPageActions.opened),
      switchMap(() =>
        api.current().pipe(
          map((company) => CompanyApiActions.companyLoaded({ company })),
          catchError((e: unknown) =>
            of(CompanyApiActions.companyLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveSettings = createEffect(
  (actions$ = inject(Actions), api = inject(CompanyApi)) => {
    return actions$.pipe(
      ofType(CompanySettingsPageActions.saveRequested),
      exhaustMap(({ patch }) =>
        api.patchSettings(patch).pipe(
          map((company) => CompanyApiActions.settingsSaved({ company })),
          catchError((e: unknown) =>
            of(CompanyApiActions.settingsSaveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A 409 means the settings changed meanwhile: fetch the current ones (the form shows them with the message). */
export const reloadAfterConflict = createEffect(
  (actions$ = inject(Actions), api = inject(CompanyApi)) => {
    return actions$.pipe(
      ofType(CompanyApiActions.settingsSaveFailed),
      filter(({ error }) => error.status === 409),
      switchMap(() =>
        api.current().pipe(
          map((company) => CompanyApiActions.companyLoaded({ company })),
          catchError((e: unknown) =>
            of(CompanyApiActions.companyLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
