import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { Campaign } from './campaign.model';
import type { RedemptionCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import { pageOf, type PageOf } from '../../../core/http/paging';
import {
  RECOMMENDATIONS_SHOWN,
  type Category,
  type GiftQuery,
  type PointsLedgerEntry,
  type PaymentMethod,
  type PointsBalance,
  type PointsLot,
  type Product,
  type Recommendation,
  type Redemption,
  type WelfareCart,
  type WelfareGift,
} from './welfare.model';

/** A gift query as API parameters (GET /api/welfare/gifts). */
export function giftParams(query: GiftQuery): HttpParams {
  let p = new HttpParams();
  if (query.q.trim()) p = p.set('q', query.q.trim());
  if (query.categoryId) p = p.set('categoryId', query.categoryId);
  if (query.pointsMin != null) p = p.set('pointsMin', query.pointsMin);
  if (query.pointsMax != null) p = p.set('pointsMax', query.pointsMax);
  if (query.withinBalance) p = p.set('withinBalance', 'true');
  const [sort, order] =
    query.sort === 'points-asc'
      ? ['points', 'asc']
      : query.sort === 'points-desc'
        ? ['points', 'desc']
        : [query.sort, null];
  // A search without a chosen sort keeps the server's relevance order.
  if (!(query.q.trim() && query.sort === 'popularity')) p = p.set('_sort', sort);
  if (order) p = p.set('_order', order);
  return p.set('_page', query.pageIndex + 1).set('_limit', query.pageSize);
}

/** /api/points/* and /api/welfare/* for the employee's gift store. */
@Injectable({ providedIn: 'root' })
export class WelfareApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly quiet = { context: silentErrors() };

  account(): Observable<PointsBalance> {
    return this.http.get<PointsBalance>(`${this.base}/points/account`, this.quiet);
  }

  ledger(pageIndex: number, pageSize: number): Observable<PageOf<PointsLedgerEntry>> {
    return this.http
      .get<PointsLedgerEntry[]>(`${this.base}/points/ledger`, {
        ...this.quiet,
        params: { _page: pageIndex + 1, _limit: pageSize },
        observe: 'response',
      })
      .pipe(map(pageOf));
  }

  lots(): Observable<PointsLot[]> {
    return this.http.get<PointsLot[]>(`${this.base}/points/lots`, {
      ...this.quiet,
      params: { _limit: 100 },
    });
  }

  gifts(query: GiftQuery): Observable<PageOf<WelfareGift>> {
    return this.http
      .get<WelfareGift[]>(`${this.base}/welfare/gifts`, {
        ...this.quiet,
        params: giftParams(query),
        observe: 'response',
      })
      .pipe(map(pageOf));
  }

  currentCampaign(): Observable<Campaign | null> {
    return this.http
      .get<{ campaign: Campaign | null }>(`${this.base}/welfare/campaigns/current`, this.quiet)
      .pipe(map((r) => r.campaign));
  }

  categories(): Observable<Category[]> {
    return this.http.get<Category[]>(`${this.base}/categories`, this.quiet);
  }

  recommendations(limit = RECOMMENDATIONS_SHOWN): Observable<Recommendation[]> {
    return this.http.get<Recommendation[]>(`${this.base}/welfare/recommendations`, {
      ...this.quiet,
      params: { _limit: limit },
    });
  }

  product(id: string): Observable<Product> {
    return this.http.get<Product>(`${this.base}/products/${encodeURIComponent(id)}`, this.quiet);
  }

  cart(): Observable<WelfareCart> {
    return this.http.get<WelfareCart>(`${this.base}/welfare/cart`, this.quiet);
  }

  saveCart(lines: { productId: string; qty: number }[]): Observable<WelfareCart> {
    return this.http.put<WelfareCart>(`${this.base}/welfare/cart`, { lines }, this.quiet);
  }

  redeem(command: RedemptionCommand, idempotencyKey: string): Observable<Redemption> {
    return this.http.post<Redemption>(`${this.base}/welfare/redemptions`, command, {
      ...this.quiet,
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  redemptions(pageIndex: number, pageSize: number): Observable<PageOf<Redemption>> {
    return this.http
      .get<Redemption[]>(`${this.base}/welfare/redemptions`, {
        ...this.quiet,
        params: { _page: pageIndex + 1, _limit: pageSize },
        observe: 'response',
      })
      .pipe(map(pageOf));
  }

  redemption(id: string): Observable<Redemption> {
    return this.http.get<Redemption>(
      `${this.base}/welfare/redemptions/${encodeURIComponent(id)}`,
      this.quiet,
    );
  }

  pay(id: string, method: PaymentMethod): Observable<Redemption> {
    return this.command(id, 'pay', { method });
  }

  cancel(id: string): Observable<Redemption> {
    return this.command(id, 'cancel', {});
  }

  confirm(id: string): Observable<Redemption> {
    return this.command(id, 'confirm', {});
  }

  private command(id: string, verb: string, body: object): Observable<Redemption> {
    return this.http.post<Redemption>(
      `${this.base}/welfare/redemptions/${encodeURIComponent(id)}/${verb}`,
      body,
      this.quiet,
    );
  }
}
