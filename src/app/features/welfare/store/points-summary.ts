import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { CountPipe, LocalDatePipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { errorMessage } from '../../../core/http/problem';
import { giftStoreFeature } from '../data/gift-store.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';

/** The balance and the points expiring within 30 days (with their date), on the store and the wallet. */
@Component({
  selector: 'app-points-summary',
  imports: [RouterLink, MatIconModule, TranslatePipe, LocalDatePipe, CountPipe],
  template: `
    <section class="points" data-testid="points-summary" [attr.aria-label]="'welfare.balance' | t">
      <div class="points__balance">
        <span class="points__label">{{ 'welfare.balance' | t }}</span>
        @if (balance() !== null) {
          <strong class="points__value">{{ balance() | count }}</strong>
        } @else if (errorText()) {
          <span role="alert">{{ errorText() }}</span>
        } @else {
          <span class="points__value">…</span>
        }
      </div>
      <p class="points__expiring" [class.points__expiring--soon]="expiring()">
        <mat-icon aria-hidden="true">{{ expiring() ? 'schedule' : 'check_circle' }}</mat-icon>
        @if (expiring(); as x) {
          {{
            'welfare.expiring' | t: { points: (x.points | count), date: (x.firstAt | localDate) }
          }}
        } @else {
          {{ 'welfare.expiringNone' | t }}
        }
      </p>
      @if (walletLink()) {
        <a class="points__link" routerLink="/welfare/wallet">{{ 'welfare.walletLink' | t }}</a>
      }
    </section>
  `,
  styles: `
    .points {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 24px;
      padding: 16px;
      border-radius: 16px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      margin-bottom: 16px;
    }
    .points__balance {
      display: flex;
      flex-direction: column;
    }
    .points__label {
      font: var(--mat-sys-label-medium);
    }
    .points__value {
      font: var(--mat-sys-headline-medium);
    }
    .points__expiring {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 0;
      flex: 1 1 200px;
    }
    .points__expiring--soon {
      font-weight: 600;
    }
    .points__link {
      color: inherit;
    }
    /* a phone: the balance and the link on one row, the expiring points on the next, whatever the
       figures' widths; the frame draws the recommendations below it before the page (_boot.scss) */
    @media (max-width: 599.98px) {
      .points {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 8px 16px;
      }
      .points__expiring {
        grid-row: 2;
        grid-column: 1 / -1;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PointsSummary {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** False on the wallet itself. */
  readonly walletLink = input(true);
  protected readonly balance = this.store.selectSignal(giftStoreFeature.selectBalance);
  protected readonly expiring = this.store.selectSignal(giftStoreFeature.selectExpiring);
  private readonly error = this.store.selectSignal(giftStoreFeature.selectAccountError);
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
}
