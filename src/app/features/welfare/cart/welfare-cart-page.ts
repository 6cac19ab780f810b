import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import { MAX_REDEMPTION_QTY } from '../../../../domain/index.ts';
import { CountPipe, MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { WelfareCartPageActions } from '../data/welfare.actions';
import { welfareCartFeature } from '../data/welfare-cart.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import type { Product } from '../data/welfare.model';

/** The welfare cart (separate from procurement's): gifts, quantities, points and the cash left. */
@Component({
  selector: 'app-welfare-cart-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    CountPipe,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './welfare-cart-page.html',
  styleUrl: './welfare-cart-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelfareCartPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly cart = this.store.selectSignal(welfareCartFeature.selectCart);
  protected readonly loading = this.store.selectSignal(welfareCartFeature.selectLoading);
  protected readonly saving = this.store.selectSignal(welfareCartFeature.selectSaving);
  private readonly error = this.store.selectSignal(welfareCartFeature.selectError);
  private readonly saveError = this.store.selectSignal(welfareCartFeature.selectSaveError);
  protected readonly maxQty = MAX_REDEMPTION_QTY;
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly saveErrorText = computed(() => {
    const e = this.saveError();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });

  ngOnInit(): void {
    this.store.dispatch(WelfareCartPageActions.opened());
  }

  protected setQty(productId: string, value: string): void {
    const n = Math.floor(Number(value));
    if (!Number.isFinite(n) || n < 1) return;
    this.store.dispatch(
      WelfareCartPageActions.qtyChanged({ productId, qty: Math.min(n, this.maxQty) }),
    );
  }

  protected remove(productId: string): void {
    this.store.dispatch(WelfareCartPageActions.lineRemoved({ productId }));
  }

  protected name(p: Product): string {
    return localName(p, this.i18n.lang());
  }

  protected retry(): void {
    this.store.dispatch(WelfareCartPageActions.opened());
  }
}
