import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import type { PortalNotification } from './budget.model';

/** /api/notifications: outcomes told to the requester. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/notifications`;

  list(): Observable<PortalNotification[]> {
    return this.http.get<PortalNotification[]>(this.base, {
      params: new HttpParams().set('_sort', 'createdAt').set('_order', 'desc').set('_limit', 50),
      context: silentErrors(),
    });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`${this.base}/${encodeURIComponent(id)}/read`, {});
  }
}
