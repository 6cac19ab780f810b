import type { Address } from '../../../../domain/index.ts';
import { initialPick, NEW_ADDRESS } from '../picker/address-picker';
import {
  AddressBookApiActions,
  AddressBookPageActions,
  AddressPickerActions,
} from './address-book.actions';
import { addressBookFeature, initialAddressBookState } from './address-book.feature';

const reduce = addressBookFeature.reducer;
export const address = (
  id: string,
  scope: Address['scope'] = 'personal',
  isDefault = false,
): Address => ({
  id,
  scope,
  companyId: 'c1',
  recipient: `r${id}`,
  phone: '13800001111',
  address: `a${id}`,
  isDefault,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
});

describe('addressBook feature', () => {
  it("splits the book into the user's own and the company's; the user's default wins", () => {
    const s = reduce(
      initialAddressBookState,
      AddressBookApiActions.loaded({
        addresses: [address('a1'), address('c1', 'company', true)],
      }),
    );
    const state = { addressBook: s };
    expect(addressBookFeature.selectPersonal(state).map((a) => a.id)).toEqual(['a1']);
    expect(addressBookFeature.selectCompany(state).map((a) => a.id)).toEqual(['c1']);
    expect(addressBookFeature.selectDefault(state)?.id).toBe('c1');
    const mine = reduce(
      s,
      AddressBookApiActions.loaded({
        addresses: [address('a1', 'personal', true), address('c1', 'company', true)],
      }),
    );
    expect(addressBookFeature.selectDefault({ addressBook: mine })?.id).toBe('a1');
  });

  it('tracks a write: saving, then the address shown and the editor told, or the error kept', () => {
    let s = reduce(initialAddressBookState, AddressBookApiActions.loaded({ addresses: [] }));
    s = reduce(
      s,
      AddressBookPageActions.saveRequested({
        scope: 'personal',
        id: null,
        command: { recipient: 'x', phone: '13800001111', address: 'y' },
      }),
    );
    expect(s.saving).toBeTrue();
    s = reduce(s, AddressBookApiActions.changed({ scope: 'personal', address: address('a9') }));
    expect(s.saving).toBeFalse();
    expect(s.savedCount).toBe(1);
    expect(s.addresses.map((a) => a.id)).toEqual(['a9']);
    s = reduce(s, AddressPickerActions.saveRequested({ command: address('a8') }));
    s = reduce(
      s,
      AddressBookApiActions.changeFailed({ error: { status: 400, code: 'X', detail: 'd' } }),
    );
    expect(s.saving).toBeFalse();
    expect(s.saveError?.status).toBe(400);
    expect(s.savedCount).toBe(1);
    s = reduce(s, AddressBookPageActions.editorClosed());
    expect(s.saveError).toBeNull();
  });
});

describe('initialPick', () => {
  const book = [address('a1'), address('a2', 'personal', true), address('c1', 'company', true)];

  it("the user's default, else the company's, else a new address", () => {
    expect(initialPick(book, null)).toBe('a2');
    expect(initialPick([address('a1'), address('c1', 'company', true)], null)).toBe('c1');
    expect(initialPick([address('a1')], null)).toBe(NEW_ADDRESS);
  });

  it('a new address typed before is shown again; a saved one gives way to the default', () => {
    const a1 = book[0];
    expect(
      initialPick(book, { recipient: a1.recipient, phone: a1.phone, address: a1.address }),
    ).toBe('a2');
    expect(initialPick(book, { recipient: '张三', phone: '', address: '' })).toBe(NEW_ADDRESS);
    expect(initialPick(book, { recipient: '', phone: '', address: '' })).toBe('a2');
  });
});
