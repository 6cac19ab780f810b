import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import type { LineInput, PricedCart } from './procurement.model';

/** /api/cart: one server-side cart per buyer, priced by the server on every answer. */
@Injectable({ providedIn: 'root' })
export class CartApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/cart`;

  get(): Observable<PricedCart> {
    return this.http.get<PricedCart>(this.url, { context: silentErrors() });
  }

  /** Replaces the whole cart. */
  replace(lines: LineInput[]): Observable<PricedCart> {
    return this.http.put<PricedCart>(this.url, { lines }, { context: silentErrors() });
  }

  /** Adds lines (the same product's quantities are summed). */
  add(lines: LineInput[]): Observable<PricedCart> {
    return this.http.post<PricedCart>(`${this.url}/lines`, { lines }, { context: silentErrors() });
  }

  clear(): Observable<void> {
    return this.http.delete<void>(this.url, { context: silentErrors() });
  }
}
