import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { ProductPageActions } from '../data/catalog.actions';
import { initialCartState } from '../data/cart.feature';
import { initialCatalogState } from '../data/catalog.feature';
import type { ProductDetail } from '../data/catalog-api';
import { product } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { ProductPage } from './product-page';

describe('ProductPage in the router', () => {
  it('loads the product of the route, and the next one when only the id changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/products/:id', component: ProductPage }],
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
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    const first = await harness.navigateByUrl('/procurement/products/p1', ProductPage);
    expect(dispatch.calls.allArgs()).toEqual([[ProductPageActions.opened({ id: 'p1' })]]);

    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/procurement/products/p2', ProductPage);
    expect(second).toBe(first);
    expect(dispatch.calls.allArgs()).toEqual([[ProductPageActions.opened({ id: 'p2' })]]);

    // A query parameter alone is no new product.
    dispatch.calls.reset();
    await harness.navigateByUrl('/procurement/products/p2?from=catalog', ProductPage);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('ProductPage specification table', () => {
  let pageText = '';
  async function specsShown(lang: 'zh-CN' | 'en', over: Partial<ProductDetail>): Promise<string[]> {
    const detail: ProductDetail = {
      ...product('p1', { specs: { 品牌: '得力', 包装: '12支/包' } }),
      supplier: null,
      ...over,
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/products/:id', component: ProductPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            procurementCatalog: { ...initialCatalogState, detailId: 'p1', detail },
            procurementCart: initialCartState,
          },
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(PROCUREMENT_I18N);
    i18n.lang.set(lang);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/products/p1', ProductPage);
    harness.detectChanges();
    pageText = harness.routeNativeElement!.textContent ?? '';
    return [...harness.routeNativeElement!.querySelectorAll('.specs div')].map(
      (d) =>
        `${d.querySelector('dt')?.textContent?.trim()} ${d.querySelector('dd')?.textContent?.trim()}`,
    );
  }

  it('is in English on the English page', async () => {
    const shown = await specsShown('en', {
      brand: '得力',
      brandEn: 'Deli',
      specsEn: { Brand: 'Deli', Packaging: '12 pc/pack' },
    });
    expect(shown).toEqual(['Brand Deli', 'Packaging 12 pc/pack']);
    // the brand beside the SKU too
    expect(pageText).not.toContain('得力');
  });

  it('is in Chinese on the Chinese page, and when a product has no English table', async () => {
    expect(await specsShown('zh-CN', { specsEn: { Brand: 'Deli' } })).toEqual([
      '品牌 得力',
      '包装 12支/包',
    ]);
    TestBed.resetTestingModule();
    expect(await specsShown('en', {})).toEqual(['品牌 得力', '包装 12支/包']);
  });
});
