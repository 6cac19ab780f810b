import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import type { PortalNotification } from '../../../domain/index.ts';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/format';
import { UnreadNotifications } from './unread-notifications';
import { NotificationsApi } from './notifications-api';
import { notificationLink, notificationText } from './notification-text';

/**
 * The top bar's bell: how many outcomes the user has not read, and the latest ones in a menu. Opening
 * one marks it read and shows its order or budget request.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe, LocalDatePipe],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      (menuOpened)="load()"
      [attr.aria-label]="'notifications.open' | t: { count: unread.count() ?? 0 }"
      data-testid="notifications"
    >
      <!-- A dot; the count is in the button's name. Not MatBadge: its module's start-up looks for a
        Windows forced-colours theme with a style recalculation of the whole page in the shell's
        first render, on every page, and its small badge drew the error red, hardly seen on the
        crimson bar (1.3-1.7:1). -->
      <mat-icon aria-hidden="true" [class.unread]="unread.count()">notifications</mat-icon>
    </button>
    <mat-menu #menu="matMenu" class="notification-menu" xPosition="before">
      <ng-template matMenuContent>
        <p class="menu-title">{{ 'notifications.title' | t }}</p>
        @if (loading()) {
          <p class="menu-note" role="status">{{ 'common.loading' | t }}</p>
        } @else if (failed()) {
          <p class="menu-note" role="alert">{{ 'notifications.failed' | t }}</p>
        } @else {
          @for (n of items(); track n.id) {
            <button
              mat-menu-item
              type="button"
              class="note"
              [class.note--unread]="!n.read"
              [attr.data-kind]="n.kind"
              (click)="open(n)"
            >
              <mat-icon aria-hidden="true">{{
                n.kind === 'points_credited'
                  ? 'redeem'
                  : n.kind.endsWith('approved')
                    ? 'check_circle'
                    : 'cancel'
              }}</mat-icon>
              <span class="note__text">
                @if (!n.read) {
                  <span class="visually-hidden">{{ 'notifications.unread' | t }}:</span>
                }
                <span>{{ text(n) }}</span>
                <span class="note__time">{{ n.createdAt | localDate: true }}</span>
              </span>
            </button>
          } @empty {
            <p class="menu-note">{{ 'notifications.empty' | t }}</p>
          }
        }
      </ng-template>
    </mat-menu>
  `,
  styles: `
    .unread {
      position: relative;
      overflow: visible;
    }
    /* the avatar's gold: 4.7:1 or more against the bar's crimson */
    .unread::after {
      content: '';
      position: absolute;
      top: -1px;
      right: -1px;
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--app-gold);
    }
    /* forced colours would paint a background away: the dot in the text's colour */
    @media (forced-colors: active) {
      .unread::after {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
    .menu-title {
      margin: 8px 16px;
      font: var(--mat-sys-title-small);
    }
    .menu-note {
      margin: 8px 16px 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      height: auto;
      min-height: 56px;
      white-space: normal;
      line-height: 1.4;
      padding-block: 8px;
    }
    .note--unread {
      font-weight: 600;
    }
    .note__text {
      display: flex;
      flex-direction: column;
    }
    .note__time {
      font-weight: 400;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly items = signal<PortalNotification[]>([]);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  protected load(): void {
    this.loading.set(true);
    this.failed.set(false);
    this.api.list(8).subscribe({
      next: (items) => {
        this.items.set(items);
        this.loading.set(false);
      },
      error: () => {
        this.failed.set(true);
        this.loading.set(false);
      },
    });
  }

  protected text(n: PortalNotification): string {
    return notificationText(n, this.i18n);
  }

  protected open(n: PortalNotification): void {
    if (!n.read)
      this.api
        .markRead(n.id)
        .subscribe({ next: () => this.unread.refresh(), error: () => undefined });
    void this.router.navigate(notificationLink(n));
  }
}
