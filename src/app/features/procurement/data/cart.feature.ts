import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { CartAddActions, CartApiActions, CartPageActions } from './cart.actions';
import { CheckoutApiActions, CheckoutPageActions } from './checkout.actions';
import { EMPTY_CART, type PricedCart } from './procurement.model';

export interface CartState {
  cart: PricedCart;
  loaded: boolean;
  loading: boolean;
  loadError: ApiError | null;
  /** Requests in flight that change the cart (add, save, clear). */
  saving: number;
  /** The last change that failed, with the product it was about (null for add/clear). */
  mutationError: { error: ApiError; productId: string | null } | null;
}

export const initialCartState: CartState = {
  cart: EMPTY_CART,
  loaded: false,
  loading: false,
  loadError: null,
  saving: 0,
  mutationError: null,
};

const done = (s: CartState): number => Math.max(0, s.saving - 1);

export const cartFeature = createFeature({
  name: 'procurementCart',
  reducer: createReducer(
    initialCartState,
    on(
      CartPageActions.opened,
      CheckoutPageActions.opened,
      CartAddActions.cartNeeded,
      (s): CartState => ({
        ...s,
        loading: !s.loaded,
        loadError: null,
      }),
    ),
    on(CartApiActions.loaded, (s, { cart }): CartState => ({
      ...s,
      cart,
      loaded: true,
      loading: false,
      loadError: null,
    })),
    on(CartApiActions.loadFailed, (s, { error }): CartState => ({
      ...s,
      loading: false,
      loadError: error,
    })),
    on(
      CartAddActions.addLinesRequested,
      CartPageActions.qtyChanged,
      CartPageActions.lineRemoved,
      CartPageActions.cartCleared,
      (s): CartState => ({
        ...s,
        saving: s.saving + 1,
        mutationError: null,
      }),
    ),
    on(CartApiActions.linesAdded, CartApiActions.saved, (s, { cart }): CartState => ({
      ...s,
      cart,
      loaded: true,
      saving: done(s),
    })),
    on(CartApiActions.addFailed, (s, { error }): CartState => ({
      ...s,
      saving: done(s),
      mutationError: { error, productId: null },
    })),
    on(CartApiActions.saveFailed, (s, { error, productId }): CartState => ({
      ...s,
      saving: done(s),
      mutationError: { error, productId },
    })),
    on(CartApiActions.cleared, (s, { at }): CartState => ({
      ...s,
      cart: { ...EMPTY_CART, updatedAt: at },
      loaded: true,
      saving: done(s),
    })),
    on(CartApiActions.clearFailed, (s, { error }): CartState => ({
      ...s,
      saving: done(s),
      mutationError: { error, productId: null },
    })),
    on(CartPageActions.errorDismissed, (s): CartState => ({ ...s, mutationError: null })),
    // After an order the cart is emptied on the server; show it empty at once.
    on(CheckoutApiActions.orderPlaced, (s): CartState => ({ ...s, cart: EMPTY_CART })),
  ),
  extraSelectors: ({ selectCart }) => ({
    selectLines: createSelector(selectCart, (c) => c.lines),
    selectLineCount: createSelector(selectCart, (c) => c.lines.length),
    selectIsEmpty: createSelector(selectCart, (c) => c.lines.length === 0),
    /** The longest lead time of the cart: when everything can be there. */
    selectMaxLeadTimeDays: createSelector(selectCart, (c) =>
      c.lines.reduce((m, l) => Math.max(m, l.leadTimeDays), 0),
    ),
    selectQtyByProduct: createSelector(
      selectCart,
      (c) => new Map(c.lines.map((l) => [l.productId, l.qty])),
    ),
  }),
});
