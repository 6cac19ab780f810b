import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, of } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { background } from '../../../core/http/http-context';
import type { CostCenterRef } from './budget.model';

/** Cost center names for labels; when the API has no such list the ids are shown. */
@Injectable({ providedIn: 'root' })
export class CostCentersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/cost-centers`;

  list(): Observable<CostCenterRef[]> {
    return this.http
      .get<CostCenterRef[]>(this.base, { context: background() })
      .pipe(catchError(() => of([])));
  }
}
