import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Company, CompanySettings } from '../../../../domain/index.ts';
import type { CompanyInvoiceCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/** PATCH /api/companies/current/settings and PUT …/invoice (reading the company is ReferenceData's). */
@Injectable({ providedIn: 'root' })
export class CompanyApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/companies/current`;

  patchSettings(patch: Partial<CompanySettings>): Observable<Company> {
    return this.http.patch<Company>(`${this.base}/settings`, patch, { context: silentErrors() });
  }

  /** PUT /api/companies/current/invoice: 409 when the details changed since `version`. */
  putInvoice(command: CompanyInvoiceCommand): Observable<Company> {
    return this.http.put<Company>(`${this.base}/invoice`, command, { context: silentErrors() });
  }
}
