import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, mergeMap, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import {
  BudgetDetailPageActions,
  BudgetListPageActions,
  BudgetRequestPageActions,
  BudgetsApiActions,
  MyRequestsPageActions,
} from './budgets.actions';
import { budgetsFeature } from './budgets.feature';
import { BudgetsApi } from './budgets-api';
import { BudgetRequestsApi } from './budget-requests-api';
import { NotificationsApi } from '../../../core/notifications/notifications-api';

export const loadBudgets = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetsApi)) => {
    return actions$.pipe(
      ofType(
        BudgetListPageActions.opened,
        BudgetListPageActions.reloadRequested,
        BudgetRequestPageActions.opened,
      ),
      switchMap(() =>
        api.list().pipe(
          map((budgets) => BudgetsApiActions.budgetsLoaded({ budgets })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.budgetsLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Use over time follows the filters (the first load waits for the default year). */
export const loadUsage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(BudgetsApi)) => {
    return actions$.pipe(
      ofType(
        BudgetListPageActions.queryChanged,
        BudgetsApiActions.budgetsLoaded,
        BudgetsApiActions.budgetsLoadFailed,
      ),
      withLatestFrom(store.select(budgetsFeature.selectBudgetsState)),
      filter(
        ([a, s]) => a.type !== BudgetListPageActions.queryChanged.type || s.loaded || !s.latestYear,
      ),
      map(([, s]) => s.filters),
      switchMap((filters) =>
        api.usage(filters).pipe(
          map((months) => BudgetsApiActions.usageLoaded({ months })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.usageLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The movements behind a chart's bar follow the URL and the filters (the default year first). */
export const loadDrillMovements = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(BudgetsApi)) => {
    return actions$.pipe(
      ofType(
        BudgetListPageActions.queryChanged,
        BudgetListPageActions.drillPageChanged,
        BudgetsApiActions.budgetsLoaded,
      ),
      withLatestFrom(store.select(budgetsFeature.selectBudgetsState)),
      filter(
        ([a, s]) =>
          !!s.drill.query &&
          (a.type !== BudgetListPageActions.queryChanged.type || s.loaded || !s.latestYear),
      ),
      switchMap(([, s]) =>
        api.ledger(s.filters, s.drill.query!, s.drill.pageIndex, s.drill.pageSize).pipe(
          map((page) => BudgetsApiActions.drillMovementsLoaded({ page })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.drillMovementsLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadBudget = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetsApi)) => {
    return actions$.pipe(
      ofType(BudgetDetailPageActions.opened),
      switchMap(({ id }) =>
        api.get(id).pipe(
          map((budget) => BudgetsApiActions.budgetLoaded({ budget })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.budgetLoadFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadMovements = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(BudgetsApi)) => {
    return actions$.pipe(
      ofType(BudgetDetailPageActions.opened, BudgetDetailPageActions.movementsPageChanged),
      withLatestFrom(store.select(budgetsFeature.selectDetail)),
      switchMap(([{ id }, d]) =>
        api.movements(id, d.pageIndex, d.pageSize).pipe(
          map((page) => BudgetsApiActions.movementsLoaded({ id, page })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.movementsLoadFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createRequest = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetRequestsApi)) => {
    return actions$.pipe(
      ofType(BudgetRequestPageActions.submitted),
      exhaustMap(({ command }) =>
        api.create(command).pipe(
          map((request) => BudgetsApiActions.requestCreated({ request })),
          catchError((e: unknown) => of(BudgetsApiActions.requestFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadMyRequests = createEffect(
  (actions$ = inject(Actions), api = inject(BudgetRequestsApi)) => {
    return actions$.pipe(
      ofType(MyRequestsPageActions.opened),
      switchMap(() =>
        api.mine().pipe(
          map((requests) => BudgetsApiActions.myRequestsLoaded({ requests })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.myRequestsLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadNotifications = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi)) => {
    return actions$.pipe(
      ofType(MyRequestsPageActions.opened),
      switchMap(() =>
        api.list().pipe(
          map((notifications) => BudgetsApiActions.notificationsLoaded({ notifications })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.notificationsLoadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const markNotificationRead = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi)) => {
    return actions$.pipe(
      ofType(MyRequestsPageActions.notificationRead),
      mergeMap(({ id }) =>
        api.markRead(id).pipe(
          map(() => BudgetsApiActions.notificationMarkedRead({ id })),
          catchError((e: unknown) =>
            of(BudgetsApiActions.notificationMarkReadFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
