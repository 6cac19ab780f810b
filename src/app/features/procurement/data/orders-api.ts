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
  ReceiptLineInput,
} from './procurement.model';

/** /api/orders (list and search, detail, preview, place, cancel, receive, close short). */
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
    if (filters.q?.trim()) params = params.set('q', filters.q.trim());
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

  /**
   * One goods receipt: the lines and quantities given, or everything outstanding. The key makes a
   * retried request answer the first answer instead of receiving twice.
   */
  receive(
    id: string,
    receipt: { lines?: ReceiptLineInput[]; note?: string },
    idempotencyKey: string,
  ): Observable<OrderView> {
    const note = receipt.note?.trim();
    return this.http.post<OrderView>(
      `${this.base}/${encodeURIComponent(id)}/receive`,
      { ...(receipt.lines ? { lines: receipt.lines } : {}), ...(note ? { note } : {}) },
      {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
        context: silentErrors(),
      },
    );
  }

  /** Closes a partially received order short: the rest will not come and its budget is released. */
  closeShort(id: string, reason: string): Observable<OrderView> {
    return this.http.post<OrderView>(
      `${this.base}/${encodeURIComponent(id)}/close-short`,
      { reason: reason.trim() },
      { context: silentErrors() },
    );
  }
}
