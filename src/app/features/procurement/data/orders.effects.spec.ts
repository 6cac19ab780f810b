import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { OrderDetailPageActions, OrderListPageActions, OrdersApiActions } from './orders.actions';
import { cancelOrder, loadOrder, loadOrders } from './orders.effects';
import { initialOrdersState } from './orders.feature';
import { OrdersApi } from './orders-api';
import { order } from './test-data.spec-util';

describe('orders effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<OrdersApi>;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<OrdersApi>('OrdersApi', ['list', 'get', 'cancel', 'receive']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            procurementOrders: {
              ...initialOrdersState,
              filters: { status: 'approved', costCenterId: null, from: '2026-01-01', to: null },
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
      { status: 'approved', costCenterId: null, from: '2026-01-01', to: null },
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
