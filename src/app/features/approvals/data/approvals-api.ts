import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { DecisionCommand } from '../../../../domain/index.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { pageOf, type PageOf } from '../../../core/http/paging';
import { silentErrors } from '../../../core/http/http-context';
import type { ApprovalDetail, ApprovalTaskRow, ListQuery } from './approval.model';

/** /api/approvals: the inbox, one task's decision screen, and decisions. */
@Injectable({ providedIn: 'root' })
export class ApprovalsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/approvals`;

  list(query: ListQuery): Observable<PageOf<ApprovalTaskRow>> {
    const f = query.filters;
    let params = new HttpParams()
      .set('status', query.status)
      .set('_sort', query.status === 'decided' ? 'decidedAt' : 'createdAt')
      .set('_order', 'desc')
      .set('_page', query.pageIndex + 1)
      .set('_limit', query.pageSize);
    if (f.subjectType) params = params.set('subjectType', f.subjectType);
    if (f.amountMinFen != null) params = params.set('amountMin', f.amountMinFen);
    if (f.amountMaxFen != null) params = params.set('amountMax', f.amountMaxFen);
    if (f.requesterId) params = params.set('requesterId', f.requesterId);
    return this.http
      .get<ApprovalTaskRow[]>(this.base, { params, observe: 'response', context: silentErrors() })
      .pipe(map(pageOf));
  }

  get(id: string): Observable<ApprovalDetail> {
    return this.http.get<ApprovalDetail>(`${this.base}/${encodeURIComponent(id)}`, {
      context: silentErrors(),
    });
  }

  decide(id: string, command: DecisionCommand): Observable<ApprovalTaskRow> {
    return this.http.post<ApprovalTaskRow>(
      `${this.base}/${encodeURIComponent(id)}/decision`,
      command,
      { context: silentErrors() },
    );
  }
}
