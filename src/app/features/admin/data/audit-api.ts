import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { AuditEntry } from '../../../../domain/index.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import { pageOf, type PageOf } from '../../../core/http/paging';

/** The audit log's filters, as in the page's URL. */
export interface AuditFilters {
  action: string | null;
  /** China days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

function paramsOf(f: AuditFilters): HttpParams {
  let p = new HttpParams();
  for (const key of ['action', 'from', 'to'] as const) if (f[key]) p = p.set(key, f[key]!);
  return p;
}

/** GET /api/audit-log (paged) and /api/audit-log/csv (admin). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/audit-log`;

  list(filters: AuditFilters, pageIndex: number, pageSize: number): Observable<PageOf<AuditEntry>> {
    const params = paramsOf(filters)
      .set('_page', pageIndex + 1)
      .set('_limit', pageSize);
    return this.http
      .get<AuditEntry[]>(this.base, { params, observe: 'response', context: silentErrors() })
      .pipe(map(pageOf));
  }

  csv(filters: AuditFilters): Observable<string> {
    return this.http.get(`${this.base}/csv`, {
      params: paramsOf(filters),
      responseType: 'text',
      context: silentErrors(),
    });
  }
}
