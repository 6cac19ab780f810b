import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Router, type CanActivateFn, type Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AuthSession } from '../../core/auth/auth-session';
import { I18n } from '../../core/i18n/i18n';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import * as campaignsEffects from './data/campaigns.effects';
import { campaignsFeature } from './data/campaigns.feature';
import { giftStoreFeature } from './data/gift-store.feature';
import { redemptionsFeature } from './data/redemptions.feature';
import * as welfareEffects from './data/welfare.effects';
import { welfareCartFeature } from './data/welfare-cart.feature';
import { WelfareLayout } from './welfare-layout';
import { WELFARE_I18N } from './welfare.i18n';

/**
 * HR's pages. The shell's guard on /welfare has already settled the session; the shell's roleGuard is
 * not imported here, so that the shell's own code stays out of this lazy chunk (and the first visit's).
 */
const hrOnly: CanActivateFn = () =>
  inject(AuthSession).user()?.roles.includes('hr') === true ||
  inject(Router).parseUrl('/welfare/store');

/** e福礼, mounted under /welfare by the shell (every role is an employee of the gift store). */
export const WELFARE_ROUTES: Routes = [
  {
    path: '',
    component: WelfareLayout,
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(WELFARE_I18N)),
      provideState(giftStoreFeature),
      provideState(welfareCartFeature),
      provideState(redemptionsFeature),
      provideState(campaignsFeature),
      provideEffects(welfareEffects, campaignsEffects),
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'store' },
      {
        path: 'store',
        title: 'welfare.title.store',
        loadComponent: () => import('./store/gift-store-page').then((m) => m.GiftStorePage),
      },
      {
        path: 'gifts/:id',
        title: 'welfare.title.gift',
        loadComponent: () => import('./gift/gift-page').then((m) => m.GiftPage),
      },
      {
        path: 'wallet',
        title: 'welfare.title.wallet',
        loadComponent: () => import('./wallet/wallet-page').then((m) => m.WalletPage),
      },
      {
        path: 'cart',
        title: 'welfare.title.cart',
        loadComponent: () => import('./cart/welfare-cart-page').then((m) => m.WelfareCartPage),
      },
      {
        path: 'checkout',
        loadChildren: () =>
          import('./checkout/welfare-checkout.routes').then((m) => m.WELFARE_CHECKOUT_ROUTES),
      },
      {
        path: 'my-gifts',
        title: 'welfare.title.myGifts',
        loadComponent: () => import('./my-gifts/my-gifts-page').then((m) => m.MyGiftsPage),
      },
      {
        path: 'my-gifts/:id',
        title: 'welfare.title.myGift',
        loadComponent: () => import('./my-gifts/my-gift-page').then((m) => m.MyGiftPage),
      },
      {
        path: 'campaigns',
        title: 'welfare.title.campaigns',
        canActivate: [hrOnly],
        loadComponent: () =>
          import('./campaigns/campaign-list-page').then((m) => m.CampaignListPage),
      },
      {
        path: 'campaigns/new',
        title: 'welfare.title.campaign',
        canActivate: [hrOnly],
        loadComponent: () => import('./campaigns/campaign-page').then((m) => m.CampaignPage),
      },
      {
        path: 'campaigns/:id/report',
        title: 'welfare.title.report',
        canActivate: [hrOnly],
        loadComponent: () =>
          import('./report/campaign-report-page').then((m) => m.CampaignReportPage),
      },
      {
        path: 'campaigns/:id',
        title: 'welfare.title.campaign',
        canActivate: [hrOnly],
        loadComponent: () => import('./campaigns/campaign-page').then((m) => m.CampaignPage),
      },
    ],
  },
];
