import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  exhaustMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  take,
  tap,
  withLatestFrom,
} from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { CampaignPageActions } from './campaigns.actions';
import { giftStoreFeature } from './gift-store.feature';
import {
  GiftPageActions,
  GiftStorePageActions,
  GiftsApiActions,
  MyGiftPageActions,
  MyGiftsPageActions,
  PointsApiActions,
  RedemptionsApiActions,
  WalletPageActions,
  WelfareCartApiActions,
  WelfareCartPageActions,
  WelfareCheckoutPageActions,
  WelfareLayoutActions,
} from './welfare.actions';
import { WelfareApi } from './welfare-api';
import { welfareCartFeature } from './welfare-cart.feature';
import { editLines } from './welfare.model';

// ---- points and the store ----

/** The balance is read afresh on every page that shows or spends it, and after a refund. */
export const loadAccount = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(
        GiftStorePageActions.queryChanged,
        GiftStorePageActions.retryRequested,
        WalletPageActions.opened,
        GiftPageActions.opened,
        RedemptionsApiActions.updated,
      ),
      switchMap(() =>
        api.account().pipe(
          map((account) => PointsApiActions.accountLoaded({ account })),
          catchError((e: unknown) => of(PointsApiActions.accountFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadLedger = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(WalletPageActions.opened, WalletPageActions.ledgerPageChanged),
      withLatestFrom(
        store.select(giftStoreFeature.selectLedgerPageIndex),
        store.select(giftStoreFeature.selectLedgerPageSize),
      ),
      switchMap(([, pageIndex, pageSize]) =>
        api.ledger(pageIndex, pageSize).pipe(
          map((page) => PointsApiActions.ledgerLoaded({ page })),
          catchError((e: unknown) => of(PointsApiActions.ledgerFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadLots = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(WalletPageActions.opened),
      switchMap(() =>
        api.lots().pipe(
          map((lots) => PointsApiActions.lotsLoaded({ lots })),
          catchError((e: unknown) => of(PointsApiActions.lotsFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The newest query wins: a search still running is cancelled by the next one. */
export const searchGifts = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(GiftStorePageActions.queryChanged, GiftStorePageActions.retryRequested),
      withLatestFrom(store.select(giftStoreFeature.selectQuery)),
      switchMap(([, query]) =>
        api.gifts(query).pipe(
          map((page) => GiftsApiActions.searchSucceeded({ page })),
          catchError((e: unknown) => of(GiftsApiActions.searchFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Recommendations once per visit of the store (they follow redemption history, not the filters). */
export const loadRecommendations = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(GiftStorePageActions.queryChanged, GiftStorePageActions.retryRequested),
      withLatestFrom(store.select(giftStoreFeature.selectRecommendationsLoaded)),
      filter(
        ([action, loaded]) => !loaded || action.type === GiftStorePageActions.retryRequested.type,
      ),
      exhaustMap(() =>
        api.recommendations().pipe(
          switchMap((items) => {
            const ids = [
              ...new Set(
                items.flatMap((r) =>
                  r.reason.code === 'also-chose' && r.reason.params.productId
                    ? [r.reason.params.productId]
                    : [],
                ),
              ),
            ];
            if (!ids.length) return of(GiftsApiActions.recommendationsLoaded({ items, names: {} }));
            // The gifts the reasons name; one that cannot be read is left unnamed.
            return forkJoin(ids.map((id) => api.product(id).pipe(catchError(() => of(null))))).pipe(
              map((products) => {
                const names: Record<string, { name: string; nameEn: string }> = {};
                for (const p of products) if (p) names[p.id] = { name: p.name, nameEn: p.nameEn };
                return GiftsApiActions.recommendationsLoaded({ items, names });
              }),
            );
          }),
          catchError((e: unknown) =>
            of(GiftsApiActions.recommendationsFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The caller's current campaign, once per visit of the store (with the recommendations) and on retry. */
export const loadCurrentCampaign = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(GiftStorePageActions.queryChanged, GiftStorePageActions.retryRequested),
      withLatestFrom(store.select(giftStoreFeature.selectCampaignLoaded)),
      filter(
        ([action, loaded]) => !loaded || action.type === GiftStorePageActions.retryRequested.type,
      ),
      exhaustMap(() =>
        api.currentCampaign().pipe(
          map((campaign) => GiftsApiActions.currentCampaignLoaded({ campaign })),
          catchError((e: unknown) =>
            of(GiftsApiActions.currentCampaignFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The categories of the store's filter and of a campaign's gift range, once. */
export const loadCategories = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(GiftStorePageActions.queryChanged, CampaignPageActions.opened),
      withLatestFrom(store.select(giftStoreFeature.selectCategoriesLoaded)),
      filter(([, loaded]) => !loaded),
      exhaustMap(() =>
        api.categories().pipe(
          map((categories) => GiftsApiActions.categoriesLoaded({ categories })),
          catchError((e: unknown) =>
            of(GiftsApiActions.categoriesFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadGift = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(GiftPageActions.opened),
      switchMap(({ id }) =>
        api.product(id).pipe(
          map((product) => GiftsApiActions.giftLoaded({ product })),
          catchError((e: unknown) => of(GiftsApiActions.giftFailed({ id, error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

// ---- cart, checkout (the delivery address comes from the shared address book) ----

export const loadCart = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(
        WelfareLayoutActions.opened,
        WelfareCartPageActions.opened,
        WelfareCheckoutPageActions.opened,
        GiftPageActions.opened,
      ),
      switchMap(() =>
        api.cart().pipe(
          map((cart) => WelfareCartApiActions.cartLoaded({ cart })),
          catchError((e: unknown) =>
            of(WelfareCartApiActions.cartFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Cart edits are saved one after the other, each on the cart the previous one left. */
export const saveCart = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(
        GiftPageActions.addToCartRequested,
        WelfareCartPageActions.qtyChanged,
        WelfareCartPageActions.lineRemoved,
      ),
      concatMap((action) =>
        store.select(welfareCartFeature.selectCart).pipe(
          take(1),
          switchMap((known) => (known ? of(known) : api.cart())),
          switchMap((cart) => {
            const lines =
              action.type === GiftPageActions.addToCartRequested.type
                ? editLines(cart, { kind: 'add', productId: action.productId, qty: action.qty })
                : action.type === WelfareCartPageActions.lineRemoved.type
                  ? editLines(cart, { kind: 'remove', productId: action.productId })
                  : editLines(cart, {
                      kind: 'set',
                      productId: action.productId,
                      qty: (action as { qty: number }).qty,
                    });
            return api.saveCart(lines);
          }),
          map((cart) => WelfareCartApiActions.cartSaved({ cart })),
          catchError((e: unknown) =>
            of(WelfareCartApiActions.cartSaveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const placeRedemption = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(WelfareCheckoutPageActions.submitted),
      withLatestFrom(store.select(welfareCartFeature.selectIdempotencyKey)),
      exhaustMap(([{ command, newKey }, key]) =>
        api.redeem(command, key ?? newKey).pipe(
          map((redemption) => WelfareCartApiActions.redemptionPlaced({ redemption })),
          catchError((e: unknown) =>
            of(WelfareCartApiActions.redemptionFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A redemption does not empty the cart on the server: the app does, once the gifts are placed. */
export const emptyCartAfterRedemption = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(WelfareCartApiActions.redemptionPlaced),
      exhaustMap(() =>
        api.saveCart([]).pipe(
          map((cart) => WelfareCartApiActions.cartSaved({ cart })),
          catchError((e: unknown) =>
            of(WelfareCartApiActions.cartSaveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const openPlacedRedemption = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(WelfareCartApiActions.redemptionPlaced),
      tap(({ redemption }) => {
        void router.navigate(['/welfare/my-gifts', redemption.id], {
          queryParams: { placed: 1 },
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);

// ---- my gifts ----

export const loadRedemptions = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(MyGiftsPageActions.opened),
      switchMap(({ pageIndex, pageSize }) =>
        api.redemptions(pageIndex, pageSize).pipe(
          map((page) => RedemptionsApiActions.listLoaded({ page })),
          catchError((e: unknown) =>
            of(RedemptionsApiActions.listFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadRedemption = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(MyGiftPageActions.opened),
      switchMap(({ id }) =>
        api.redemption(id).pipe(
          map((redemption) => RedemptionsApiActions.loaded({ redemption })),
          catchError((e: unknown) =>
            of(RedemptionsApiActions.failed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const redemptionCommand = createEffect(
  (actions$ = inject(Actions), api = inject(WelfareApi)) => {
    return actions$.pipe(
      ofType(
        MyGiftPageActions.payRequested,
        MyGiftPageActions.cancelRequested,
        MyGiftPageActions.confirmRequested,
      ),
      exhaustMap((action) => {
        const [call, kind] =
          action.type === MyGiftPageActions.payRequested.type
            ? [
                api.pay(action.id, (action as { method: 'payroll' | 'card' }).method),
                'pay' as const,
              ]
            : action.type === MyGiftPageActions.cancelRequested.type
              ? [api.cancel(action.id), 'cancel' as const]
              : [api.confirm(action.id), 'confirm' as const];
        return call.pipe(
          map((redemption) => RedemptionsApiActions.updated({ redemption, action: kind })),
          catchError((e: unknown) =>
            of(RedemptionsApiActions.actionFailed({ id: action.id, error: toApiError(e) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);
