import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import type { CostCenter } from './procurement.model';

export interface DepartmentRef {
  id: string;
  costCenterId: string;
}

/** /api/cost-centers (the caller's company). */
@Injectable({ providedIn: 'root' })
export class CostCentersApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/cost-centers`;

  private readonly base = inject(API_BASE_URL);

  list(): Observable<CostCenter[]> {
    return this.http.get<CostCenter[]>(this.url, { context: silentErrors() });
  }

  /** The caller's department, whose cost center is the default one at checkout. */
  department(id: string): Observable<DepartmentRef> {
    return this.http.get<DepartmentRef>(`${this.base}/departments/${encodeURIComponent(id)}`, {
      context: silentErrors(),
    });
  }
}
