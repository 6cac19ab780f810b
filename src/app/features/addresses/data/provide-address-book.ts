import { inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../../core/i18n/i18n';
import { ADDRESSES_I18N } from '../addresses.i18n';
import * as addressBookEffects from './address-book.effects';
import { addressBookFeature } from './address-book.feature';

/** The address book's state, effects and texts, for each lazy route that shows it. */
export function provideAddressBook(): EnvironmentProviders[] {
  return [
    provideEnvironmentInitializer(() => inject(I18n).register(ADDRESSES_I18N)),
    provideState(addressBookFeature),
    provideEffects(addressBookEffects),
  ];
}
