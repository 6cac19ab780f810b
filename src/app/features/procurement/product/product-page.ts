import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  type SimpleChanges,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { nearestValidQty, tierFor } from '../../../../domain/index.ts';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { PageTitle } from '../../../core/i18n/page-title';
import { MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { CartAddActions } from '../data/cart.actions';
import { cartFeature } from '../data/cart.feature';
import { ProductPageActions } from '../data/catalog.actions';
import { catalogFeature } from '../data/catalog.feature';
import { QtyStepper } from './qty-stepper';
import { TaxInline } from '../tax/tax-amounts';

/** One product: pictures, specs, supplier and rating, tier prices (the tier for the typed quantity marked), add to cart. */
@Component({
  selector: 'app-product-page',
  imports: [
    TaxInline,
    UnitPipe,
    LocalNamePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    QtyStepper,
  ],
  templateUrl: './product-page.html',
  styleUrl: './product-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** The route's `:id` (component input binding). */
  readonly id = input<string>('');

  protected readonly product = this.store.selectSignal(catalogFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(catalogFeature.selectDetailLoading);
  protected readonly error = this.store.selectSignal(catalogFeature.selectDetailError);
  private readonly inCart = this.store.selectSignal(cartFeature.selectQtyByProduct);
  protected readonly stepper = viewChild<QtyStepper>('stepper');
  protected readonly qty = signal(0);
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly name = computed(() => {
    const p = this.product();
    return localName(p, this.i18n.lang());
  });
  protected readonly activeTier = computed(() => {
    const p = this.product();
    return p ? tierFor(p.priceTiers, this.qty()) : undefined;
  });
  protected readonly lineTotal = computed(
    () => (this.activeTier()?.unitPriceFen ?? 0) * this.qty(),
  );
  protected readonly qtyInCart = computed(() => {
    const p = this.product();
    return p ? (this.inCart().get(p.id) ?? 0) : 0;
  });
  /** The specification table in the active language (the Chinese one when no English one exists). */
  protected readonly specs = computed(() => {
    const p = this.product();
    const specs = this.i18n.lang() === 'en' && p?.specsEn ? p.specsEn : p?.specs;
    return Object.entries(specs ?? {});
  });
  protected readonly stars = computed(() => {
    const r = this.product()?.supplier?.rating ?? 0;
    return [1, 2, 3, 4, 5].map((i) =>
      r >= i ? 'star' : r >= i - 0.5 ? 'star_half' : 'star_border',
    );
  });

  constructor() {
    inject(PageTitle).follow(() => this.name());
    // A newly shown product starts at its smallest orderable quantity.
    effect(() => {
      const p = this.product();
      if (p) untracked(() => this.qty.set(nearestValidQty(p, p.moq)));
    });
  }

  /** Opened, or another product in the same page (a link from one product to another). */
  ngOnChanges(changes: SimpleChanges<ProductPage>): void {
    const id = changes.id?.currentValue;
    if (id) this.store.dispatch(ProductPageActions.opened({ id }));
  }

  protected add(): void {
    const p = this.product();
    if (!p || !this.stepper()?.valid()) return;
    this.store.dispatch(
      CartAddActions.addLinesRequested({
        lines: [{ productId: p.id, qty: this.qty() }],
        origin: 'product',
      }),
    );
  }

  protected retry(): void {
    this.store.dispatch(ProductPageActions.opened({ id: this.id() }));
  }

  protected tierRange(i: number): { from: number; to: number | null } {
    const tiers = this.product()?.priceTiers ?? [];
    return { from: tiers[i].minQty, to: i + 1 < tiers.length ? tiers[i + 1].minQty - 1 : null };
  }
}
