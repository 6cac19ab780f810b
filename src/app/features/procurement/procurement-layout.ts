import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { I18n, TranslatePipe } from '../../core/i18n/i18n';
import { ModuleNav, type ModuleLink } from '../../shared/ui/module-nav';
import { CartAddActions } from './data/cart.actions';
import { cartFeature } from './data/cart.feature';

/** The frame of e采购: its own navigation (catalog, quick order, import, cart with its count, orders). */
@Component({
  selector: 'app-procurement-layout',
  imports: [ModuleNav, TranslatePipe],
  template: `<app-module-nav
    [label]="'procurement.nav.label' | t"
    [links]="links()"
    [iconsOnlyOnPhone]="true"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcurementLayout {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly count = this.store.selectSignal(cartFeature.selectLineCount);
  protected readonly links = computed((): ModuleLink[] => {
    const t = (key: string) => this.i18n.t(key);
    const count = this.count();
    return [
      { path: 'catalog', text: t('procurement.nav.catalog'), icon: 'storefront', exact: false },
      { path: 'quick-order', text: t('procurement.nav.quickOrder'), icon: 'keyboard', exact: true },
      { path: 'import', text: t('procurement.nav.import'), icon: 'upload_file', exact: true },
      {
        path: 'cart',
        text: t('procurement.nav.cart'),
        icon: 'shopping_cart',
        exact: true,
        count,
        countLabel: this.i18n.t('procurement.nav.cartCount', { count }),
      },
      {
        path: 'templates',
        text: t('procurement.nav.templates'),
        icon: 'playlist_add_check',
        exact: false,
      },
      { path: 'orders', text: t('procurement.nav.orders'), icon: 'receipt_long', exact: false },
    ];
  });

  constructor() {
    this.store.dispatch(CartAddActions.cartNeeded());
  }
}
