import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { AuthSession } from '../../core/auth/auth-session';
import { I18n, TranslatePipe } from '../../core/i18n/i18n';
import { ModuleNav, type ModuleLink } from '../../shared/ui/module-nav';
import { WelfareLayoutActions } from './data/welfare.actions';
import { welfareCartFeature } from './data/welfare-cart.feature';

/** The frame of e福礼: its own navigation (gift store, wallet, cart with its count, my gifts). */
@Component({
  selector: 'app-welfare-layout',
  imports: [ModuleNav, TranslatePipe],
  template: `<app-module-nav [label]="'welfare.nav.label' | t" [links]="links()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelfareLayout {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly count = this.store.selectSignal(welfareCartFeature.selectLineCount);
  private readonly session = inject(AuthSession);
  protected readonly links = computed((): ModuleLink[] => {
    const t = (key: string) => this.i18n.t(key);
    const count = this.count();
    return [
      { path: 'store', text: t('welfare.nav.store'), icon: 'redeem', exact: false },
      {
        path: 'wallet',
        text: t('welfare.nav.wallet'),
        icon: 'account_balance_wallet',
        exact: true,
      },
      {
        path: 'cart',
        text: t('welfare.nav.cart'),
        icon: 'shopping_bag',
        exact: true,
        count,
        countLabel: this.i18n.t('welfare.nav.cartCount', { count }),
      },
      { path: 'my-gifts', text: t('welfare.nav.myGifts'), icon: 'card_giftcard', exact: false },
      // HR runs the campaigns that grant the points.
      ...(this.session.user()?.roles.includes('hr')
        ? [{ path: 'campaigns', text: t('welfare.nav.campaigns'), icon: 'campaign', exact: false }]
        : []),
    ];
  });

  constructor() {
    this.store.dispatch(WelfareLayoutActions.opened());
  }
}
