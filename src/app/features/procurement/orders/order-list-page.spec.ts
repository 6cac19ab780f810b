import { ApplicationRef } from '@angular/core';
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
import { ORDER_SEARCH_DEBOUNCE_MS, OrderListPage } from './order-list-page';
import { pretendNarrowScreen } from '../../../shared/ui/phone-filters.spec-util';

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
      filters: {
        q: null,
        status: 'approved',
        costCenterId: 'cc-1',
        from: '2026-01-01',
        to: '2026-02-01',
      },
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
      q: null,
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

  it('keeps the search in the URL, trimmed and at most 200 characters', () => {
    const q = { filters: { ...NO_ORDER_FILTERS, q: '打印纸' }, pageIndex: 0, pageSize: 20 };
    expect(paramsFromOrderQuery(q)['q']).toBe('打印纸');
    expect(orderQueryFromParams({ q: '  打印纸 ' })).toEqual(q);
    expect(orderQueryFromParams({ q: '   ' }).filters.q).toBeNull();
    expect(orderQueryFromParams({ q: 'x'.repeat(500) }).filters.q?.length).toBe(200);
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

  it('searches once typing pauses: one query with the last text, in the URL', async () => {
    const page = await harness.navigateByUrl('/procurement/orders?status=approved', OrderListPage);
    dispatch.calls.reset();
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-03-01T10:00:00Z')); // debounceTime reads the clock's date
    try {
      const search = (page as unknown as { search: { setValue(v: string): void } }).search;
      search.setValue('P');
      jasmine.clock().tick(100);
      search.setValue('PO2026');
      jasmine.clock().tick(100);
      search.setValue(' 打印纸 ');
      jasmine.clock().tick(ORDER_SEARCH_DEBOUNCE_MS - 10);
      expect(queries()).toEqual([]);
      jasmine.clock().tick(20);
    } finally {
      jasmine.clock().uninstall();
    }
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      `/procurement/orders?q=${encodeURIComponent('打印纸')}&status=approved`,
    );
    expect(queries()).toEqual([
      {
        filters: { ...NO_ORDER_FILTERS, q: '打印纸', status: 'approved' },
        pageIndex: 0,
        pageSize: 20,
      },
    ]);
  });

  it('the empty state says what was searched', async () => {
    store.setState({
      procurementOrders: {
        ...initialOrdersState,
        filters: { ...NO_ORDER_FILTERS, q: 'PO-NOPE' },
      },
    });
    await harness.navigateByUrl('/procurement/orders?q=PO-NOPE', OrderListPage);
    harness.detectChanges();
    expect(harness.routeNativeElement?.textContent).toContain('没有找到与“PO-NOPE”相关的订单');
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

describe('OrderListPage on a phone', () => {
  function render(filters: Partial<typeof NO_ORDER_FILTERS> = {}): HTMLElement {
    pretendNarrowScreen();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            procurementOrders: {
              ...initialOrdersState,
              filters: { ...NO_ORDER_FILTERS, ...filters },
            },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    TestBed.inject(I18n).use('zh-CN');
    const fixture = TestBed.createComponent(OrderListPage);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const more = (el: HTMLElement) =>
    el.querySelector<HTMLButtonElement>('app-filters-toggle button')!;

  it('keeps the search; status, cost center and dates open from "more filters"', async () => {
    const el = render();
    expect(el.querySelector('[data-testid="order-search"]')).not.toBeNull();
    expect(el.querySelector('#order-more-filters')).toBeNull();
    expect(more(el).textContent).toContain('更多筛选');
    expect(more(el).getAttribute('aria-expanded')).toBe('false');

    more(el).click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(more(el).getAttribute('aria-expanded')).toBe('true');
    const fields = el.querySelectorAll('#order-more-filters mat-form-field');
    expect(fields.length).toBe(4);
  });

  it('opens them by itself when the URL sets one', () => {
    const el = render({ status: 'approved' });
    expect(el.querySelector('#order-more-filters')).not.toBeNull();
    expect(more(el).getAttribute('aria-expanded')).toBe('true');
  });
});
