import { paramsFromQuery, queryFromParams, sameFilters } from './catalog-query';
import { DEFAULT_CATALOG_QUERY, type CatalogQuery } from './procurement.model';

describe('catalog query in the URL', () => {
  it('an empty URL is the default query, and the default query writes no parameters', () => {
    expect(queryFromParams({})).toEqual(DEFAULT_CATALOG_QUERY);
    expect(
      Object.values(paramsFromQuery(DEFAULT_CATALOG_QUERY)).every((v) => v === null),
    ).toBeTrue();
  });

  it('round-trips every filter, with prices in yuan in the URL and fen in the query', () => {
    const q: CatalogQuery = {
      q: '打印纸',
      categoryId: 'cat-3',
      brand: '得力',
      supplierId: 'sup-2',
      priceMinFen: 1250,
      priceMaxFen: 100000,
      inStock: true,
      sort: 'price',
      order: 'desc',
      pageIndex: 2,
      pageSize: 48,
    };
    const params = paramsFromQuery(q);
    expect(params).toEqual(
      jasmine.objectContaining({
        q: '打印纸',
        min: '12.5',
        max: '1000',
        inStock: '1',
        sort: 'price',
        order: 'desc',
        page: '3',
        size: '48',
      }),
    );
    const back = queryFromParams(
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? undefined])),
    );
    expect(back).toEqual(q);
  });

  it('malformed values fall back to the defaults', () => {
    const q = queryFromParams({
      sort: 'cheapest',
      page: '-2',
      size: '7',
      min: 'abc',
      max: '-5',
      inStock: 'maybe',
    });
    expect(q.sort).toBe('relevance');
    expect(q.pageIndex).toBe(0);
    expect(q.pageSize).toBe(DEFAULT_CATALOG_QUERY.pageSize);
    expect(q.priceMinFen).toBeNull();
    expect(q.priceMaxFen).toBeNull();
    expect(q.inStock).toBeFalse();
  });

  it('tells a new search from a page change', () => {
    expect(
      sameFilters(DEFAULT_CATALOG_QUERY, { ...DEFAULT_CATALOG_QUERY, pageIndex: 3, sort: 'price' }),
    ).toBeTrue();
    expect(
      sameFilters(DEFAULT_CATALOG_QUERY, { ...DEFAULT_CATALOG_QUERY, brand: '得力' }),
    ).toBeFalse();
  });
});
