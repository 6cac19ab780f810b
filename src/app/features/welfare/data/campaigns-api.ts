import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, forkJoin, map, of } from 'rxjs';
import type { Product } from '../../../../domain/index.ts';
import type { CampaignPatch } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import { pageOf, type PageOf } from '../../../core/http/paging';
import type {
  AudienceCheck,
  Campaign,
  CampaignCommand,
  CampaignPreview,
  CampaignReport,
  RangeProduct,
  WelfareGrant,
  WelfareLiability,
} from './campaign.model';

/** /api/welfare/campaigns (role hr to write). */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly quiet = { context: silentErrors() };

  list(pageIndex: number, pageSize: number): Observable<PageOf<Campaign>> {
    return this.http
      .get<Campaign[]>(`${this.base}/welfare/campaigns`, {
        ...this.quiet,
        params: { _page: pageIndex + 1, _limit: pageSize },
        observe: 'response',
      })
      .pipe(map(pageOf));
  }

  get(id: string): Observable<Campaign> {
    return this.http.get<Campaign>(this.url(id), this.quiet);
  }

  create(command: CampaignCommand): Observable<Campaign> {
    return this.http.post<Campaign>(`${this.base}/welfare/campaigns`, command, this.quiet);
  }

  update(id: string, patch: CampaignPatch): Observable<Campaign> {
    return this.http.patch<Campaign>(this.url(id), patch, this.quiet);
  }

  publish(id: string): Observable<Campaign> {
    return this.http.post<Campaign>(`${this.url(id)}/publish`, {}, this.quiet);
  }

  close(id: string): Observable<Campaign> {
    return this.http.post<Campaign>(`${this.url(id)}/close`, {}, this.quiet);
  }

  checkAudience(id: string, rows: string[]): Observable<AudienceCheck> {
    return this.http.post<AudienceCheck>(`${this.url(id)}/audience/check`, { rows }, this.quiet);
  }

  preview(id: string): Observable<CampaignPreview> {
    return this.http.get<CampaignPreview>(`${this.url(id)}/preview`, this.quiet);
  }

  grant(id: string): Observable<WelfareGrant> {
    return this.http.post<WelfareGrant>(`${this.url(id)}/grant`, {}, this.quiet);
  }

  /** The products of the given SKU codes (unknown ones are left out). */
  productsBySku(skus: string[]): Observable<RangeProduct[]> {
    return this.http
      .post<{ products: Product[] }>(`${this.base}/products/lookup`, { skus }, this.quiet)
      .pipe(map((r) => r.products.filter(isGift).map(rangeProduct)));
  }

  /** The products of a curated gift range, by id (one that cannot be read is left out). */
  productsById(ids: string[]): Observable<RangeProduct[]> {
    if (!ids.length) return of([]);
    return forkJoin(
      ids.map((id) =>
        this.http
          .get<Product>(`${this.base}/products/${encodeURIComponent(id)}`, this.quiet)
          .pipe(catchError(() => of(null))),
      ),
    ).pipe(map((ps) => ps.filter((p): p is Product => p !== null).map(rangeProduct)));
  }

  report(id: string): Observable<CampaignReport> {
    return this.http.get<CampaignReport>(`${this.url(id)}/report`, this.quiet);
  }

  liability(): Observable<WelfareLiability> {
    return this.http.get<WelfareLiability>(`${this.base}/welfare/reports/liability`, this.quiet);
  }

  /** Every grant with its outcome, as CSV for finance (UTF-8 with BOM). */
  grantsCsv(): Observable<string> {
    return this.http.get(`${this.base}/welfare/reports/grants`, {
      ...this.quiet,
      params: { format: 'csv' },
      responseType: 'text',
    });
  }

  private url(id: string): string {
    return `${this.base}/welfare/campaigns/${encodeURIComponent(id)}`;
  }
}

const isGift = (p: Product): boolean => p.channels.includes('welfare') && !!p.pointsPrice;
const rangeProduct = (p: Product): RangeProduct => ({
  id: p.id,
  sku: p.sku,
  name: p.name,
  nameEn: p.nameEn,
});
