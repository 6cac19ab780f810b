import { PurchaseOrderPageActions } from './orders.actions';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  distinctUntilChanged,
  exhaustMap,
  filter,
  forkJoin,
  map,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { CatalogApiActions, CatalogPageActions, ProductPageActions } from './catalog.actions';
import { catalogFeature } from './catalog.feature';
import { CatalogApi } from './catalog-api';
import { sameFilters } from './catalog-query';

/** The newest query wins: a search still running is cancelled by the next one. */
export const search = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CatalogApi)) => {
    return actions$.pipe(
      ofType(CatalogPageActions.queryChanged, CatalogPageActions.retryRequested),
      withLatestFrom(store.select(catalogFeature.selectQuery)),
      switchMap(([, query]) =>
        api.search(query).pipe(
          map((page) => CatalogApiActions.searchSucceeded({ query, page })),
          catchError((e: unknown) => of(CatalogApiActions.searchFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Brand and supplier counts, reloaded only when the filters (not the page or sort) change. */
export const facets = createEffect(
  (actions$ = inject(Actions), api = inject(CatalogApi)) => {
    return actions$.pipe(
      ofType(CatalogPageActions.queryChanged),
      map(({ query }) => query),
      distinctUntilChanged(sameFilters),
      switchMap((query) =>
        api.facets(query).pipe(
          map((f) => CatalogApiActions.facetsLoaded({ facets: f })),
          catchError((e: unknown) => of(CatalogApiActions.facetsFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Categories and suppliers, once (they change rarely). */
export const reference = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CatalogApi)) => {
    return actions$.pipe(
      ofType(
        CatalogPageActions.queryChanged,
        CatalogPageActions.retryRequested,
        ProductPageActions.opened,
        PurchaseOrderPageActions.opened,
      ),
      withLatestFrom(store.select(catalogFeature.selectReferenceLoaded)),
      filter(([, loaded]) => !loaded),
      exhaustMap(() =>
        forkJoin([api.categories(), api.suppliers()]).pipe(
          map(([categories, suppliers]) =>
            CatalogApiActions.referenceLoaded({ categories, suppliers }),
          ),
          catchError((e: unknown) =>
            of(CatalogApiActions.referenceFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadProduct = createEffect(
  (actions$ = inject(Actions), api = inject(CatalogApi)) => {
    return actions$.pipe(
      ofType(ProductPageActions.opened),
      switchMap(({ id }) =>
        api.product(id).pipe(
          map((product) => CatalogApiActions.productLoaded({ product })),
          catchError((e: unknown) =>
            of(CatalogApiActions.productFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
