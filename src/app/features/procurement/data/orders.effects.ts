import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import {
  OrderDetailPageActions,
  OrderListPageActions,
  OrdersApiActions,
  PurchaseOrderPageActions,
} from './orders.actions';
import { ordersFeature } from './orders.feature';
import { OrdersApi } from './orders-api';

export const loadOrders = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(OrderListPageActions.queryChanged, OrderListPageActions.retryRequested),
      withLatestFrom(store.select(ordersFeature.selectProcurementOrdersState)),
      switchMap(([, s]) =>
        api.list(s.filters, s.pageIndex, s.pageSize).pipe(
          map((page) => OrdersApiActions.listLoaded({ page })),
          catchError((e: unknown) => of(OrdersApiActions.listFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Loads the detail, and again after a cancel, receipt or closing so the timeline shows the new event. */
export const loadOrder = createEffect(
  (actions$ = inject(Actions), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(
        OrderDetailPageActions.opened,
        PurchaseOrderPageActions.opened,
        OrdersApiActions.orderCancelled,
        OrdersApiActions.orderReceived,
        OrdersApiActions.orderClosedShort,
      ),
      map((a) => ('order' in a ? a.order.id : a.id)),
      switchMap((id) =>
        api.get(id).pipe(
          map((order) => OrdersApiActions.orderLoaded({ order })),
          catchError((e: unknown) =>
            of(OrdersApiActions.orderFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const cancelOrder = createEffect(
  (actions$ = inject(Actions), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(OrderDetailPageActions.cancelConfirmed),
      exhaustMap(({ id, reason }) =>
        api.cancel(id, reason.trim() || undefined).pipe(
          map((order) => OrdersApiActions.orderCancelled({ order })),
          catchError((e: unknown) =>
            of(OrdersApiActions.actionFailed({ id, action: 'cancel', error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const receiveOrder = createEffect(
  (actions$ = inject(Actions), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(OrderDetailPageActions.receiptConfirmed),
      exhaustMap(({ id, lines, note }) =>
        api.receive(id, { lines, note }, crypto.randomUUID()).pipe(
          map((order) => OrdersApiActions.orderReceived({ order })),
          catchError((e: unknown) =>
            of(OrdersApiActions.actionFailed({ id, action: 'receive', error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const closeOrderShort = createEffect(
  (actions$ = inject(Actions), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(OrderDetailPageActions.closeShortConfirmed),
      exhaustMap(({ id, reason }) =>
        api.closeShort(id, reason).pipe(
          map((order) => OrdersApiActions.orderClosedShort({ order })),
          catchError((e: unknown) =>
            of(OrdersApiActions.actionFailed({ id, action: 'closeShort', error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
