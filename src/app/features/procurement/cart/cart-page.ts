import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { qtyProblem } from '../../../../domain/index.ts';
import { localName } from '../../../core/i18n/local-name';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { Notifier } from '../../../core/http/notifier';
import { CartPageActions } from '../data/cart.actions';
import { cartFeature } from '../data/cart.feature';
import { checkoutFeature } from '../data/checkout.feature';
import type { PricedCartLine } from '../data/procurement.model';
import { QtyStepper } from '../product/qty-stepper';
import { SaveAsTemplate } from '../templates/save-as-template';
import { cartCsv, downloadText } from './cart-csv';
import { cartTaxBreakdown, TaxInline, TaxBreakdownList } from '../tax/tax-amounts';

/** How long the buyer may keep typing a quantity before it is saved. */
export const QTY_SAVE_DELAY_MS = 600;

/** The server-side cart: inline quantities (saved after a pause), remove, subtotal, savings and lead times, CSV export. */
@Component({
  selector: 'app-cart-page',
  imports: [
    TaxInline,
    TaxBreakdownList,
    UnitPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    QtyStepper,
    SaveAsTemplate,
  ],
  templateUrl: './cart-page.html',
  styleUrl: './cart-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CartPage {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly cart = this.store.selectSignal(cartFeature.selectCart);
  /** 不含税金额 / 税额 / 价税合计 of the cart, by the same arithmetic as the server's. */
  protected readonly tax = computed(() => cartTaxBreakdown(this.cart().lines));
  protected readonly loading = this.store.selectSignal(cartFeature.selectLoading);
  protected readonly loaded = this.store.selectSignal(cartFeature.selectLoaded);
  protected readonly saving = this.store.selectSignal(cartFeature.selectSaving);
  private readonly notifier = inject(Notifier);
  private readonly loadError = this.store.selectSignal(cartFeature.selectLoadError);
  protected readonly mutationError = this.store.selectSignal(cartFeature.selectMutationError);
  protected readonly maxLead = this.store.selectSignal(cartFeature.selectMaxLeadTimeDays);
  protected readonly loadErrorText = computed(() => {
    const e = this.loadError();
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly mutationErrorText = computed(() => {
    const m = this.mutationError();
    if (!m) return null;
    const detail = m.error.errors?.[0]?.message;
    return `${this.i18n.t('procurement.cart.saveFailed')} ${errorMessage(m.error, this.i18n, PROCUREMENT_ERRORS)}${detail ? ` (${detail})` : ''}`;
  });
  private readonly timers = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; qty: number }
  >();

  private readonly checkout = this.store.selectSignal(
    checkoutFeature.selectProcurementCheckoutState,
  );
  private readonly reference = inject(ReferenceData);
  protected readonly costCenterLabel = computed(() =>
    this.reference.costCenterLabel(this.checkout().costCenterId),
  );
  /** The budget of the chosen cost center with this cart: shown while the cart is being built. */
  protected readonly budget = computed(() => {
    const c = this.checkout();
    return c.preview?.budget && !c.previewError
      ? { ...c.preview.budget, fits: c.preview.fitsBudget, levels: c.preview.approval.levels }
      : null;
  });

  constructor() {
    // While the page is shown, the checkout effects keep the budget preview current.
    this.store.dispatch(CartPageActions.opened());
    inject(DestroyRef).onDestroy(() => {
      this.flush();
      this.store.dispatch(CartPageActions.closed());
    });
  }

  protected name(line: PricedCartLine): string {
    return localName(line.product, this.i18n.lang());
  }

  /** Lines whose typed quantity cannot be ordered: checking out waits until they are fixed. */
  protected readonly invalidLines = signal<ReadonlySet<string>>(new Set());

  /** A typed quantity is saved after a short pause, and only when it can be ordered. */
  protected qtyTyped(line: PricedCartLine, qty: number): void {
    clearTimeout(this.timers.get(line.productId)?.timer);
    this.timers.delete(line.productId);
    const invalid = qty !== line.qty && qtyProblem(line.product, qty) !== null;
    this.markInvalid(line.productId, invalid);
    if (qty === line.qty || invalid) return;
    const timer = setTimeout(() => {
      this.timers.delete(line.productId);
      this.store.dispatch(CartPageActions.qtyChanged({ productId: line.productId, qty }));
    }, QTY_SAVE_DELAY_MS);
    this.timers.set(line.productId, { timer, qty });
  }

  /** Removes at once, with an undo that puts the line back with its quantity. */
  protected async remove(line: PricedCartLine): Promise<void> {
    clearTimeout(this.timers.get(line.productId)?.timer);
    this.timers.delete(line.productId);
    this.markInvalid(line.productId, false);
    this.store.dispatch(CartPageActions.lineRemoved({ productId: line.productId }));
    const undo = await this.notifier.offer(
      this.i18n.t('procurement.cart.removed', { name: this.name(line) }),
      this.i18n.t('procurement.cart.undo'),
    );
    if (undo)
      this.store.dispatch(CartPageActions.qtyChanged({ productId: line.productId, qty: line.qty }));
  }

  protected checkoutBlocked(): boolean {
    return this.saving() > 0 || this.invalidLines().size > 0;
  }

  private markInvalid(productId: string, invalid: boolean): void {
    const next = new Set(this.invalidLines());
    if (invalid) next.add(productId);
    else next.delete(productId);
    this.invalidLines.set(next);
  }

  /** Emptying the cart asks first, in the page (no blocking browser dialog). */
  protected readonly confirmingClear = signal(false);

  protected clear(): void {
    this.confirmingClear.set(false);
    this.store.dispatch(CartPageActions.cartCleared());
  }

  protected retry(): void {
    this.store.dispatch(CartPageActions.opened());
  }

  protected dismissError(): void {
    this.store.dispatch(CartPageActions.errorDismissed());
  }

  protected async exportCsv(): Promise<void> {
    const text = await cartCsv(this.cart().lines, this.i18n.lang());
    downloadText(text, `cart-${new Date().toISOString().slice(0, 10)}.csv`);
  }

  /** Leaving the page saves what is still waiting for its pause. */
  private flush(): void {
    for (const [productId, { timer, qty }] of this.timers) {
      clearTimeout(timer);
      this.store.dispatch(CartPageActions.qtyChanged({ productId, qty }));
    }
    this.timers.clear();
  }
}
