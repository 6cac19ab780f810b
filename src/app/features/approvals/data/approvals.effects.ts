import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  exhaustMap,
  filter,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  toArray,
  withLatestFrom,
} from 'rxjs';
import { toApiError, type ApiError } from '../../../core/http/api-error';
import {
  ApprovalDecisionPageActions,
  ApprovalInboxPageActions,
  ApprovalsApiActions,
} from './approvals.actions';
import { historyFeature } from './history.feature';
import { inboxFeature } from './inbox.feature';
import { ApprovalsApi } from './approvals-api';
import { BATCH_CONCURRENCY, type BatchFailure } from './approval.model';
import { PendingApprovals } from '../../../core/layout/pending-approvals';

export const loadPending = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ApprovalsApi)) => {
    return actions$.pipe(
      ofType(
        ApprovalInboxPageActions.queryChanged,
        ApprovalInboxPageActions.reloadRequested,
        ApprovalsApiActions.batchDecisionCompleted,
      ),
      withLatestFrom(store.select(inboxFeature.selectApprovalInboxState)),
      switchMap(([, s]) =>
        api
          .list({
            status: 'pending',
            filters: s.filters,
            pageIndex: s.pageIndex,
            pageSize: s.pageSize,
          })
          .pipe(
            map((page) => ApprovalsApiActions.pendingLoaded({ page })),
            catchError((e: unknown) =>
              of(ApprovalsApiActions.pendingLoadFailed({ error: toApiError(e) })),
            ),
          ),
      ),
    );
  },
  { functional: true },
);

export const loadHistory = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ApprovalsApi)) => {
    return actions$.pipe(
      ofType(ApprovalInboxPageActions.historyOpened, ApprovalInboxPageActions.historyPageChanged),
      withLatestFrom(store.select(historyFeature.selectApprovalHistoryState)),
      switchMap(([, h]) =>
        api
          .list({
            status: 'decided',
            filters: {
              subjectType: null,
              amountMinFen: null,
              amountMaxFen: null,
              requesterId: null,
            },
            pageIndex: h.pageIndex,
            pageSize: h.pageSize,
          })
          .pipe(
            map((page) => ApprovalsApiActions.historyLoaded({ page })),
            catchError((e: unknown) =>
              of(ApprovalsApiActions.historyLoadFailed({ error: toApiError(e) })),
            ),
          ),
      ),
    );
  },
  { functional: true },
);

/** Loads the decision screen, and reloads it after a decision or a 409 so the fresh state is shown. */
export const loadDetail = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalsApi)) => {
    return actions$.pipe(
      ofType(
        ApprovalDecisionPageActions.opened,
        ApprovalsApiActions.decisionSucceeded,
        ApprovalsApiActions.decisionFailed,
      ),
      filter(
        (a) =>
          a.type !== ApprovalsApiActions.decisionFailed.type ||
          (a as { error: ApiError }).error.status === 409,
      ),
      map((a) => ('task' in a ? a.task.id : a.id)),
      switchMap((id) =>
        api.get(id).pipe(
          map((detail) => ApprovalsApiActions.detailLoaded({ detail })),
          catchError((e: unknown) =>
            of(ApprovalsApiActions.detailLoadFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const decide = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalsApi)) => {
    return actions$.pipe(
      ofType(ApprovalDecisionPageActions.decisionSubmitted),
      exhaustMap(({ id, decision, comment, version }) =>
        api.decide(id, { decision, comment, version }).pipe(
          map((task) => ApprovalsApiActions.decisionSucceeded({ task })),
          catchError((e: unknown) =>
            of(ApprovalsApiActions.decisionFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * A batch is one decision per selected task, a few at a time; each answers on its own. The results are
 * collected into one report: which succeeded, which failed and why (the failed ones stay selected).
 */
export const batchDecide = createEffect(
  (actions$ = inject(Actions), api = inject(ApprovalsApi)) => {
    return actions$.pipe(
      ofType(ApprovalInboxPageActions.batchDecisionRequested),
      exhaustMap(({ items, decision, comment }) =>
        from(items).pipe(
          mergeMap(
            (item) =>
              api.decide(item.id, { decision, comment, version: item.version }).pipe(
                map(() => ({ id: item.id, failure: null as BatchFailure | null })),
                catchError((e: unknown) => {
                  const error = toApiError(e);
                  return of({
                    id: item.id,
                    failure: { id: item.id, code: error.code, detail: error.detail },
                  });
                }),
              ),
            BATCH_CONCURRENCY,
          ),
          toArray(),
          map((results) =>
            ApprovalsApiActions.batchDecisionCompleted({
              decision,
              succeeded: results.filter((r) => !r.failure).map((r) => r.id),
              failures: results.flatMap((r) => (r.failure ? [r.failure] : [])),
            }),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The navigation's pending-approvals badge follows decisions made here. */
export const refreshBadge = createEffect(
  (actions$ = inject(Actions), pending = inject(PendingApprovals)) => {
    return actions$.pipe(
      ofType(ApprovalsApiActions.decisionSucceeded, ApprovalsApiActions.batchDecisionCompleted),
      tap(() => pending.refresh()),
    );
  },
  { functional: true, dispatch: false },
);
