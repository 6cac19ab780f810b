import { Injectable, inject, signal } from '@angular/core';
import { AuthSession } from '../auth/auth-session';
import { NotificationsApi } from './notifications-api';

/** How many notifications the signed-in user has not read; the shell refreshes it on navigation. */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsApi);
  readonly count = signal<number | null>(null);

  constructor() {
    inject(AuthSession).onSignOut(() => this.count.set(null));
  }

  refresh(): void {
    this.api.unreadCount().subscribe({
      next: (count) => this.count.set(count),
      error: () => this.count.set(null),
    });
  }
}
