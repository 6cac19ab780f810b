import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { RequisitionTemplate, RequisitionTemplateDetail } from '../../../../domain/index.ts';
import type { RequisitionTemplateCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/** /api/requisition-templates: 常用清单 (list, detail with today's products, save, delete). */
@Injectable({ providedIn: 'root' })
export class TemplatesApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/requisition-templates`;
  private readonly quiet = { context: silentErrors() };

  list(): Observable<RequisitionTemplate[]> {
    return this.http.get<RequisitionTemplate[]>(this.base, this.quiet);
  }

  get(id: string): Observable<RequisitionTemplateDetail> {
    return this.http.get<RequisitionTemplateDetail>(
      `${this.base}/${encodeURIComponent(id)}`,
      this.quiet,
    );
  }

  create(command: RequisitionTemplateCommand): Observable<RequisitionTemplate> {
    return this.http.post<RequisitionTemplate>(this.base, command, this.quiet);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(id)}`, this.quiet);
  }
}
