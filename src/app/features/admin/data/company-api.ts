import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Company, CompanySettings } from '../../../../domain/index.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/** PATCH /api/companies/current/settings (reading the company is ReferenceData's). */
@Injectable({ providedIn: 'root' })
export class CompanyApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/companies/current`;

  patchSettings(patch: Partial<CompanySettings>): Observable<Company> {
    return this.http.patch<Company>(`${this.base}/settings`, patch, { context: silentErrors() });
  }
}
