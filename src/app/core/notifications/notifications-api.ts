import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { PortalNotification } from '../../../domain/index.ts';
import { API_BASE_URL } from '../api/api-base-url';
import { background, silentErrors } from '../http/http-context';
import { totalCount } from '../http/paging';

/** /api/notifications: outcomes told to the requester (mock-api/openapi.yaml). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/notifications`;

  /** The newest first. */
  list(limit = 50): Observable<PortalNotification[]> {
    return this.http.get<PortalNotification[]>(this.base, {
      params: new HttpParams().set('_sort', 'createdAt').set('_order', 'desc').set('_limit', limit),
      context: silentErrors(),
    });
  }

  /** How many are unread (X-Total-Count of one unread row), quietly: it feeds the top bar's badge. */
  unreadCount(): Observable<number> {
    return this.http
      .get<PortalNotification[]>(this.base, {
        params: new HttpParams().set('unread', 'true').set('_limit', 1),
        observe: 'response',
        context: background(),
      })
      .pipe(map((res) => totalCount(res.headers, res.body)));
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`${this.base}/${encodeURIComponent(id)}/read`, {});
  }
}
