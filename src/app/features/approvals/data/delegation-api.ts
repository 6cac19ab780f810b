import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Delegation, DelegationState } from '../../../../domain/index.ts';
import type { DelegationCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/** A delegation as the API answers it, with its state today. */
export interface DelegationView extends Delegation {
  state: DelegationState;
}

export interface DelegationLists {
  given: DelegationView[];
  received: DelegationView[];
}

/** A colleague who may be named a delegate (GET /api/users, hr). */
export interface DelegateCandidate {
  id: string;
  name: string;
  nameEn?: string;
  email: string;
}

/** /api/delegations (代理审批): the caller's delegations, naming a delegate, ending one. */
@Injectable({ providedIn: 'root' })
export class DelegationApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly quiet = { context: silentErrors() };

  list(): Observable<DelegationLists> {
    return this.http.get<DelegationLists>(`${this.base}/delegations`, this.quiet);
  }

  create(command: DelegationCommand): Observable<DelegationView> {
    return this.http.post<DelegationView>(`${this.base}/delegations`, command, this.quiet);
  }

  end(id: string): Observable<DelegationView> {
    return this.http.post<DelegationView>(
      `${this.base}/delegations/${encodeURIComponent(id)}/end`,
      {},
      this.quiet,
    );
  }

  /** Active colleagues whose name or email contains `query`. */
  candidates(query: string): Observable<DelegateCandidate[]> {
    const params = new HttpParams().set('q', query).set('active', 'true').set('_limit', 10);
    return this.http.get<DelegateCandidate[]>(`${this.base}/users`, { ...this.quiet, params });
  }
}
