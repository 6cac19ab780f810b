import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { pageOf, type PageOf } from '../../../core/http/paging';

/**
 * A page of search results; `relaxedQuery` is set when the words found nothing and the server answered
 * for a looser query instead (`X-Search-Relaxed-Query`, mock-api/openapi.yaml).
 */
export interface SearchPage extends PageOf<Product> {
  relaxedQuery: string | null;
}
import { silentErrors } from '../../../core/http/http-context';
import { catalogParams } from './catalog-query';
import type { CatalogQuery, Category, Facets, Product, Supplier } from './procurement.model';

/** A product as GET /api/products/:id answers it: with its supplier and category path. */
export interface ProductDetail extends Product {
  supplier: Supplier | null;
  categoryPath?: { id: string; name: string; nameEn: string }[];
}

/** /api/products, /api/categories, /api/suppliers. */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  search(query: CatalogQuery): Observable<SearchPage> {
    return this.http
      .get<Product[]>(`${this.base}/products`, {
        params: catalogParams(query),
        observe: 'response',
        context: silentErrors(),
      })
      .pipe(
        map((response) => {
          const relaxed = response.headers.get('X-Search-Relaxed-Query');
          return {
            ...pageOf(response),
            relaxedQuery: relaxed ? decodeURIComponent(relaxed) : null,
          };
        }),
      );
  }

  facets(query: CatalogQuery): Observable<Facets> {
    return this.http.get<Facets>(`${this.base}/products/facets`, {
      params: catalogParams(query, false),
      context: silentErrors(),
    });
  }

  product(id: string): Observable<ProductDetail> {
    return this.http.get<ProductDetail>(`${this.base}/products/${encodeURIComponent(id)}`, {
      context: silentErrors(),
    });
  }

  /** Resolves up to 500 SKUs in one request; unknown SKUs are simply absent. */
  lookup(skus: string[]): Observable<Product[]> {
    return this.http
      .post<{ products: Product[] }>(
        `${this.base}/products/lookup`,
        { skus },
        { context: silentErrors() },
      )
      .pipe(map((r) => r.products));
  }

  categories(): Observable<Category[]> {
    return this.http.get<Category[]>(`${this.base}/categories`, { context: silentErrors() });
  }

  suppliers(): Observable<Supplier[]> {
    return this.http.get<Supplier[]>(`${this.base}/suppliers`, { context: silentErrors() });
  }
}
