import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { CatalogApi, type SearchPage } from './catalog-api';
import { catalogParams } from './catalog-query';
import { DEFAULT_CATALOG_QUERY } from './procurement.model';
import { product } from './test-data.spec-util';

describe('CatalogApi', () => {
  let api: CatalogApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(CatalogApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the filters in fen, procurement channel only, with paging 1-based', () => {
    const p = catalogParams({
      ...DEFAULT_CATALOG_QUERY,
      q: ' 纸 ',
      brand: '得力',
      priceMinFen: 1000,
      inStock: true,
      sort: 'price',
      order: 'desc',
      pageIndex: 2,
      pageSize: 48,
    });
    expect(p.get('channels_like')).toBe('procurement');
    expect(p.get('q')).toBe('纸');
    expect(p.get('priceMin')).toBe('1000');
    expect(p.has('priceMax')).toBeFalse();
    expect(p.get('inStock')).toBe('true');
    expect([p.get('_sort'), p.get('_order'), p.get('_page'), p.get('_limit')]).toEqual([
      'price',
      'desc',
      '3',
      '48',
    ]);
    expect(catalogParams(DEFAULT_CATALOG_QUERY).get('_sort')).toBe('name');
  });

  it('reads the total from X-Total-Count', () => {
    let total = 0;
    api.search(DEFAULT_CATALOG_QUERY).subscribe((page) => (total = page.total));
    http
      .expectOne((r) => r.url === '/api/products')
      .flush([product('a')], { headers: { 'X-Total-Count': '4321' } });
    expect(total).toBe(4321);
  });

  it('says which looser query the results are for when the words found nothing', () => {
    const pages: SearchPage[] = [];
    api.search(DEFAULT_CATALOG_QUERY).subscribe((page) => pages.push(page));
    api.search(DEFAULT_CATALOG_QUERY).subscribe((page) => pages.push(page));
    const [relaxed, exact] = http.match((r) => r.url === '/api/products');
    relaxed.flush([product('a')], {
      headers: { 'X-Search-Relaxed-Query': encodeURIComponent('纸') },
    });
    exact.flush([product('b')]);
    expect(pages.map((p) => p.relaxedQuery)).toEqual(['纸', null]);
  });

  it('resolves SKUs in one batch request', () => {
    let skus: string[] = [];
    api.lookup(['A', 'B']).subscribe((ps) => (skus = ps.map((p) => p.sku)));
    const req = http.expectOne('/api/products/lookup');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ skus: ['A', 'B'] });
    req.flush({ products: [product('a', { sku: 'A' })] });
    expect(skus).toEqual(['A']);
  });
});
