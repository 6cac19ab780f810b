import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { CheckoutApiActions } from './checkout.actions';
import {
  OrderDetailPageActions,
  OrderListPageActions,
  OrdersApiActions,
  PurchaseOrderPageActions,
} from './orders.actions';
import { NO_ORDER_FILTERS, type OrderFilters, type OrderView } from './procurement.model';

/** The orders of the page shown, newest first as the server sends them. */
export const orderAdapter = createEntityAdapter<OrderView>();

export interface OrdersState {
  list: EntityState<OrderView>;
  filters: OrderFilters;
  pageIndex: number;
  pageSize: number;
  total: number;
  listLoading: boolean;
  listError: ApiError | null;
  detail: OrderView | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  busy: 'cancel' | 'receive' | 'closeShort' | null;
  actionError: ApiError | null;
}

export const initialOrdersState: OrdersState = {
  list: orderAdapter.getInitialState(),
  filters: NO_ORDER_FILTERS,
  pageIndex: 0,
  pageSize: 20,
  total: 0,
  listLoading: false,
  listError: null,
  detail: null,
  detailId: null,
  detailLoading: false,
  detailError: null,
  busy: null,
  actionError: null,
};

function withOrder(s: OrdersState, order: OrderView): OrdersState {
  const list = s.list.entities[order.id] ? orderAdapter.upsertOne(order, s.list) : s.list;
  return { ...s, list, detail: s.detailId === order.id ? order : s.detail };
}

const { selectAll } = orderAdapter.getSelectors();

export const ordersFeature = createFeature({
  name: 'procurementOrders',
  reducer: createReducer(
    initialOrdersState,
    on(OrderListPageActions.retryRequested, (s): OrdersState => ({
      ...s,
      listLoading: true,
      listError: null,
    })),
    on(OrderListPageActions.queryChanged, (s, { filters, pageIndex, pageSize }): OrdersState => ({
      ...s,
      filters,
      pageIndex,
      pageSize,
      listLoading: true,
      listError: null,
    })),
    on(OrdersApiActions.listLoaded, (s, { page }): OrdersState => ({
      ...s,
      list: orderAdapter.setAll(page.items, s.list),
      total: page.total,
      listLoading: false,
    })),
    on(OrdersApiActions.listFailed, (s, { error }): OrdersState => ({
      ...s,
      listLoading: false,
      listError: error,
    })),
    on(
      OrderDetailPageActions.opened,
      PurchaseOrderPageActions.opened,
      (s, { id }): OrdersState => ({
        ...s,
        detailId: id,
        detail: s.detail?.id === id ? s.detail : (s.list.entities[id] ?? null),
        detailLoading: true,
        detailError: null,
        actionError: null,
        busy: null,
      }),
    ),
    on(OrdersApiActions.orderLoaded, (s, { order }): OrdersState =>
      s.detailId === order.id
        ? { ...withOrder(s, order), detailLoading: false }
        : withOrder(s, order),
    ),
    on(OrdersApiActions.orderFailed, (s, { id, error }): OrdersState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
    on(OrderDetailPageActions.cancelConfirmed, (s): OrdersState => ({
      ...s,
      busy: 'cancel',
      actionError: null,
    })),
    on(OrderDetailPageActions.receiptConfirmed, (s): OrdersState => ({
      ...s,
      busy: 'receive',
      actionError: null,
    })),
    on(OrderDetailPageActions.closeShortConfirmed, (s): OrdersState => ({
      ...s,
      busy: 'closeShort',
      actionError: null,
    })),
    on(
      OrdersApiActions.orderCancelled,
      OrdersApiActions.orderReceived,
      OrdersApiActions.orderClosedShort,
      (s, { order }): OrdersState => ({ ...withOrder(s, order), busy: null }),
    ),
    on(OrdersApiActions.actionFailed, (s, { error }): OrdersState => ({
      ...s,
      busy: null,
      actionError: error,
    })),
    // A new order shows first on the next visit of the list.
    on(CheckoutApiActions.orderPlaced, (s, { order }): OrdersState => ({
      ...s,
      detail: order,
      detailId: order.id,
      pageIndex: 0,
    })),
  ),
  extraSelectors: ({ selectList }) => ({
    selectOrders: createSelector(selectList, selectAll),
  }),
});

/**
 * What the buyer may do with an order in its status (contract: cancel while pending/approved, receive
 * while approved or partially received, close short while partially received).
 */
export function orderActions(order: Pick<OrderView, 'status'> | null): {
  cancel: boolean;
  receive: boolean;
  closeShort: boolean;
} {
  return {
    cancel: order?.status === 'pending_approval' || order?.status === 'approved',
    receive: order?.status === 'approved' || order?.status === 'partially_received',
    closeShort: order?.status === 'partially_received',
  };
}
