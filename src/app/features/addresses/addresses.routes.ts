import { Routes } from '@angular/router';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import { provideAddressBook } from './data/provide-address-book';

/** "My addresses", mounted under /addresses by the shell (every signed-in user; from the user menu). */
export const ADDRESSES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideFieldDefaults(), provideAddressBook()],
    title: 'addresses.title.personal',
    data: { scope: 'personal' },
    loadComponent: () => import('./book/address-book-page').then((m) => m.AddressBookPage),
  },
];
