import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { forkJoin, map, type Observable } from 'rxjs';
import type { ApprovalRules, Category } from '../../../../domain/index.ts';
import type { ApprovalRulesCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/** An hr user who may be put in a level's pool. */
export interface Approver {
  id: string;
  name: string;
  nameEn?: string;
  email: string;
}

export interface ApprovalRulesData {
  rules: ApprovalRules;
  approvers: Approver[];
  /** Top catalog categories (a rule covers their subcategories). */
  categories: Category[];
}

/** GET/PUT /api/companies/current/approval-rules, with the company's hr users and the catalog's categories. */
@Injectable({ providedIn: 'root' })
export class ApprovalRulesApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly quiet = { context: silentErrors() };

  load(): Observable<ApprovalRulesData> {
    return forkJoin({
      rules: this.http.get<ApprovalRules>(
        `${this.base}/companies/current/approval-rules`,
        this.quiet,
      ),
      approvers: this.http.get<Approver[]>(`${this.base}/users`, {
        ...this.quiet,
        params: new HttpParams()
          .set('roles_like', 'hr')
          .set('active', 'true')
          .set('_sort', 'name')
          .set('_limit', 100),
      }),
      categories: this.http
        .get<Category[]>(`${this.base}/categories`, {
          ...this.quiet,
          params: new HttpParams().set('_limit', 100),
        })
        .pipe(map((all) => all.filter((c) => c.parentId === null))),
    });
  }

  /** 409 when the rules changed since `version`. */
  save(command: ApprovalRulesCommand): Observable<ApprovalRules> {
    return this.http.put<ApprovalRules>(
      `${this.base}/companies/current/approval-rules`,
      command,
      this.quiet,
    );
  }
}
