import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { OrderDetailPageActions, OrderListPageActions, OrdersApiActions } from './orders.actions';
import {
  cancelOrder,
  closeOrderShort,
  loadOrder,
  loadOrders,
  receiveOrder,
} from './orders.effects';
import { initialOrdersState } from './orders.feature';
import { OrdersApi } from './orders-api';
import { order } from './test-data.spec-util';

describe('orders effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<OrdersApi>;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<OrdersApi>('OrdersApi', [
      'list',
      'get',
      'cancel',
      'receive',
      'closeShort',
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            procurementOrders: {
              ...initialOrdersState,
              filters: {
                q: 'PO2026',
                status: 'approved',
                costCenterId: null,
                from: '2026-01-01',
                to: null,
              },
              pageIndex: 2,
              pageSize: 20,
            },
          },
        }),
        { provide: OrdersApi, useValue: api },
      ],
    });
  });

  it('lists with the filters and page of the state', () => {
    api.list.and.returnValue(of({ items: [order('PO1')], total: 41 }));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => loadOrders()).subscribe((a) => out.push(a));
    actions$.next(OrderListPageActions.retryRequested());
    expect(api.list).toHaveBeenCalledWith(
      { q: 'PO2026', status: 'approved', costCenterId: null, from: '2026-01-01', to: null },
      2,
      20,
    );
    expect(out).toEqual([
      OrdersApiActions.listLoaded({ page: { items: [order('PO1')], total: 41 } }),
    ]);
  });

  it('cancel: sends the reason, reports a 409 as a failure of that action', () => {
    api.cancel.and.returnValues(
      of(order('PO1', { status: 'cancelled' })),
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              type: 'x',
              title: 't',
              status: 409,
              detail: 'already received',
              code: 'NOT_ALLOWED_IN_STATE',
            },
          }),
      ),
    );
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => cancelOrder()).subscribe((a) => out.push(a));
    actions$.next(OrderDetailPageActions.cancelConfirmed({ id: 'PO1', reason: '  买错了 ' }));
    actions$.next(OrderDetailPageActions.cancelConfirmed({ id: 'PO2', reason: '' }));
    expect(api.cancel.calls.allArgs()).toEqual([
      ['PO1', '买错了'],
      ['PO2', undefined],
    ]);
    expect(out[0].type).toBe(OrdersApiActions.orderCancelled.type);
    expect(out[1]).toEqual(
      OrdersApiActions.actionFailed({
        id: 'PO2',
        action: 'cancel',
        error: { status: 409, code: 'NOT_ALLOWED_IN_STATE', detail: 'already received' },
      }),
    );
  });

  it('receive: sends the lines and note with a fresh idempotency key per receipt', () => {
    api.receive.and.returnValue(of(order('PO1', { status: 'partially_received' })));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => receiveOrder()).subscribe((a) => out.push(a));
    const lines = [{ productId: 'p1', qty: 3 }];
    actions$.next(OrderDetailPageActions.receiptConfirmed({ id: 'PO1', lines, note: '第一批' }));
    actions$.next(OrderDetailPageActions.receiptConfirmed({ id: 'PO1', lines }));
    const calls = api.receive.calls.allArgs();
    expect(calls.map(([id, r]) => [id, r])).toEqual([
      ['PO1', { lines, note: '第一批' }],
      ['PO1', { lines, note: undefined }],
    ]);
    expect(calls[0][2]).toMatch(/^[\w-]{8,}$/);
    expect(calls[0][2]).not.toBe(calls[1][2]);
    expect(out.map((a) => a.type)).toEqual([
      OrdersApiActions.orderReceived.type,
      OrdersApiActions.orderReceived.type,
    ]);
  });

  it('close short: sends the reason; a 409 is a failure of that action', () => {
    api.closeShort.and.returnValues(
      of(order('PO1', { status: 'closed_short' })),
      throwError(() => new HttpErrorResponse({ status: 409 })),
    );
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => closeOrderShort()).subscribe((a) => out.push(a));
    actions$.next(OrderDetailPageActions.closeShortConfirmed({ id: 'PO1', reason: '停产' }));
    actions$.next(OrderDetailPageActions.closeShortConfirmed({ id: 'PO2', reason: '停产' }));
    expect(api.closeShort.calls.allArgs()).toEqual([
      ['PO1', '停产'],
      ['PO2', '停产'],
    ]);
    expect(out[0]).toEqual(
      OrdersApiActions.orderClosedShort({ order: order('PO1', { status: 'closed_short' }) }),
    );
    expect(out[1]).toEqual(
      jasmine.objectContaining({ type: OrdersApiActions.actionFailed.type, action: 'closeShort' }),
    );
  });

  it('reloads the order after a cancel so the timeline shows the new event', () => {
    api.get.and.returnValue(of(order('PO1', { status: 'cancelled' })));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => loadOrder()).subscribe((a) => out.push(a));
    actions$.next(
      OrdersApiActions.orderCancelled({ order: order('PO1', { status: 'cancelled' }) }),
    );
    expect(api.get).toHaveBeenCalledWith('PO1');
    expect(out[0].type).toBe(OrdersApiActions.orderLoaded.type);
  });
});
