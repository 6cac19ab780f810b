import { CatalogApiActions, CatalogPageActions, ProductPageActions } from './catalog.actions';
import { catalogFeature, categoryTree, initialCatalogState } from './catalog.feature';
import { DEFAULT_CATALOG_QUERY } from './procurement.model';
import { product } from './test-data.spec-util';

const reducer = catalogFeature.reducer;

describe('catalog feature', () => {
  it('a new query starts loading and keeps it; results keep the server order', () => {
    const query = { ...DEFAULT_CATALOG_QUERY, q: '纸' };
    let s = reducer(initialCatalogState, CatalogPageActions.queryChanged({ query }));
    expect(s.loading).toBeTrue();
    expect(s.query).toBe(query);
    s = reducer(
      s,
      CatalogApiActions.searchSucceeded({
        query,
        page: { items: [product('b'), product('a')], total: 57, relaxedQuery: '纸' },
      }),
    );
    expect(s.loading).toBeFalse();
    expect(s.total).toBe(57);
    expect(s.relaxedQuery).toBe('纸');
    expect(catalogFeature.selectProducts.projector(s.results).map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('a failed search keeps the previous results under the error', () => {
    let s = reducer(
      initialCatalogState,
      CatalogApiActions.searchSucceeded({
        query: DEFAULT_CATALOG_QUERY,
        page: { items: [product('a')], total: 1, relaxedQuery: null },
      }),
    );
    s = reducer(s, CatalogPageActions.queryChanged({ query: DEFAULT_CATALOG_QUERY }));
    s = reducer(
      s,
      CatalogApiActions.searchFailed({ error: { status: 0, code: 'NETWORK', detail: 'offline' } }),
    );
    expect(s.loading).toBeFalse();
    expect(s.error?.code).toBe('NETWORK');
    expect(catalogFeature.selectProducts.projector(s.results).length).toBe(1);
  });

  it('the product page keeps only the answer for the product it shows', () => {
    let s = reducer(initialCatalogState, ProductPageActions.opened({ id: 'p2' }));
    s = reducer(
      s,
      CatalogApiActions.productLoaded({ product: { ...product('p1'), supplier: null } }),
    );
    expect(s.detail).toBeNull();
    expect(s.detailLoading).toBeTrue();
    s = reducer(
      s,
      CatalogApiActions.productLoaded({ product: { ...product('p2'), supplier: null } }),
    );
    expect(s.detail?.id).toBe('p2');
    expect(s.detailLoading).toBeFalse();
    s = reducer(s, ProductPageActions.opened({ id: 'p3' }));
    s = reducer(
      s,
      CatalogApiActions.productFailed({
        id: 'p3',
        error: { status: 404, code: 'NOT_FOUND', detail: '' },
      }),
    );
    expect(s.detail).toBeNull();
    expect(s.detailError?.code).toBe('NOT_FOUND');
  });

  it('lists categories depth-first, children under their parent', () => {
    const tree = categoryTree([
      { id: 'c2', name: '办公', nameEn: 'Office', parentId: null },
      { id: 'c21', name: '纸张', nameEn: 'Paper', parentId: 'c2' },
      { id: 'c1', name: '数码', nameEn: 'Digital', parentId: null },
      { id: 'c211', name: 'A4', nameEn: 'A4', parentId: 'c21' },
    ]);
    expect(tree.map((n) => [n.category.id, n.depth, n.hasChildren])).toEqual([
      ['c2', 0, true],
      ['c21', 1, true],
      ['c211', 2, false],
      ['c1', 0, false],
    ]);
  });
});
