import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { BudgetRequestCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import type { BudgetRequest } from './budget.model';

/** /api/budget-requests */
@Injectable({ providedIn: 'root' })
export class BudgetRequestsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/budget-requests`;

  create(command: BudgetRequestCommand): Observable<BudgetRequest> {
    return this.http.post<BudgetRequest>(this.base, command, { context: silentErrors() });
  }

  mine(): Observable<BudgetRequest[]> {
    const params = new HttpParams()
      .set('mine', 'true')
      .set('_sort', 'createdAt')
      .set('_order', 'desc')
      .set('_limit', 100);
    return this.http.get<BudgetRequest[]>(this.base, { params, context: silentErrors() });
  }
}
