import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { CatalogApiActions, CatalogPageActions, ProductPageActions } from './catalog.actions';
import type { ProductDetail } from './catalog-api';
import {
  DEFAULT_CATALOG_QUERY,
  type CatalogQuery,
  type Category,
  type Facets,
  type Product,
  type Supplier,
} from './procurement.model';

/** The products of the page shown, in the server's order. */
export const productAdapter = createEntityAdapter<Product>();

export interface CategoryNode {
  category: Category;
  depth: number;
  hasChildren: boolean;
}

export interface CatalogState {
  query: CatalogQuery;
  results: EntityState<Product>;
  total: number;
  /** The looser query the results are for, when the user's words found nothing. */
  relaxedQuery: string | null;
  loading: boolean;
  error: ApiError | null;
  facets: Facets | null;
  categories: Category[];
  suppliers: Supplier[];
  referenceLoaded: boolean;
  detail: ProductDetail | null;
  detailId: string | null;
  detailLoading: boolean;
  detailError: ApiError | null;
}

export const initialCatalogState: CatalogState = {
  query: DEFAULT_CATALOG_QUERY,
  results: productAdapter.getInitialState(),
  total: 0,
  relaxedQuery: null,
  loading: false,
  error: null,
  facets: null,
  categories: [],
  suppliers: [],
  referenceLoaded: false,
  detail: null,
  detailId: null,
  detailLoading: false,
  detailError: null,
};

/** Categories as a depth-first list (parents before their children, siblings by name). */
export function categoryTree(categories: readonly Category[]): CategoryNode[] {
  const children = new Map<string | null, Category[]>();
  for (const c of categories) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  const ids = new Set(categories.map((c) => c.id));
  const out: CategoryNode[] = [];
  const visit = (c: Category, depth: number) => {
    const kids = children.get(c.id) ?? [];
    out.push({ category: c, depth, hasChildren: kids.length > 0 });
    for (const k of kids) visit(k, depth + 1);
  };
  const roots = categories.filter((c) => c.parentId === null || !ids.has(c.parentId));
  for (const r of roots) visit(r, 0);
  return out;
}

const { selectAll } = productAdapter.getSelectors();

export const catalogFeature = createFeature({
  name: 'procurementCatalog',
  reducer: createReducer(
    initialCatalogState,
    on(CatalogPageActions.queryChanged, (s, { query }): CatalogState => ({
      ...s,
      query,
      loading: true,
      error: null,
    })),
    on(CatalogPageActions.retryRequested, (s): CatalogState => ({
      ...s,
      loading: true,
      error: null,
    })),
    on(CatalogApiActions.searchSucceeded, (s, { page }): CatalogState => ({
      ...s,
      results: productAdapter.setAll(page.items, s.results),
      total: page.total,
      relaxedQuery: page.relaxedQuery,
      loading: false,
      error: null,
    })),
    // The previous results stay visible under the error, so nothing disappears on a failed search.
    on(CatalogApiActions.searchFailed, (s, { error }): CatalogState => ({
      ...s,
      loading: false,
      error,
    })),
    on(CatalogApiActions.facetsLoaded, (s, { facets }): CatalogState => ({ ...s, facets })),
    on(CatalogApiActions.referenceLoaded, (s, { categories, suppliers }): CatalogState => ({
      ...s,
      categories,
      suppliers,
      referenceLoaded: true,
    })),
    on(ProductPageActions.opened, (s, { id }): CatalogState => ({
      ...s,
      detailId: id,
      detail: s.detail?.id === id ? s.detail : null,
      detailLoading: true,
      detailError: null,
    })),
    on(CatalogApiActions.productLoaded, (s, { product }): CatalogState =>
      s.detailId === product.id || s.detailId === product.sku
        ? { ...s, detail: product, detailLoading: false }
        : s,
    ),
    on(CatalogApiActions.productFailed, (s, { id, error }): CatalogState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
  ),
  extraSelectors: ({ selectResults, selectCategories, selectSuppliers }) => ({
    selectProducts: createSelector(selectResults, selectAll),
    selectCategoryTree: createSelector(selectCategories, categoryTree),
    selectCategoryById: createSelector(selectCategories, (cs) => new Map(cs.map((c) => [c.id, c]))),
    selectSupplierById: createSelector(selectSuppliers, (ss) => new Map(ss.map((s) => [s.id, s]))),
  }),
});
