import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { ProductDetail, SearchPage } from './catalog-api';
import type { CatalogQuery, Category, Facets, Supplier } from './procurement.model';

export const CatalogPageActions = createActionGroup({
  source: 'Catalog Page',
  events: {
    /** The URL's query changed (first visit, a filter, a page, back/forward). */
    'Query Changed': props<{ query: CatalogQuery }>(),
    'Retry Requested': emptyProps(),
  },
});

export const ProductPageActions = createActionGroup({
  source: 'Product Page',
  events: {
    Opened: props<{ id: string }>(),
  },
});

export const CatalogApiActions = createActionGroup({
  source: 'Catalog API',
  events: {
    'Search Succeeded': props<{ query: CatalogQuery; page: SearchPage }>(),
    'Search Failed': props<{ error: ApiError }>(),
    'Facets Loaded': props<{ facets: Facets }>(),
    'Facets Failed': props<{ error: ApiError }>(),
    'Reference Loaded': props<{ categories: Category[]; suppliers: Supplier[] }>(),
    'Reference Failed': props<{ error: ApiError }>(),
    'Product Loaded': props<{ product: ProductDetail }>(),
    'Product Failed': props<{ id: string; error: ApiError }>(),
  },
});
