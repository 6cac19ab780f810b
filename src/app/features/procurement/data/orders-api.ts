import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { pageOf, type PageOf } from '../../../core/http/paging';
import { silentErrors } from '../../../core/http/http-context';
import type {
  OrderLineInput,
  OrderFilters,
  OrderPreview,
  OrderView,
  PlaceOrderCommand,
} from './procurement.model';

/** /api/orders (list, detail, preview, place, cancel, receive). */
@Injectable({ providedIn: 'root' })
export class OrdersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/orders`;

  list(filters: OrderFilters, pageIndex: number, pageSize: number): Observable<PageOf<OrderView>> {
    let params = new HttpParams()
      .set('_sort', 'createdAt')
      .set('_order', 'desc')
      .set('_page', pageIndex + 1)
      .set('_limit', pageSize);
    if (filters.status) params = params.set('status', filters.status);
    if (filters.costCenterId) params = params.set('costCenterId', filters.costCenterId);
    if (filters.from) params = params.set('createdAt_gte', filters.from);
    if (filters.to) params = params.set('createdAt_lte', filters.to);
    return this.http
      .get<OrderView[]>(this.base, { params, observe: 'response', context: silentErrors() })
      .pipe(map(pageOf));
  }

  get(id: string): Observable<OrderView> {
    return this.http.get<OrderView>(`${this.base}/${encodeURIComponent(id)}`, {
      context: silentErrors(),
    });
  }

  preview(
    costCenterId: string,
    lines: OrderLineInput[],
    needBy?: string,
  ): Observable<OrderPreview> {
    return this.http.post<OrderPreview>(
      `${this.base}/preview`,
      { costCenterId, lines, ...(needBy ? { needBy } : {}) },
      { context: silentErrors() },
    );
  }

  /** Idempotent: the same key and body return the first answer again and create nothing new. */
  place(command: PlaceOrderCommand, idempotencyKey: string): Observable<OrderView> {
    return this.http.post<OrderView>(this.base, command, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      context: silentErrors(),
    });
  }

  cancel(id: string, reason?: string): Observable<OrderView> {
    return this.http.post<OrderView>(
      `${this.base}/${encodeURIComponent(id)}/cancel`,
      reason ? { reason } : {},
      { context: silentErrors() },
    );
  }

  receive(id: string): Observable<OrderView> {
    return this.http.post<OrderView>(
      `${this.base}/${encodeURIComponent(id)}/receive`,
      {},
      { context: silentErrors() },
    );
  }
}
