import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { background } from '../http/http-context';
import { totalCount } from '../http/paging';

/**
 * How many approvals wait for the signed-in approver (X-Total-Count of
 * GET /api/approvals?status=pending&_limit=1); the shell refreshes it on every navigation.
 */
@Injectable({ providedIn: 'root' })
export class PendingApprovals {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  readonly count = signal<number | null>(null);

  constructor() {
    inject(AuthSession).onSignOut(() => this.clear());
  }

  refresh(): void {
    this.http
      .get<unknown[]>(`${this.base}/approvals`, {
        params: { status: 'pending', _limit: 1 },
        observe: 'response',
        context: background(),
      })
      .subscribe({
        next: (res) => this.count.set(totalCount(res.headers, res.body)),
        error: () => this.count.set(null),
      });
  }

  clear(): void {
    this.count.set(null);
  }
}
