import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type {
  DeliveryAddress,
  OrderPreview,
  OrderView,
  PlaceOrderCommand,
} from './procurement.model';

export const CheckoutPageActions = createActionGroup({
  source: 'Checkout Page',
  events: {
    Opened: emptyProps(),
    Closed: emptyProps(),
    'Cost Center Chosen': props<{ costCenterId: string }>(),
    'Address Changed': props<{ address: DeliveryAddress; note: string }>(),
    /** 'YYYY-MM-DD', or '' for none: the preview warns about lines that cannot arrive by then. */
    'Need By Changed': props<{ needBy: string }>(),
    /** A line's own need-by date where it differs from the order's ('' removes it). */
    'Line Need By Changed': props<{ productId: string; needBy: string }>(),
    'Preview Requested': emptyProps(),
    /** `newKey` is used only when no submission of this very body is still unconfirmed. */
    Submitted: props<{ command: PlaceOrderCommand; newKey: string }>(),
  },
});

/** The budget and approval preview's own trigger, from the checkout effects. */
export const OrderPreviewActions = createActionGroup({
  source: 'Order Preview',
  events: {
    /** The cost center or the cart changed while the cart or checkout page is shown. */
    'Inputs Changed': emptyProps(),
  },
});

export const CheckoutApiActions = createActionGroup({
  source: 'Checkout API',
  events: {
    /** The buyer's default cost center is known (their department's, see ReferenceData). */
    'Default Cost Center Known': props<{ costCenterId: string }>(),
    'Preview Loaded': props<{ preview: OrderPreview; costCenterId: string }>(),
    'Preview Failed': props<{ error: ApiError }>(),
    'Order Placed': props<{ order: OrderView }>(),
    'Place Failed': props<{ error: ApiError }>(),
  },
});
