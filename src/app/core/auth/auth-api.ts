import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { LoginResponse, User } from '../../../domain/index.ts';
import { API_BASE_URL } from '../api/api-base-url';
import { background, silentErrors } from '../http/http-context';

/** POST /auth/login, POST /auth/logout, POST /auth/logout-all, GET /me (mock-api/openapi.yaml). */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  get loginUrl(): string {
    return `${this.base}/auth/login`;
  }

  login(email: string, password: string): Observable<LoginResponse> {
    // the login page shows its own errors
    return this.http.post<LoginResponse>(
      this.loginUrl,
      { email, password },
      { context: silentErrors() },
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/logout`, null, { context: silentErrors() });
  }

  /** Ends every session of the user, on every device, this one included. */
  logoutAll(): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/logout-all`, null, { context: silentErrors() });
  }

  me(): Observable<User> {
    return this.http.get<User>(`${this.base}/me`, { context: background() });
  }
}
