import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { CatalogApiActions, CatalogPageActions } from './catalog.actions';
import { facets, search } from './catalog.effects';
import { initialCatalogState } from './catalog.feature';
import { CatalogApi, type SearchPage } from './catalog-api';
import { DEFAULT_CATALOG_QUERY, type CatalogQuery } from './procurement.model';
import { product } from './test-data.spec-util';

describe('catalog effects', () => {
  let actions$: Subject<Action>;
  let responses: Subject<SearchPage>[];
  let api: jasmine.SpyObj<CatalogApi>;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    responses = [];
    api = jasmine.createSpyObj<CatalogApi>('CatalogApi', ['search', 'facets']);
    api.search.and.callFake(() => {
      const r = new Subject<SearchPage>();
      responses.push(r);
      return r;
    });
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { procurementCatalog: initialCatalogState } }),
        { provide: CatalogApi, useValue: api },
      ],
    });
  });

  it('search: the newest query wins (switchMap cancels the older request)', () => {
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => search()).subscribe((a) => out.push(a));
    actions$.next(CatalogPageActions.queryChanged({ query: DEFAULT_CATALOG_QUERY }));
    actions$.next(CatalogPageActions.queryChanged({ query: DEFAULT_CATALOG_QUERY }));
    expect(api.search).toHaveBeenCalledTimes(2);
    responses[0].next({ items: [product('old')], total: 1, relaxedQuery: null });
    responses[1].next({ items: [product('new')], total: 1, relaxedQuery: null });
    expect(out.length).toBe(1);
    expect((out[0] as ReturnType<typeof CatalogApiActions.searchSucceeded>).page.items[0].id).toBe(
      'new',
    );
  });

  it('search: a failure becomes a failure action and the effect keeps working', () => {
    api.search.and.returnValues(
      throwError(() => new HttpErrorResponse({ status: 0 })) as Observable<SearchPage>,
      of({ items: [], total: 0, relaxedQuery: null }),
    );
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => search()).subscribe((a) => out.push(a));
    actions$.next(CatalogPageActions.queryChanged({ query: DEFAULT_CATALOG_QUERY }));
    actions$.next(CatalogPageActions.retryRequested());
    expect(out.map((a) => a.type)).toEqual([
      CatalogApiActions.searchFailed.type,
      CatalogApiActions.searchSucceeded.type,
    ]);
    expect((out[0] as ReturnType<typeof CatalogApiActions.searchFailed>).error.code).toBe(
      'NETWORK',
    );
  });

  it('facets: reloaded only when the filters change, not for another page or sort', () => {
    api.facets.and.returnValue(of({ brands: [], suppliers: [] }));
    TestBed.runInInjectionContext(() => facets()).subscribe();
    const q: CatalogQuery = DEFAULT_CATALOG_QUERY;
    actions$.next(CatalogPageActions.queryChanged({ query: q }));
    actions$.next(
      CatalogPageActions.queryChanged({ query: { ...q, pageIndex: 4, sort: 'price' } }),
    );
    expect(api.facets).toHaveBeenCalledTimes(1);
    actions$.next(CatalogPageActions.queryChanged({ query: { ...q, brand: '得力' } }));
    expect(api.facets).toHaveBeenCalledTimes(2);
  });
});
