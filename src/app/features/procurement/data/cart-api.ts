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

  /** Sets one line's quantity; the server keeps the other lines as it stores them. */
  setLine(productId: string, qty: number): Observable<PricedCart> {
    return this.http.put<PricedCart>(
      `${this.url}/lines/${encodeURIComponent(productId)}`,
      { qty },
      { context: silentErrors() },
    );
  }

  /** Removes one line; the other lines stay as stored. */
  removeLine(productId: string): Observable<PricedCart> {
    return this.http.delete<PricedCart>(`${this.url}/lines/${encodeURIComponent(productId)}`, {
      context: silentErrors(),
    });
  }

  /** Adds lines (the same product's quantities are summed). */
  add(lines: LineInput[]): Observable<PricedCart> {
    return this.http.post<PricedCart>(`${this.url}/lines`, { lines }, { context: silentErrors() });
  }

  clear(): Observable<void> {
    return this.http.delete<void>(this.url, { context: silentErrors() });
  }
}
