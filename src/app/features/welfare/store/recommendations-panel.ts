import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { GiftStorePageActions } from '../data/welfare.actions';
import { giftStoreFeature } from '../data/gift-store.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import type { Recommendation } from '../data/welfare.model';
import { GiftCard } from './gift-card';

/** The reason a recommendation is shown, in the active language. */
export function reasonText(
  r: Recommendation['reason'],
  names: Record<string, { name: string; nameEn: string }>,
  i18n: Pick<I18n, 't' | 'lang'>,
): string {
  switch (r.code) {
    case 'also-chose': {
      const named = r.params.productId ? names[r.params.productId] : undefined;
      return named
        ? i18n.t('welfare.rec.also-chose', { name: localName(named, i18n.lang()) })
        : i18n.t('welfare.rec.also-chose.unnamed');
    }
    case 'popular-in-department':
      return i18n.t('welfare.rec.popular-in-department', { n: r.params.redemptions ?? 0 });
    default:
      return i18n.t(`welfare.rec.${r.code}`);
  }
}

/** 千人千面: the gifts the API recommends to this employee, each with its reason. */
@Component({
  selector: 'app-recommendations-panel',
  imports: [TranslatePipe, ListState, GiftCard],
  template: `
    <section class="recs" [class.recs--loading]="!loaded()" aria-labelledby="h-recs">
      <h2 id="h-recs">{{ 'welfare.rec.title' | t }}</h2>
      <app-list-state
        [loading]="!loaded()"
        [error]="errorText()"
        [empty]="!items().length"
        [emptyText]="'welfare.rec.empty' | t"
        (retry)="retry()"
      >
        <ul class="recs__list" [attr.aria-label]="'welfare.rec.title' | t">
          @for (item of items(); track item.product.id) {
            <li>
              <app-gift-card
                [product]="item.product"
                [note]="item.reason"
                [priority]="$index < 3"
              />
            </li>
          }
        </ul>
      </app-list-state>
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    /* the row of cards' height while it loads: the gift grid below does not jump down (CLS) */
    .recs--loading app-list-state {
      display: block;
      min-height: 250px;
    }
    .recs__list {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(150px, 180px);
      gap: 12px;
      overflow-x: auto;
      padding: 0 0 8px;
      margin: 0;
      list-style: none;
      scroll-snap-type: x mandatory;
    }
    .recs__list li {
      scroll-snap-align: start;
    }
    /* a phone: the cards' width does not depend on how many there are (the frame draws the first
       two before the page, _boot.scss) */
    @media (max-width: 599.98px) {
      .recs__list {
        grid-auto-columns: 150px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationsPanel {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly recs = this.store.selectSignal(giftStoreFeature.selectRecommendations);
  private readonly names = this.store.selectSignal(giftStoreFeature.selectReasonNames);
  protected readonly loaded = this.store.selectSignal(giftStoreFeature.selectRecommendationsLoaded);
  private readonly error = this.store.selectSignal(giftStoreFeature.selectRecommendationsError);
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly items = computed(() =>
    this.recs().map((r) => ({
      product: r.product,
      reason: reasonText(r.reason, this.names(), this.i18n),
    })),
  );

  protected retry(): void {
    this.store.dispatch(GiftStorePageActions.retryRequested());
  }
}
