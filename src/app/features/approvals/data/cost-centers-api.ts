import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, of } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { background } from '../../../core/http/http-context';

export interface CostCenterName {
  id: string;
  code?: string;
  name: string;
  nameEn?: string;
}

/** GET /api/cost-centers: names for the budget shown on the decision screen (ids when unavailable). */
@Injectable({ providedIn: 'root' })
export class ApprovalCostCentersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/cost-centers`;

  list(): Observable<CostCenterName[]> {
    return this.http
      .get<CostCenterName[]>(this.base, { context: background() })
      .pipe(catchError(() => of([])));
  }
}
