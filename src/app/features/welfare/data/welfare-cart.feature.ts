import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import {
  GiftPageActions,
  WelfareCartApiActions,
  WelfareCartPageActions,
  WelfareCheckoutPageActions,
} from './welfare.actions';
import type { Redemption, WelfareCart } from './welfare.model';

/** The welfare cart (separate from procurement's) and placing a redemption. */
export interface WelfareCartState {
  cart: WelfareCart | null;
  loading: boolean;
  error: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  /** The product just added from a gift page (for its confirmation). */
  lastAdded: string | null;
  /** One key per redemption attempt: a retry after a failure sends the same key (no double spend). */
  idempotencyKey: string | null;
  placing: boolean;
  placeError: ApiError | null;
  placed: Redemption | null;
}

export const initialWelfareCartState: WelfareCartState = {
  cart: null,
  loading: false,
  error: null,
  saving: false,
  saveError: null,
  lastAdded: null,
  idempotencyKey: null,
  placing: false,
  placeError: null,
  placed: null,
};

export const welfareCartFeature = createFeature({
  name: 'welfareCart',
  reducer: createReducer(
    initialWelfareCartState,
    on(WelfareCartPageActions.opened, WelfareCheckoutPageActions.opened, (s): WelfareCartState => ({
      ...s,
      loading: true,
      error: null,
      placeError: null,
      placed: null,
    })),
    on(WelfareCartApiActions.cartLoaded, (s, { cart }): WelfareCartState => ({
      ...s,
      cart,
      loading: false,
    })),
    on(WelfareCartApiActions.cartFailed, (s, { error }): WelfareCartState => ({
      ...s,
      loading: false,
      error,
    })),
    on(
      WelfareCartPageActions.qtyChanged,
      WelfareCartPageActions.lineRemoved,
      (s): WelfareCartState => ({ ...s, saving: true, saveError: null }),
    ),
    on(GiftPageActions.addToCartRequested, (s): WelfareCartState => ({
      ...s,
      saving: true,
      saveError: null,
      lastAdded: null,
    })),
    on(WelfareCartApiActions.cartSaved, (s, { cart }): WelfareCartState => {
      const before = new Set(s.cart?.lines.map((l) => `${l.productId}:${l.qty}`));
      const changed = cart.lines.find((l) => !before.has(`${l.productId}:${l.qty}`));
      return { ...s, cart, saving: false, lastAdded: changed?.productId ?? s.lastAdded };
    }),
    on(WelfareCartApiActions.cartSaveFailed, (s, { error }): WelfareCartState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
    on(WelfareCheckoutPageActions.submitted, (s, { newKey }): WelfareCartState => ({
      ...s,
      idempotencyKey: s.idempotencyKey ?? newKey,
      placing: true,
      placeError: null,
    })),
    on(WelfareCartApiActions.redemptionPlaced, (s, { redemption }): WelfareCartState => ({
      ...s,
      idempotencyKey: null,
      placing: false,
      placed: redemption,
    })),
    // A refusal (422, 400) will not change on a retry with the same key: the next attempt gets a new one.
    on(WelfareCartApiActions.redemptionFailed, (s, { error }): WelfareCartState => ({
      ...s,
      placing: false,
      placeError: error,
      idempotencyKey: error.status === 0 || error.status >= 500 ? s.idempotencyKey : null,
    })),
  ),
  extraSelectors: ({ selectCart }) => ({
    selectLineCount: createSelector(selectCart, (c) => c?.lines.length ?? 0),
  }),
});
