import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { CostCenter, Department, Invitation, UserDetail } from '../../../../domain/index.ts';
import type {
  CostCenterCommand,
  CostCenterPatch,
  DepartmentCommand,
  DepartmentPatch,
  InviteUserCommand,
  UserPatch,
} from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import { pageOf, type PageOf } from '../../../core/http/paging';

/** The user list's filters, as in the page's URL. */
export interface UserFilters {
  q: string | null;
  role: string | null;
  /** 'active' | 'inactive' | null (both). */
  status: string | null;
}

/** The company's users, departments and cost centers as the admin runs them (mock-api/openapi.yaml, organisation). */
@Injectable({ providedIn: 'root' })
export class OrgApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly opts = { context: silentErrors() };

  users(f: UserFilters, pageIndex: number, pageSize: number): Observable<PageOf<UserDetail>> {
    let params = new HttpParams()
      .set('_page', pageIndex + 1)
      .set('_limit', pageSize)
      .set('_sort', 'employeeNo');
    if (f.q) params = params.set('q', f.q);
    if (f.role) params = params.set('roles_like', f.role);
    if (f.status) params = params.set('active', String(f.status === 'active'));
    return this.http
      .get<UserDetail[]>(`${this.base}/users`, { params, observe: 'response', ...this.opts })
      .pipe(map(pageOf));
  }

  invite(cmd: InviteUserCommand): Observable<Invitation> {
    return this.http.post<Invitation>(`${this.base}/users`, cmd, this.opts);
  }

  patchUser(id: string, patch: UserPatch): Observable<UserDetail> {
    return this.http.patch<UserDetail>(
      `${this.base}/users/${encodeURIComponent(id)}`,
      patch,
      this.opts,
    );
  }

  grantCostCenters(
    id: string,
    grantedCostCenterIds: string[],
  ): Observable<{ grantedCostCenterIds: string[] }> {
    return this.http.put<{ grantedCostCenterIds: string[] }>(
      `${this.base}/users/${encodeURIComponent(id)}/cost-centers`,
      { grantedCostCenterIds },
      this.opts,
    );
  }

  departments(): Observable<Department[]> {
    return this.http.get<Department[]>(`${this.base}/departments`, {
      params: { _limit: 100 },
      ...this.opts,
    });
  }

  costCenters(): Observable<CostCenter[]> {
    return this.http.get<CostCenter[]>(`${this.base}/cost-centers`, {
      params: { _limit: 100 },
      ...this.opts,
    });
  }

  createDepartment(cmd: DepartmentCommand): Observable<Department> {
    return this.http.post<Department>(`${this.base}/departments`, cmd, this.opts);
  }

  patchDepartment(id: string, patch: DepartmentPatch): Observable<Department> {
    return this.http.patch<Department>(
      `${this.base}/departments/${encodeURIComponent(id)}`,
      patch,
      this.opts,
    );
  }

  createCostCenter(cmd: CostCenterCommand): Observable<CostCenter> {
    return this.http.post<CostCenter>(`${this.base}/cost-centers`, cmd, this.opts);
  }

  patchCostCenter(id: string, patch: CostCenterPatch): Observable<CostCenter> {
    return this.http.patch<CostCenter>(
      `${this.base}/cost-centers/${encodeURIComponent(id)}`,
      patch,
      this.opts,
    );
  }
}
