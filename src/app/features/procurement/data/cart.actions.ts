import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { LineInput, PricedCart } from './procurement.model';

export type AddOrigin = 'catalog' | 'product' | 'quickOrder' | 'import' | 'reorder' | 'template';

/** Any procurement page putting products into the cart. */
export const CartAddActions = createActionGroup({
  source: 'Procurement Pages',
  events: {
    'Add Lines Requested': props<{ lines: LineInput[]; origin: AddOrigin }>(),
    'Cart Needed': emptyProps(),
  },
});

export const CartPageActions = createActionGroup({
  source: 'Cart Page',
  events: {
    Opened: emptyProps(),
    Closed: emptyProps(),
    'Qty Changed': props<{ productId: string; qty: number }>(),
    'Line Removed': props<{ productId: string }>(),
    'Cart Cleared': emptyProps(),
    'Error Dismissed': emptyProps(),
  },
});

export const CartApiActions = createActionGroup({
  source: 'Cart API',
  events: {
    Loaded: props<{ cart: PricedCart }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Lines Added': props<{ cart: PricedCart; lines: LineInput[]; origin: AddOrigin }>(),
    'Add Failed': props<{ error: ApiError; lines: LineInput[]; origin: AddOrigin }>(),
    Saved: props<{ cart: PricedCart }>(),
    'Save Failed': props<{ error: ApiError; productId: string }>(),
    /** `at`: when the server emptied the cart (the reducer stays pure). */
    Cleared: props<{ at: string }>(),
    'Clear Failed': props<{ error: ApiError }>(),
  },
});
