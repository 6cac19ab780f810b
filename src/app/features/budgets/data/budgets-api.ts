import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { pageOf, type PageOf } from '../../../core/http/paging';
import { silentErrors } from '../../../core/http/http-context';
import type { UsageMonth } from '../../../../domain/index.ts';
import type { Budget, BudgetFilters, MovementRow } from './budget.model';

function withFilters(params: HttpParams, f: Partial<BudgetFilters>): HttpParams {
  if (f.category) params = params.set('category', f.category);
  if (f.costCenterId) params = params.set('costCenterId', f.costCenterId);
  if (f.period) params = params.set('period', f.period);
  return params;
}

/** /api/budgets: the ledger's budgets, their movements and use over time. */
@Injectable({ providedIn: 'root' })
export class BudgetsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/budgets`;

  /** Every budget the caller may see (a company has few: cost centers × 3 categories × years). */
  list(): Observable<Budget[]> {
    const params = new HttpParams()
      .set('_limit', 100)
      .set('_sort', 'costCenterId')
      .set('_order', 'asc');
    return this.http.get<Budget[]>(this.base, { params, context: silentErrors() });
  }

  get(id: string): Observable<Budget> {
    return this.http.get<Budget>(`${this.base}/${encodeURIComponent(id)}`, {
      context: silentErrors(),
    });
  }

  movements(id: string, pageIndex: number, pageSize: number): Observable<PageOf<MovementRow>> {
    const params = new HttpParams()
      .set('_page', pageIndex + 1)
      .set('_limit', pageSize)
      .set('_sort', 'createdAt')
      .set('_order', 'desc');
    return this.http
      .get<MovementRow[]>(`${this.base}/${encodeURIComponent(id)}/movements`, {
        params,
        observe: 'response',
        context: silentErrors(),
      })
      .pipe(map(pageOf));
  }

  usage(filters: Partial<BudgetFilters>): Observable<UsageMonth[]> {
    return this.http.get<UsageMonth[]>(`${this.base}/usage`, {
      params: withFilters(new HttpParams(), filters),
      context: silentErrors(),
    });
  }
}
