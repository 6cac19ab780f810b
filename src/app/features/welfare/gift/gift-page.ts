import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import { MAX_REDEMPTION_QTY } from '../../../../domain/index.ts';
import { MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { GiftPageActions } from '../data/welfare.actions';
import { giftStoreFeature } from '../data/gift-store.feature';
import { welfareCartFeature } from '../data/welfare-cart.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import { topUpFen } from '../data/welfare.model';

/** One gift: pictures, points price, the cash a top-up would be at the current balance, add to cart. */
@Component({
  selector: 'app-gift-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
  ],
  templateUrl: './gift-page.html',
  styleUrl: './gift-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GiftPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly gift = this.store.selectSignal(giftStoreFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(giftStoreFeature.selectDetailLoading);
  private readonly error = this.store.selectSignal(giftStoreFeature.selectDetailError);
  protected readonly balance = this.store.selectSignal(giftStoreFeature.selectBalance);
  private readonly cart = this.store.selectSignal(welfareCartFeature.selectCart);
  protected readonly saving = this.store.selectSignal(welfareCartFeature.selectSaving);
  private readonly lastAdded = this.store.selectSignal(welfareCartFeature.selectLastAdded);
  private readonly saveError = this.store.selectSignal(welfareCartFeature.selectSaveError);
  protected readonly qty = signal(1);
  /** At most what is left of the gift (the API answers 422 OUT_OF_STOCK above it). */
  protected readonly maxQty = computed(() =>
    Math.max(1, Math.min(MAX_REDEMPTION_QTY, this.gift()?.stock ?? MAX_REDEMPTION_QTY)),
  );
  protected readonly soldOut = computed(() => this.gift()?.stock === 0);

  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly saveErrorText = computed(() => {
    const e = this.saveError();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly isWelfare = computed(
    () => !!this.gift()?.channels.includes('welfare') && this.gift()?.pointsPrice != null,
  );
  protected readonly specs = computed(() =>
    Object.entries(this.gift()?.specs ?? {}).map(([key, value]) => ({ key, value })),
  );
  protected readonly totalPoints = computed(() => (this.gift()?.pointsPrice ?? 0) * this.qty());
  /** Cash the employee would pay for this quantity with all their points; null until both are known. */
  protected readonly topUp = computed(() => {
    const balance = this.balance();
    const cart = this.cart();
    if (balance === null || !cart) return null;
    return topUpFen(this.totalPoints(), balance, cart.pointValueFen);
  });
  protected readonly added = computed(
    () => !this.saving() && this.lastAdded() === this.gift()?.id && !this.saveError(),
  );

  ngOnChanges(): void {
    this.qty.set(1);
    this.store.dispatch(GiftPageActions.opened({ id: this.id() }));
  }

  protected setQty(value: string): void {
    const n = Math.floor(Number(value));
    this.qty.set(Number.isFinite(n) ? Math.min(Math.max(n, 1), this.maxQty()) : 1);
  }

  protected add(): void {
    const g = this.gift();
    if (!g) return;
    this.store.dispatch(GiftPageActions.addToCartRequested({ productId: g.id, qty: this.qty() }));
  }

  protected retry(): void {
    this.store.dispatch(GiftPageActions.opened({ id: this.id() }));
  }
}
