import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import type { Company } from '../../../domain/index.ts';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { background } from '../http/http-context';
import { remote } from '../http/remote';
import { I18n } from '../i18n/i18n';

/** GET /api/companies/current for the signed-in user, fetched again when the user changes. */
@Injectable({ providedIn: 'root' })
export class CurrentCompany {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly i18n = inject(I18n);
  private readonly session = inject(AuthSession);
  private readonly userId = computed(() => this.session.user()?.id ?? null);

  readonly resource = remote<Company>(() =>
    this.userId()
      ? this.http.get<Company>(`${this.base}/companies/current`, {
          observe: 'response',
          context: background(),
        })
      : null,
  );

  readonly company = computed(() => (this.userId() ? (this.resource.value() ?? null) : null));
  /** The company's name in the active language. */
  readonly name = computed(() => {
    const c = this.company();
    if (!c) return '';
    return this.i18n.lang() === 'en' && c.nameEn ? c.nameEn : c.name;
  });
}
