import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Address, AddressScope } from '../../../../domain/index.ts';
import type { SavedAddressCommand } from '../../../../domain/schemas.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';

/**
 * The address book: /api/addresses (the caller's own; its list also carries the company's) and
 * /api/companies/current/addresses (the company's, written by an admin).
 */
@Injectable({ providedIn: 'root' })
export class AddressApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(API_BASE_URL);
  private readonly quiet = { context: silentErrors() };

  private base(scope: AddressScope): string {
    return scope === 'company'
      ? `${this.root}/companies/current/addresses`
      : `${this.root}/addresses`;
  }

  /** The caller's own addresses, then the company's. */
  list(): Observable<Address[]> {
    return this.http.get<Address[]>(this.base('personal'), this.quiet);
  }

  create(scope: AddressScope, command: SavedAddressCommand): Observable<Address> {
    return this.http.post<Address>(this.base(scope), command, this.quiet);
  }

  replace(scope: AddressScope, id: string, command: SavedAddressCommand): Observable<Address> {
    return this.http.put<Address>(
      `${this.base(scope)}/${encodeURIComponent(id)}`,
      command,
      this.quiet,
    );
  }

  makeDefault(scope: AddressScope, id: string): Observable<Address> {
    return this.http.post<Address>(
      `${this.base(scope)}/${encodeURIComponent(id)}/default`,
      {},
      this.quiet,
    );
  }

  remove(scope: AddressScope, id: string): Observable<void> {
    return this.http.delete<void>(`${this.base(scope)}/${encodeURIComponent(id)}`, this.quiet);
  }
}
