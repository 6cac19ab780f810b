import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { defaultAddress, type Address } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import {
  AddressBookApiActions,
  AddressBookPageActions,
  AddressPickerActions,
} from './address-book.actions';

/** The caller's address book: their own addresses and the company's, and the write in flight. */
export interface AddressBookState {
  addresses: Address[];
  loaded: boolean;
  loading: boolean;
  error: ApiError | null;
  /** A save, default or delete in flight. */
  saving: boolean;
  saveError: ApiError | null;
  /** Bumped by each successful write, so an open editor knows it may close. */
  savedCount: number;
}

export const initialAddressBookState: AddressBookState = {
  addresses: [],
  loaded: false,
  loading: false,
  error: null,
  saving: false,
  saveError: null,
  savedCount: 0,
};

export const addressBookFeature = createFeature({
  name: 'addressBook',
  reducer: createReducer(
    initialAddressBookState,
    on(AddressBookPageActions.opened, AddressPickerActions.opened, (s): AddressBookState => ({
      ...s,
      loading: true,
      error: null,
      saveError: null,
    })),
    // A checkout chooses from a fresh read: its first choice waits for it.
    on(AddressPickerActions.opened, (s): AddressBookState => ({ ...s, loaded: false })),
    on(AddressBookApiActions.loaded, (s, { addresses }): AddressBookState => ({
      ...s,
      addresses,
      loaded: true,
      loading: false,
      error: null,
    })),
    on(AddressBookApiActions.loadFailed, (s, { error }): AddressBookState => ({
      ...s,
      loading: false,
      error,
    })),
    on(
      AddressBookPageActions.saveRequested,
      AddressBookPageActions.defaultRequested,
      AddressBookPageActions.deleteRequested,
      AddressPickerActions.saveRequested,
      (s): AddressBookState => ({ ...s, saving: true, saveError: null }),
    ),
    on(AddressBookApiActions.changed, (s, { address }): AddressBookState => ({
      ...s,
      saving: false,
      savedCount: s.savedCount + 1,
      // shown at once; the list read after the write brings the defaults it moved
      addresses: address
        ? [...s.addresses.filter((a) => a.id !== address.id), address]
        : s.addresses,
    })),
    on(AddressBookApiActions.changeFailed, (s, { error }): AddressBookState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
    on(AddressBookPageActions.editorClosed, (s): AddressBookState => ({ ...s, saveError: null })),
  ),
  extraSelectors: ({ selectAddresses }) => ({
    selectPersonal: createSelector(selectAddresses, (list) =>
      list.filter((a) => a.scope === 'personal'),
    ),
    selectCompany: createSelector(selectAddresses, (list) =>
      list.filter((a) => a.scope === 'company'),
    ),
    /** Where a checkout starts: the user's default, else the company's. */
    selectDefault: createSelector(selectAddresses, (list) => defaultAddress(list)),
  }),
});
