import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, mergeMap, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import {
  CartTemplateActions,
  TemplatePageActions,
  TemplatesApiActions,
  TemplatesPageActions,
} from './templates.actions';
import { TemplatesApi } from './templates-api';

export const loadTemplates = createEffect(
  (actions$ = inject(Actions), api = inject(TemplatesApi)) => {
    return actions$.pipe(
      ofType(TemplatesPageActions.opened),
      switchMap(() =>
        api.list().pipe(
          map((templates) => TemplatesApiActions.listLoaded({ templates })),
          catchError((e: unknown) => of(TemplatesApiActions.listFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(TemplatesApi)) => {
    return actions$.pipe(
      ofType(TemplatePageActions.opened),
      switchMap(({ id }) =>
        api.get(id).pipe(
          map((template) => TemplatesApiActions.detailLoaded({ template })),
          catchError((e: unknown) =>
            of(TemplatesApiActions.detailFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveCartAsTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(TemplatesApi)) => {
    return actions$.pipe(
      ofType(CartTemplateActions.saveAsTemplateRequested),
      exhaustMap(({ name, shared, lines }) =>
        api.create({ name, shared, lines }).pipe(
          map((template) => TemplatesApiActions.saved({ template })),
          catchError((e: unknown) => of(TemplatesApiActions.saveFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const deleteTemplate = createEffect(
  (actions$ = inject(Actions), api = inject(TemplatesApi)) => {
    return actions$.pipe(
      ofType(TemplatesPageActions.deleteConfirmed),
      mergeMap(({ id }) =>
        api.remove(id).pipe(
          map(() => TemplatesApiActions.deleted({ id })),
          catchError((e: unknown) =>
            of(TemplatesApiActions.deleteFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
