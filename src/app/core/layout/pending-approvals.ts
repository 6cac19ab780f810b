import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { catchError, map, of, type Observable } from 'rxjs';
import { hasAnyRole } from '../../../domain/auth.ts';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { background } from '../http/http-context';
import { totalCount } from '../http/paging';
import { rolesOf } from '../nav/nav-items';

/**
 * How many approvals wait for the signed-in approver (X-Total-Count of
 * GET /api/approvals?status=pending&_limit=1); the shell refreshes it on every navigation. A user
 * without an approver role may have been named a delegate (代理审批): then `delegate` is true, the
 * approvals module opens for them and the count is what is offered to them.
 */
@Injectable({ providedIn: 'root' })
export class PendingApprovals {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly session = inject(AuthSession);
  readonly count = signal<number | null>(null);
  /** Named a delegate by a delegation that is not over (users without an approver role only). */
  readonly delegate = signal(false);

  constructor() {
    this.session.onSignOut(() => this.clear());
  }

  refresh(): void {
    if (!this.session.user()) return this.clear();
    if (hasAnyRole(this.session.user(), rolesOf('approvals'))) {
      this.delegate.set(false);
      this.loadCount();
      return;
    }
    this.checkDelegate().subscribe((named) => {
      if (named) this.loadCount();
      else this.count.set(null);
    });
  }

  /** Whether the signed-in user is named a delegate by a delegation that is not over (and remembers it). */
  checkDelegate(): Observable<boolean> {
    return this.http
      .get<{ received: { state: string }[] }>(`${this.base}/delegations`, {
        context: background(),
      })
      .pipe(
        map((r) => r.received.some((d) => d.state !== 'ended')),
        catchError(() => of(false)),
        map((named) => {
          this.delegate.set(named);
          return named;
        }),
      );
  }

  clear(): void {
    this.count.set(null);
    this.delegate.set(false);
  }

  private loadCount(): void {
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
}
