import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Address, AddressScope } from '../../../../domain/index.ts';
import type { SavedAddressCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';

/** "My addresses" and the admin's company addresses: one page, per scope. */
export const AddressBookPageActions = createActionGroup({
  source: 'Address Book Page',
  events: {
    Opened: emptyProps(),
    /** `id` null: a new address. */
    'Save Requested': props<{
      scope: AddressScope;
      id: string | null;
      command: SavedAddressCommand;
    }>(),
    'Default Requested': props<{ scope: AddressScope; id: string }>(),
    'Delete Requested': props<{ scope: AddressScope; id: string }>(),
    'Editor Closed': emptyProps(),
  },
});

/** A checkout choosing its delivery address (procurement and the gift store). */
export const AddressPickerActions = createActionGroup({
  source: 'Address Picker',
  events: {
    Opened: emptyProps(),
    /** A new address typed at checkout, saved to the buyer's own book. */
    'Save Requested': props<{ command: SavedAddressCommand }>(),
  },
});

export const AddressBookApiActions = createActionGroup({
  source: 'Address Book API',
  events: {
    Loaded: props<{ addresses: Address[] }>(),
    'Load Failed': props<{ error: ApiError }>(),
    /** A write succeeded (the list is read again: a default may have moved). */
    Changed: props<{ scope: AddressScope; address: Address | null }>(),
    'Change Failed': props<{ error: ApiError }>(),
  },
});
