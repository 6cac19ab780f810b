import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import type { Product } from '../data/welfare.model';

/** A gift in the store grid or a recommendation: picture, name, points price and one extra line. */
@Component({
  selector: 'app-gift-card',
  imports: [RouterLink, TranslatePipe, LocalNamePipe],
  template: `
    <a class="gift" [routerLink]="['/welfare/gifts', product().id]">
      <img
        [src]="product().image"
        alt=""
        [attr.loading]="priority() ? 'eager' : 'lazy'"
        [attr.fetchpriority]="priority() ? 'high' : null"
        width="160"
        height="160"
      />
      <span class="gift__name">{{ product() | localName }}</span>
      <span class="gift__points">{{
        'welfare.points' | t: { n: product().pointsPrice ?? 0 }
      }}</span>
      @if (product().stock === 0) {
        <span class="gift__note gift__note--out">{{ 'welfare.gift.soldOut' | t }}</span>
      } @else if (note()) {
        <span class="gift__note">{{ note() }}</span>
      }
    </a>
  `,
  styles: `
    .gift {
      display: flex;
      flex-direction: column;
      gap: 4px;
      height: 100%;
      padding: 8px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      color: inherit;
      text-decoration: none;
    }
    .gift:hover,
    .gift:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    img {
      width: 100%;
      height: auto;
      aspect-ratio: 1;
      object-fit: contain;
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .gift__name {
      font: var(--mat-sys-body-medium);
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .gift__points {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
    }
    .gift__note {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .gift__note--out {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GiftCard {
  readonly product = input.required<Product>();
  /** A line under the price: popularity, or why the gift is recommended. */
  readonly note = input<string>('');
  /** The first cards of the page: their pictures are its largest paint, so they load at once. */
  readonly priority = input(false);
}
