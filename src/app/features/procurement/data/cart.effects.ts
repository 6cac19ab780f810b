import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import {
  catchError,
  concatMap,
  exhaustMap,
  filter,
  fromEvent,
  map,
  of,
  switchMap,
  takeUntil,
  tap,
} from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { Notifier } from '../../../core/http/notifier';
import { toApiError } from '../../../core/http/api-error';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from './api-error';
import { CartAddActions, CartApiActions, CartPageActions } from './cart.actions';
import { CheckoutPageActions } from './checkout.actions';
import { CartApi } from './cart-api';

export const loadCart = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi)) => {
    return actions$.pipe(
      ofType(CartPageActions.opened, CheckoutPageActions.opened, CartAddActions.cartNeeded),
      switchMap(() =>
        api.get().pipe(
          map((cart) => CartApiActions.loaded({ cart })),
          catchError((e: unknown) => of(CartApiActions.loadFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Adds are queued, never dropped: two quick clicks add twice, in order. */
export const addLines = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi)) => {
    return actions$.pipe(
      ofType(CartAddActions.addLinesRequested),
      concatMap(({ lines, origin }) =>
        api.add(lines).pipe(
          map((cart) => CartApiActions.linesAdded({ cart, lines, origin })),
          catchError((e: unknown) =>
            of(CartApiActions.addFailed({ error: toApiError(e), lines, origin })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * A quantity change or a removal changes that one line on the server, which keeps the lines another
 * tab or device added meanwhile (queued, so two quick edits both arrive in order).
 */
export const saveCart = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi)) => {
    return actions$.pipe(
      ofType(CartPageActions.qtyChanged, CartPageActions.lineRemoved),
      concatMap((action) =>
        (action.type === CartPageActions.qtyChanged.type
          ? api.setLine(action.productId, action.qty)
          : api.removeLine(action.productId)
        ).pipe(
          map((cart) => CartApiActions.saved({ cart })),
          catchError((e: unknown) =>
            of(CartApiActions.saveFailed({ error: toApiError(e), productId: action.productId })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Back on the cart or checkout (another tab may have changed the cart): the server's cart again. */
export const refreshOnReturn = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi), document = inject(DOCUMENT)) => {
    return actions$.pipe(
      ofType(CartPageActions.opened, CheckoutPageActions.opened),
      switchMap(() =>
        fromEvent(document, 'visibilitychange').pipe(
          filter(() => document.visibilityState === 'visible'),
          takeUntil(actions$.pipe(ofType(CartPageActions.closed, CheckoutPageActions.closed))),
          switchMap(() =>
            api.get().pipe(
              map((cart) => CartApiActions.loaded({ cart })),
              catchError((e: unknown) => of(CartApiActions.loadFailed({ error: toApiError(e) }))),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const clearCart = createEffect(
  (actions$ = inject(Actions), api = inject(CartApi)) => {
    return actions$.pipe(
      ofType(CartPageActions.cartCleared),
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

/** Tells the buyer what happened to an add, wherever they are. */
export const addFeedback = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier), i18n = inject(I18n)) => {
    return actions$.pipe(
      ofType(CartApiActions.linesAdded, CartApiActions.addFailed),
      tap((a) => {
        if (a.type === CartApiActions.linesAdded.type) {
          void notifier.info(i18n.t('procurement.cart.added', { count: a.lines.length }));
        } else {
          const detail = a.error.errors?.[0]?.message;
          void notifier.error(
            `${i18n.t('procurement.cart.addFailed')} ${errorMessage(a.error, i18n, PROCUREMENT_ERRORS)}${detail ? ` (${detail})` : ''}`,
          );
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
