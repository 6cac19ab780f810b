import type { Routes } from '@angular/router';
import { provideAddressBook } from '../../addresses/data/provide-address-book';

/**
 * The checkout, with the delivery addresses (their state, effects and texts): only this page has
 * them, so that a first visit to the gift store downloads none of it.
 */
export const WELFARE_CHECKOUT_ROUTES: Routes = [
  {
    path: '',
    title: 'welfare.title.checkout',
    providers: [provideAddressBook()],
    loadComponent: () => import('./welfare-checkout-page').then((m) => m.WelfareCheckoutPage),
  },
];
