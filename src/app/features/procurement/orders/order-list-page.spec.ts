import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { OrderListPageActions } from '../data/orders.actions';
import { initialOrdersState } from '../data/orders.feature';
import { orderQueryFromParams, paramsFromOrderQuery } from '../data/orders-query';
import { NO_ORDER_FILTERS } from '../data/procurement.model';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { OrderListPage } from './order-list-page';

describe('order list query in the URL', () => {
  it('reads valid parameters and drops hostile or malformed ones', () => {
    expect(
      orderQueryFromParams({
        status: 'approved',
        cc: 'cc-1',
        from: '2026-01-01',
        to: '2026-02-01',
        page: '3',
        size: '50',
      }),
    ).toEqual({
      filters: { status: 'approved', costCenterId: 'cc-1', from: '2026-01-01', to: '2026-02-01' },
      pageIndex: 2,
      pageSize: 50,
    });
    expect(
      orderQueryFromParams({
        status: 'deleted',
        cc: '<script>',
        from: 'yesterday',
        page: '-1',
        size: '100000',
      }),
    ).toEqual({ filters: NO_ORDER_FILTERS, pageIndex: 0, pageSize: 20 });
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    const q = {
      filters: { ...NO_ORDER_FILTERS, status: 'rejected' },
      pageIndex: 1,
      pageSize: 20,
    };
    const params = paramsFromOrderQuery(q);
    expect(params).toEqual({
      status: 'rejected',
      cc: null,
      from: null,
      to: null,
      page: '2',
      size: null,
    });
    const back = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? undefined]));
    expect(orderQueryFromParams(back)).toEqual(q);
  });
});

describe('OrderListPage in the router', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/orders', component: OrderListPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { procurementOrders: initialOrdersState } }),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    harness = await RouterTestingHarness.create();
  });

  const queries = () =>
    dispatch.calls
      .allArgs()
      .map(([a]) => a)
      .filter((a) => a.type === OrderListPageActions.queryChanged.type)
      .map(({ filters, pageIndex, pageSize }) => ({ filters, pageIndex, pageSize }));

  it('loads what the URL says on a reload, and again on back/forward', async () => {
    const first = await harness.navigateByUrl(
      '/procurement/orders?status=rejected&page=2',
      OrderListPage,
    );
    expect(queries()).toEqual([
      { filters: { ...NO_ORDER_FILTERS, status: 'rejected' }, pageIndex: 1, pageSize: 20 },
    ]);
    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/procurement/orders', OrderListPage);
    expect(second).toBe(first);
    expect(queries()).toEqual([{ filters: NO_ORDER_FILTERS, pageIndex: 0, pageSize: 20 }]);
  });

  it('a status chosen goes into the URL, back to the first page', async () => {
    const page = await harness.navigateByUrl('/procurement/orders?page=3', OrderListPage);
    store.setState({
      procurementOrders: { ...initialOrdersState, pageIndex: 2 },
    });
    (
      page as unknown as { form: { controls: { status: { setValue(v: string): void } } } }
    ).form.controls.status.setValue('approved');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/procurement/orders?status=approved');
    expect(queries().at(-1)).toEqual({
      filters: { ...NO_ORDER_FILTERS, status: 'approved' },
      pageIndex: 0,
      pageSize: 20,
    });
  });
});
