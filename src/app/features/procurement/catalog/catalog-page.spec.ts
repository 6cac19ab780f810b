import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Product } from '../../../../domain/index.ts';
import { I18n } from '../../../core/i18n/i18n';
import { CatalogPageActions } from '../data/catalog.actions';
import { initialCartState } from '../data/cart.feature';
import { initialCatalogState, productAdapter } from '../data/catalog.feature';
import { DEFAULT_CATALOG_QUERY } from '../data/procurement.model';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { CatalogPage } from './catalog-page';

const product: Product = {
  id: 'p1',
  sku: 'SKU-1',
  name: 'A4 复印纸',
  nameEn: 'A4 copy paper',
  brand: '得力',
  categoryId: 'cat-1',
  supplierId: 'sup-1',
  unit: '箱',
  moq: 1,
  packSize: 1,
  stock: 40,
  leadTimeDays: 2,
  vatRate: 13,
  priceTiers: [{ minQty: 1, unitPriceFen: 12_000 }],
  channels: ['procurement'],
  image: '/api/images/p1.svg',
  specs: {},
};
const results = productAdapter.setAll([product], productAdapter.getInitialState());

describe('CatalogPage in the router', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/catalog', component: CatalogPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            procurementCatalog: initialCatalogState,
            procurementCart: initialCartState,
          },
        }),
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
      .filter((a) => a.type === CatalogPageActions.queryChanged.type)
      .map((a) => a.query);
  const searchBox = () =>
    harness.routeNativeElement!.querySelector<HTMLInputElement>('input[type=search]')!;

  it('searches what the URL says, on the first visit and on each change of the same page', async () => {
    const first = await harness.navigateByUrl(
      '/procurement/catalog?q=chair&category=cat-1&min=10&inStock=1&sort=price&order=desc&page=3',
      CatalogPage,
    );
    expect(queries()).toEqual([
      {
        ...DEFAULT_CATALOG_QUERY,
        q: 'chair',
        categoryId: 'cat-1',
        priceMinFen: 1000,
        inStock: true,
        sort: 'price',
        order: 'desc',
        pageIndex: 2,
      },
    ]);
    expect(searchBox().value).toBe('chair');

    // back/forward or a shared link to another search: the same component, a new query
    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/procurement/catalog?q=desk', CatalogPage);
    expect(second).toBe(first);
    expect(queries()).toEqual([{ ...DEFAULT_CATALOG_QUERY, q: 'desk' }]);
    expect(searchBox().value).toBe('desk');

    dispatch.calls.reset();
    await harness.navigateByUrl('/procurement/catalog', CatalogPage);
    expect(queries()).toEqual([DEFAULT_CATALOG_QUERY]);
  });

  it('a page change goes through the URL', async () => {
    await harness.navigateByUrl('/procurement/catalog?q=chair', CatalogPage);
    dispatch.calls.reset();
    await TestBed.inject(Router).navigate(['/procurement/catalog'], {
      queryParams: { q: 'chair', page: 2 },
    });
    harness.detectChanges();
    expect(queries()).toEqual([{ ...DEFAULT_CATALOG_QUERY, q: 'chair', pageIndex: 1 }]);
  });

  it('makes the paginator after the cards, and its next page goes through the URL', async () => {
    TestBed.inject(I18n).lang.set('en');
    store.setState({
      procurementCatalog: { ...initialCatalogState, results, total: 41 },
      procurementCart: initialCartState,
    });
    await harness.navigateByUrl('/procurement/catalog', CatalogPage);
    const root = harness.routeNativeElement!;
    expect(root.querySelector('app-product-card')).not.toBeNull();
    expect(root.querySelector('mat-paginator')).toBeNull();

    await harness.fixture.whenStable();
    harness.detectChanges();
    dispatch.calls.reset();
    root.querySelector<HTMLButtonElement>('button[aria-label="Next page"]')!.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/procurement/catalog?page=2');
    expect(queries()).toEqual([{ ...DEFAULT_CATALOG_QUERY, pageIndex: 1 }]);
    TestBed.inject(I18n).lang.set('zh-CN');
  });

  it('shows the looser query the results are for, and no stale count after a failed search', async () => {
    TestBed.inject(I18n).lang.set('zh-CN');
    await harness.navigateByUrl('/procurement/catalog?q=彩色打印纸', CatalogPage);
    store.setState({
      procurementCatalog: { ...initialCatalogState, total: 203, relaxedQuery: '纸' },
      procurementCart: initialCartState,
    });
    harness.detectChanges();
    const root = harness.routeNativeElement!;
    expect(root.querySelector('[data-testid=relaxed-query]')?.textContent).toContain(
      '为您显示“纸”的结果',
    );
    expect(root.querySelector('#results-heading')?.textContent).toContain('共 203 件商品');
    store.setState({
      procurementCatalog: {
        ...initialCatalogState,
        total: 203,
        relaxedQuery: '纸',
        error: { status: 500, code: 'INTERNAL_ERROR', detail: '' },
      },
      procurementCart: initialCartState,
    });
    harness.detectChanges();
    expect(root.querySelector('#results-heading')?.textContent).toContain('商品未能加载');
    expect(root.querySelector('#results-heading')?.textContent).not.toContain('203');
    expect(root.querySelector('[data-testid=relaxed-query]')).toBeNull();
  });

  it('says it is finding products, not "0 products", until the first results arrive', async () => {
    const i18n = TestBed.inject(I18n);
    await harness.navigateByUrl('/procurement/catalog', CatalogPage);
    const heading = () =>
      harness.routeNativeElement!.querySelector('#results-heading')?.textContent;
    for (const [lang, finding, found] of [
      ['zh-CN', '正在查找商品…', '共 41 件商品'],
      ['en', 'Finding products…', 'Products found: 41'],
    ] as const) {
      i18n.lang.set(lang);
      store.setState({
        procurementCatalog: { ...initialCatalogState, loading: true },
        procurementCart: initialCartState,
      });
      harness.detectChanges();
      expect(heading()?.trim()).toBe(finding);

      store.setState({
        procurementCatalog: { ...initialCatalogState, results, total: 41 },
        procurementCart: initialCartState,
      });
      harness.detectChanges();
      expect(heading()?.trim()).toBe(found);
    }
    // a later search keeps the count of the results it still shows
    store.setState({
      procurementCatalog: { ...initialCatalogState, results, total: 41, loading: true },
      procurementCart: initialCartState,
    });
    harness.detectChanges();
    expect(heading()?.trim()).toBe('Products found: 41');
    i18n.lang.set('zh-CN');
  });

  describe('filters and sort', () => {
    const screen = (wide: boolean) =>
      spyOn(window, 'matchMedia').and.returnValue({ matches: wide } as MediaQueryList);
    const root = () => harness.routeNativeElement!;
    const toggle = () => root().querySelector<HTMLButtonElement>('app-filters-toggle button');
    const filters = () => root().querySelector('#catalog-filters');
    const fieldLabels = (el: Element | null) =>
      [...(el?.querySelectorAll('mat-label') ?? [])].map((l) => l.textContent?.trim());

    it('on a phone are behind their button, which opens them with the sort first', async () => {
      screen(false);
      await harness.navigateByUrl('/procurement/catalog', CatalogPage);
      expect(fieldLabels(root())).toEqual(['搜索商品']);
      expect(filters()).toBeNull();
      expect(toggle()?.textContent).toContain('筛选');
      expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
      expect(toggle()?.getAttribute('aria-controls')).toBe('catalog-filters');

      toggle()!.click();
      harness.detectChanges();
      expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
      expect(filters()?.getAttribute('aria-label')).toBe('筛选');
      expect(fieldLabels(filters())).toEqual(['排序', '品类', '品牌', '供应商', '最低', '最高']);
    });

    // the link, what the store holds for it, and whether a phone shows the filters at once
    for (const [url, query, open] of [
      ['?brand=得力', { brand: '得力' }, true],
      ['?sort=price&order=desc', { sort: 'price', order: 'desc' }, true],
      ['?q=纸', { q: '纸' }, false],
    ] as const) {
      it(`on a phone, a link with ${url} ${open ? 'opens them' : 'leaves them closed'}`, async () => {
        screen(false);
        store.setState({
          procurementCatalog: {
            ...initialCatalogState,
            query: { ...DEFAULT_CATALOG_QUERY, ...query },
          },
          procurementCart: initialCartState,
        });
        await harness.navigateByUrl(`/procurement/catalog${url}`, CatalogPage);
        expect(toggle()?.getAttribute('aria-expanded')).toBe(String(open));
        expect(filters() !== null).toBe(open);
      });
    }

    it('on a wide screen are always shown, under their heading, with the sort beside the search', async () => {
      screen(true);
      await harness.navigateByUrl('/procurement/catalog', CatalogPage);
      expect(toggle()).toBeNull();
      expect(fieldLabels(root().querySelector('form[role=search]'))).toEqual(['搜索商品', '排序']);
      const heading = filters()?.querySelector('h2');
      expect(heading?.textContent).toContain('筛选');
      expect(filters()?.getAttribute('aria-labelledby')).toBe(heading?.id ?? 'none');
      expect(fieldLabels(filters())).toEqual(['品类', '品牌', '供应商', '最低', '最高']);
    });
  });
});
