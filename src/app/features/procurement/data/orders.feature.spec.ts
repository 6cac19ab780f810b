import { OrderDetailPageActions, OrderListPageActions, OrdersApiActions } from './orders.actions';
import { initialOrdersState, orderActions, ordersFeature } from './orders.feature';
import { NO_ORDER_FILTERS } from './procurement.model';
import { order } from './test-data.spec-util';

const reducer = ordersFeature.reducer;

describe('orders feature', () => {
  it('the URL query sets filters and paging; a loaded page keeps the server order and total', () => {
    let s = reducer(
      { ...initialOrdersState, pageIndex: 3 },
      OrderListPageActions.queryChanged({
        filters: { ...NO_ORDER_FILTERS, status: 'approved' },
        pageIndex: 0,
        pageSize: 20,
      }),
    );
    expect(s.filters.status).toBe('approved');
    expect(s.pageIndex).toBe(0);
    expect(s.listLoading).toBeTrue();
    s = reducer(
      s,
      OrdersApiActions.listLoaded({ page: { items: [order('PO2'), order('PO1')], total: 31 } }),
    );
    expect(ordersFeature.selectOrders.projector(s.list).map((o) => o.id)).toEqual(['PO2', 'PO1']);
    expect(s.total).toBe(31);
    s = reducer(
      s,
      OrderListPageActions.queryChanged({ filters: s.filters, pageIndex: 1, pageSize: 50 }),
    );
    expect(s.pageIndex).toBe(1);
    expect(s.pageSize).toBe(50);
    expect(s.listLoading).toBeTrue();
  });

  it('detail: shows the listed order at once, then the loaded one; failures are kept per order', () => {
    let s = reducer(
      initialOrdersState,
      OrdersApiActions.listLoaded({ page: { items: [order('PO1')], total: 1 } }),
    );
    s = reducer(s, OrderDetailPageActions.opened({ id: 'PO1' }));
    expect(s.detail?.id).toBe('PO1');
    expect(s.detailLoading).toBeTrue();
    s = reducer(s, OrdersApiActions.orderLoaded({ order: order('PO1', { status: 'received' }) }));
    expect(s.detail?.status).toBe('received');
    expect(s.list.entities['PO1']?.status).toBe('received');
    s = reducer(s, OrderDetailPageActions.opened({ id: 'PO404' }));
    s = reducer(
      s,
      OrdersApiActions.orderFailed({
        id: 'PO404',
        error: { status: 404, code: 'NOT_FOUND', detail: '' },
      }),
    );
    expect(s.detailError?.code).toBe('NOT_FOUND');
  });

  it('cancel and receipt: busy while running, the new status after, the error on failure', () => {
    let s = reducer(initialOrdersState, OrderDetailPageActions.opened({ id: 'PO1' }));
    s = reducer(s, OrderDetailPageActions.cancelConfirmed({ id: 'PO1', reason: '' }));
    expect(s.busy).toBe('cancel');
    s = reducer(
      s,
      OrdersApiActions.orderCancelled({ order: order('PO1', { status: 'cancelled' }) }),
    );
    expect(s.busy).toBeNull();
    expect(s.detail?.status).toBe('cancelled');
    s = reducer(s, OrderDetailPageActions.receiptConfirmed({ id: 'PO1' }));
    s = reducer(
      s,
      OrdersApiActions.actionFailed({
        id: 'PO1',
        action: 'receive',
        error: { status: 409, code: 'NOT_ALLOWED_IN_STATE', detail: '' },
      }),
    );
    expect(s.busy).toBeNull();
    expect(s.actionError?.code).toBe('NOT_ALLOWED_IN_STATE');
  });

  it('allows cancel while pending or approved, receipt while approved or partly received, closing short only when partly received', () => {
    expect(orderActions({ status: 'pending_approval' })).toEqual({
      cancel: true,
      receive: false,
      closeShort: false,
    });
    expect(orderActions({ status: 'approved' })).toEqual({
      cancel: true,
      receive: true,
      closeShort: false,
    });
    expect(orderActions({ status: 'partially_received' })).toEqual({
      cancel: false,
      receive: true,
      closeShort: true,
    });
    for (const status of ['received', 'rejected', 'cancelled', 'closed_short'] as const)
      expect(orderActions({ status })).toEqual({
        cancel: false,
        receive: false,
        closeShort: false,
      });
  });

  it('closing short is busy until the closed order comes back, which replaces the detail', () => {
    let s = ordersFeature.reducer(
      { ...initialOrdersState, detailId: 'PO1', detail: order('PO1') },
      OrderDetailPageActions.closeShortConfirmed({ id: 'PO1', reason: '停产' }),
    );
    expect(s.busy).toBe('closeShort');
    s = ordersFeature.reducer(
      s,
      OrdersApiActions.orderClosedShort({ order: order('PO1', { status: 'closed_short' }) }),
    );
    expect(s.busy).toBeNull();
    expect(s.detail?.status).toBe('closed_short');
  });
});
