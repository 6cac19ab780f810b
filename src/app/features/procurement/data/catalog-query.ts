import { HttpParams } from '@angular/common/http';
import {
  DEFAULT_CATALOG_QUERY,
  PAGE_SIZES,
  type CatalogQuery,
  type CatalogSort,
} from './procurement.model';

const SORTS: CatalogSort[] = ['relevance', 'price', 'leadTimeDays'];

function yuanToFenOrNull(v: string | null | undefined): number | null {
  if (v == null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
}

function fenToYuanText(fen: number): string {
  return String(fen / 100);
}

/** URL query parameters → a catalog query (unknown or malformed values fall back to the defaults). */
export function queryFromParams(
  params: Readonly<Record<string, string | undefined>>,
): CatalogQuery {
  const d = DEFAULT_CATALOG_QUERY;
  const sort = SORTS.includes(params['sort'] as CatalogSort)
    ? (params['sort'] as CatalogSort)
    : d.sort;
  const page = Number(params['page']);
  const size = Number(params['size']);
  return {
    q: (params['q'] ?? '').slice(0, 200),
    categoryId: params['category'] || null,
    brand: params['brand'] || null,
    supplierId: params['supplier'] || null,
    priceMinFen: yuanToFenOrNull(params['min']),
    priceMaxFen: yuanToFenOrNull(params['max']),
    inStock: params['inStock'] === '1' || params['inStock'] === 'true',
    sort,
    order: params['order'] === 'desc' ? 'desc' : 'asc',
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: PAGE_SIZES.includes(size) ? size : d.pageSize,
  };
}

/**
 * A catalog query → URL query parameters. Defaults are left out (null removes a parameter when merged by
 * the router), so a shared link is short; prices are in yuan as the buyer typed them.
 */
export function paramsFromQuery(query: CatalogQuery): Record<string, string | null> {
  const d = DEFAULT_CATALOG_QUERY;
  return {
    q: query.q.trim() || null,
    category: query.categoryId,
    brand: query.brand,
    supplier: query.supplierId,
    min: query.priceMinFen == null ? null : fenToYuanText(query.priceMinFen),
    max: query.priceMaxFen == null ? null : fenToYuanText(query.priceMaxFen),
    inStock: query.inStock ? '1' : null,
    sort: query.sort === d.sort ? null : query.sort,
    order: query.order === d.order ? null : query.order,
    page: query.pageIndex === 0 ? null : String(query.pageIndex + 1),
    size: query.pageSize === d.pageSize ? null : String(query.pageSize),
  };
}

/** Whether two queries ask for the same results (ignoring paging). */
export function sameFilters(a: CatalogQuery, b: CatalogQuery): boolean {
  return (
    a.q.trim() === b.q.trim() &&
    a.categoryId === b.categoryId &&
    a.brand === b.brand &&
    a.supplierId === b.supplierId &&
    a.priceMinFen === b.priceMinFen &&
    a.priceMaxFen === b.priceMaxFen &&
    a.inStock === b.inStock
  );
}

/** The filters of a catalog query as API parameters (money stays in fen). */
export function catalogParams(query: CatalogQuery, paging = true): HttpParams {
  let p = new HttpParams().set('channels_like', 'procurement');
  if (query.q.trim()) p = p.set('q', query.q.trim());
  if (query.categoryId) p = p.set('categoryId', query.categoryId);
  if (query.brand) p = p.set('brand', query.brand);
  if (query.supplierId) p = p.set('supplierId', query.supplierId);
  if (query.priceMinFen != null) p = p.set('priceMin', query.priceMinFen);
  if (query.priceMaxFen != null) p = p.set('priceMax', query.priceMaxFen);
  if (query.inStock) p = p.set('inStock', 'true');
  if (!paging) return p;
  const sort = query.sort === 'relevance' && !query.q.trim() ? 'name' : query.sort;
  return p
    .set('_sort', sort)
    .set('_order', query.sort === 'relevance' ? 'asc' : query.order)
    .set('_page', query.pageIndex + 1)
    .set('_limit', query.pageSize);
}
