import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type { OrderFilters, OrderView, ReceiptLineInput } from './procurement.model';

export const OrderListPageActions = createActionGroup({
  source: 'Order List Page',
  events: {
    /** The URL's query (first visit, reload, back/forward, a filter or page chosen). */
    'Query Changed': props<{ filters: OrderFilters; pageIndex: number; pageSize: number }>(),
    'Retry Requested': emptyProps(),
  },
});

export const OrderDetailPageActions = createActionGroup({
  source: 'Order Detail Page',
  events: {
    Opened: props<{ id: string }>(),
    'Cancel Confirmed': props<{ id: string; reason: string }>(),
    /** Goods received: the lines and quantities named, or (no lines) everything outstanding. */
    'Receipt Confirmed': props<{ id: string; lines?: ReceiptLineInput[]; note?: string }>(),
    'Close Short Confirmed': props<{ id: string; reason: string }>(),
  },
});

/** The printable purchase order of an order (its detail, and the suppliers it is addressed to). */
export const PurchaseOrderPageActions = createActionGroup({
  source: 'Purchase Order Page',
  events: {
    Opened: props<{ id: string }>(),
  },
});

export const OrdersApiActions = createActionGroup({
  source: 'Orders API',
  events: {
    'List Loaded': props<{ page: PageOf<OrderView> }>(),
    'List Failed': props<{ error: ApiError }>(),
    'Order Loaded': props<{ order: OrderView }>(),
    'Order Failed': props<{ id: string; error: ApiError }>(),
    'Order Cancelled': props<{ order: OrderView }>(),
    'Order Received': props<{ order: OrderView }>(),
    'Order Closed Short': props<{ order: OrderView }>(),
    'Action Failed': props<{
      id: string;
      action: 'cancel' | 'receive' | 'closeShort';
      error: ApiError;
    }>(),
  },
});
