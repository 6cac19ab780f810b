import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { pageOf, type PageOf } from '../../../core/http/paging';
import { silentErrors } from '../../../core/http/http-context';
import type { UsageMonth } from '../../../../domain/index.ts';
import type { Budget, BudgetDrill, BudgetFilters, MovementRow } from './budget.model';

function withFilters(params: HttpParams, f: Partial<BudgetFilters>): HttpParams {
  if (f.category) params = params.set('category', f.category);
  if (f.costCenterId) params = params.set('costCenterId', f.costCenterId);
  if (f.period) params = params.set('period', f.period);
  return params;
}

function newestFirst(pageIndex: number, pageSize: number): HttpParams {
  return new HttpParams()
    .set('_page', pageIndex + 1)
    .set('_limit', pageSize)
    .set('_sort', 'createdAt')
    .set('_order', 'desc');
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
    return this.movementPage(
      `${this.base}/${encodeURIComponent(id)}/movements`,
      newestFirst(pageIndex, pageSize),
    );
  }

  /** The movements behind a chart's bar: the filtered budgets', of the drill's key and type. */
  ledger(
    filters: BudgetFilters,
    drill: BudgetDrill,
    pageIndex: number,
    pageSize: number,
  ): Observable<PageOf<MovementRow>> {
    const key = { cc: 'costCenterId', cat: 'category', month: 'month' }[drill.by];
    let params = withFilters(newestFirst(pageIndex, pageSize), filters).set(key, drill.key);
    if (drill.type) params = params.set('type', drill.type);
    return this.movementPage(`${this.base}/movements`, params);
  }

  private movementPage(url: string, params: HttpParams): Observable<PageOf<MovementRow>> {
    return this.http
      .get<MovementRow[]>(url, { params, observe: 'response', context: silentErrors() })
      .pipe(map(pageOf));
  }

  usage(filters: Partial<BudgetFilters>): Observable<UsageMonth[]> {
    return this.http.get<UsageMonth[]>(`${this.base}/usage`, {
      params: withFilters(new HttpParams(), filters),
      context: silentErrors(),
    });
  }
}
