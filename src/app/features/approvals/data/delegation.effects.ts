import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, debounceTime, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { PendingApprovals } from '../../../core/layout/pending-approvals';
import { DelegationApiActions, DelegationPageActions } from './delegation.actions';
import { DelegationApi } from './delegation-api';

export const loadDelegations = createEffect(
  (actions$ = inject(Actions), api = inject(DelegationApi)) => {
    return actions$.pipe(
      ofType(DelegationPageActions.opened),
      switchMap(() =>
        api.list().pipe(
          map((lists) => DelegationApiActions.loaded({ lists })),
          catchError((e: unknown) => of(DelegationApiActions.loadFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Colleagues matching what the approver types; a newer query cancels an older one. */
export const searchCandidates = createEffect(
  (actions$ = inject(Actions), api = inject(DelegationApi)) => {
    return actions$.pipe(
      ofType(DelegationPageActions.delegateQueryChanged),
      debounceTime(200),
      map(({ query }) => query.trim()),
      filter((query) => query.length > 0),
      switchMap((query) =>
        api.candidates(query).pipe(
          map((candidates) => DelegationApiActions.candidatesLoaded({ candidates })),
          catchError(() => of(DelegationApiActions.candidatesLoaded({ candidates: [] }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createDelegation = createEffect(
  (actions$ = inject(Actions), api = inject(DelegationApi)) => {
    return actions$.pipe(
      ofType(DelegationPageActions.delegationSubmitted),
      exhaustMap(({ command }) =>
        api.create(command).pipe(
          map((delegation) => DelegationApiActions.created({ delegation })),
          catchError((e: unknown) =>
            of(DelegationApiActions.createFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const endDelegation = createEffect(
  (actions$ = inject(Actions), api = inject(DelegationApi)) => {
    return actions$.pipe(
      ofType(DelegationPageActions.endRequested),
      exhaustMap(({ id }) =>
        api.end(id).pipe(
          map((delegation) => DelegationApiActions.ended({ delegation })),
          catchError((e: unknown) => of(DelegationApiActions.endFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The navigation's approvals badge follows a change of the caller's delegations. */
export const refreshBadge = createEffect(
  (actions$ = inject(Actions), pending = inject(PendingApprovals)) => {
    return actions$.pipe(
      ofType(DelegationApiActions.created, DelegationApiActions.ended),
      tap(() => pending.refresh()),
    );
  },
  { functional: true, dispatch: false },
);
