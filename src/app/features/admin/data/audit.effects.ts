import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { downloadText } from '../../../shared/download';
import { AuditApi } from './audit-api';
import { AuditApiActions, AuditPageActions } from './audit.actions';

export const loadAudit = createEffect(
  (actions$ = inject(Actions), api = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(AuditPageActions.queryChanged),
      switchMap(({ filters, pageIndex, pageSize }) =>
        api.list(filters, pageIndex, pageSize).pipe(
          map((page) => AuditApiActions.loaded({ page })),
          catchError((e: unknown) => of(AuditApiActions.loadFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Fetches the CSV with the session's token and hands it to the browser as a file. */
export const downloadAudit = createEffect(
  (actions$ = inject(Actions), api = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(AuditPageActions.csvRequested),
      exhaustMap(({ filters }) =>
        api.csv(filters).pipe(
          tap((text) => downloadText(text, 'audit-log.csv')),
          map(() => AuditApiActions.csvDownloaded()),
          catchError((e: unknown) => of(AuditApiActions.csvFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);
