import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { ApprovalRulesApiActions, ApprovalRulesPageActions } from './approval-rules.actions';
import { ApprovalRulesApi } from './approval-rules-api';

export const loadApprovalRules = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalRulesApi)) => {
    return actions$.pipe(
      ofType(ApprovalRulesPageActions.opened),
      switchMap(() =>
        api.load().pipe(
          map((data) => ApprovalRulesApiActions.loaded({ data })),
          catchError((e: unknown) =>
            of(ApprovalRulesApiActions.loadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveApprovalRules = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalRulesApi)) => {
    return actions$.pipe(
      ofType(ApprovalRulesPageActions.saveRequested),
      exhaustMap(({ command }) =>
        api.save(command).pipe(
          map((rules) => ApprovalRulesApiActions.saved({ rules })),
          catchError((e: unknown) =>
            of(ApprovalRulesApiActions.saveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** After a conflict, the current rules are loaded again (the admin checks them and saves again). */
export const reloadAfterConflict = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalRulesApi)) => {
    return actions$.pipe(
      ofType(ApprovalRulesApiActions.saveFailed),
      filter(({ error }) => error.code === 'VERSION_CONFLICT'),
      switchMap(() =>
        api.load().pipe(
          map((data) => ApprovalRulesApiActions.loaded({ data })),
          catchError((e: unknown) =>
            of(ApprovalRulesApiActions.loadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
