import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store, createSelector, type ActionCreator } from '@ngrx/store';
import {
  catchError,
  exhaustMap,
  filter,
  map,
  merge,
  of,
  switchMap,
  take,
  takeUntil,
  tap,
  withLatestFrom,
} from 'rxjs';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { toApiError } from '../../../core/http/api-error';
import { CartApiActions, CartPageActions } from './cart.actions';
import { cartFeature } from './cart.feature';
import { CartApi } from './cart-api';
import { CheckoutApiActions, CheckoutPageActions, OrderPreviewActions } from './checkout.actions';
import { checkoutFeature } from './checkout.feature';
import { OrdersApi } from './orders-api';
import { toOrderLines } from './procurement.model';

/** The buyer's default cost center (their department's), once the reference data knows it. */
export const chooseDefaultCostCenter = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    defaultId$ = toObservable(inject(ReferenceData).defaultCostCenterId),
  ) => {
    return actions$.pipe(
      ofType(CheckoutPageActions.opened, CartPageActions.opened),
      withLatestFrom(store.select(checkoutFeature.selectCostCenterId)),
      filter(([, chosen]) => !chosen),
      exhaustMap(() =>
        defaultId$.pipe(
          filter((id): id is string => !!id),
          take(1),
          map((costCenterId) => CheckoutApiActions.defaultCostCenterKnown({ costCenterId })),
        ),
      ),
    );
  },
  { functional: true },
);

/** What the preview is computed from: a new object whenever one of them changes. */
const selectPreviewInputs = createSelector(
  checkoutFeature.selectCostCenterId,
  cartFeature.selectCart,
  cartFeature.selectLoaded,
  checkoutFeature.selectNeedBy,
  checkoutFeature.selectLineNeedBy,
  (costCenterId, cart, loaded, needBy, lineNeedBy) => ({
    costCenterId,
    cart,
    loaded,
    needBy,
    lineNeedBy,
  }),
);

/**
 * While the cart or the checkout page is shown, the preview follows the chosen cost center and the
 * cart (loaded, a line added, a quantity saved), once there is something to preview.
 */
export const followPreviewInputs = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) => {
    const whileShown = (opened: ActionCreator, closed: ActionCreator) => {
      return actions$.pipe(
        ofType(opened),
        switchMap(() => {
          return store.select(selectPreviewInputs).pipe(
            filter(({ costCenterId, cart, loaded }) => {
              return !!costCenterId && loaded && cart.lines.length > 0;
            }),
            takeUntil(actions$.pipe(ofType(closed))),
          );
        }),
      );
    };
    return merge(
      whileShown(CheckoutPageActions.opened, CheckoutPageActions.closed),
      whileShown(CartPageActions.opened, CartPageActions.closed),
    ).pipe(map(() => OrderPreviewActions.inputsChanged()));
  },
  { functional: true },
);

/** Budget and approval preview of the current cart on the chosen cost center; the newest request wins. */
export const preview = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(CheckoutPageActions.previewRequested, OrderPreviewActions.inputsChanged),
      switchMap(() =>
        store.select(checkoutFeature.selectCostCenterId).pipe(
          take(1),
          withLatestFrom(
            store.select(cartFeature.selectLines),
            store.select(checkoutFeature.selectNeedBy),
            store.select(checkoutFeature.selectLineNeedBy),
          ),
          switchMap(([costCenterId, lines, needBy, lineNeedBy]) =>
            !costCenterId || lines.length === 0
              ? of(
                  CheckoutApiActions.previewFailed({
                    error: { status: 0, code: 'NOTHING_TO_PREVIEW', detail: '' },
                  }),
                )
              : api
                  .preview(costCenterId, toOrderLines(lines, lineNeedBy), needBy || undefined)
                  .pipe(
                    map((p) => CheckoutApiActions.previewLoaded({ preview: p, costCenterId })),
                    catchError((e: unknown) =>
                      of(CheckoutApiActions.previewFailed({ error: toApiError(e) })),
                    ),
                  ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Places the order. exhaustMap ignores clicks while a submission is in flight; the key comes from the
 * state (set by the reducer for this body), so a retry after a network error reuses it and the server
 * answers the first order again instead of creating a second one.
 */
export const placeOrder = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(OrdersApi)) => {
    return actions$.pipe(
      ofType(CheckoutPageActions.submitted),
      exhaustMap(({ command }) =>
        store.select(checkoutFeature.selectIdempotencyKey).pipe(
          take(1),
          switchMap((key) =>
            api.place(command, key ?? crypto.randomUUID()).pipe(
              map((order) => CheckoutApiActions.orderPlaced({ order })),
              catchError((e: unknown) =>
                of(CheckoutApiActions.placeFailed({ error: toApiError(e) })),
              ),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** After 201 the app empties the cart on the server (the API leaves it as it was). */
export const clearCartAfterOrder = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi)) => {
    return actions$.pipe(
      ofType(CheckoutApiActions.orderPlaced),
      exhaustMap(() =>
        api.clear().pipe(
          map(() => CartApiActions.cleared({ at: new Date().toISOString() })),
          catchError((e: unknown) => of(CartApiActions.clearFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const showPlacedOrder = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(CheckoutApiActions.orderPlaced),
      tap(({ order }) => {
        // The order page greets with the success message (?placed=1).
        void router.navigate(['/procurement/orders', order.id], { queryParams: { placed: 1 } });
      }),
    );
  },
  { functional: true, dispatch: false },
);
