import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Address } from '../../../../domain/index.ts';
import { I18n } from '../../../core/i18n/i18n';
import { ADDRESSES_I18N } from '../addresses.i18n';
import { AddressBookPageActions } from '../data/address-book.actions';
import { initialAddressBookState, type AddressBookState } from '../data/address-book.feature';
import { address } from '../data/address-book.feature.spec';
import { AddressBookPage } from './address-book-page';

describe('AddressBookPage', () => {
  let store: MockStore;

  async function render(scope: Address['scope'], state: Partial<AddressBookState>) {
    TestBed.configureTestingModule({
      imports: [AddressBookPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { addressBook: { ...initialAddressBookState, loaded: true, ...state } },
        }),
      ],
    });
    TestBed.inject(I18n).register(ADDRESSES_I18N);
    TestBed.inject(I18n).use('en');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    const f = TestBed.createComponent(AddressBookPage);
    f.componentRef.setInput('scope', scope);
    await f.whenStable();
    return f;
  }
  const dispatched = () => (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a);

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  it("lists the user's own addresses to manage and the company's read-only, in English", async () => {
    const f = await render('personal', {
      addresses: [address('a1', 'personal', true), address('a2'), address('c1', 'company', true)],
    });
    const el = f.nativeElement as HTMLElement;
    expect(dispatched()).toContain(AddressBookPageActions.opened());
    expect(el.querySelectorAll('[data-testid=address]').length).toBe(2);
    expect(el.querySelectorAll('[data-testid=company-address]').length).toBe(1);
    expect(el.textContent).toContain('2 of 10 addresses');
    expect(el.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    // the default has no "make default"; the other does, and asking dispatches it
    const make = el.querySelectorAll<HTMLButtonElement>('[aria-label^="Make default address"]');
    expect(make.length).toBe(1);
    make[0].click();
    expect(dispatched()).toContain(
      AddressBookPageActions.defaultRequested({ scope: 'personal', id: 'a2' }),
    );
  });

  it('adds an address only with a valid mobile number, and says so', async () => {
    const f = await render('personal', { addresses: [] });
    const el = f.nativeElement as HTMLElement;
    expect(el.textContent).toContain('No saved addresses yet.');
    el.querySelector<HTMLButtonElement>('[data-testid=add-address]')!.click();
    await f.whenStable();
    const type = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[formcontrolname="${name}"]`,
      )!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('recipient', '张三');
    type('phone', '12800001111');
    type('address', '上海市');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('app-address-form button[type=submit]')!.click();
    await f.whenStable();
    expect(el.textContent).toContain('Enter an 11-digit mobile number');
    expect(dispatched().some((a) => a.type === AddressBookPageActions.saveRequested.type)).toBe(
      false,
    );
    type('phone', '138 0000 1111');
    type('label', ' 家 ');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('app-address-form button[type=submit]')!.click();
    expect(dispatched()).toContain(
      AddressBookPageActions.saveRequested({
        scope: 'personal',
        id: null,
        command: { recipient: '张三', phone: '13800001111', address: '上海市', label: '家' },
      }),
    );
  });

  it('the company page edits and deletes (after confirming) the company addresses; full means no more', async () => {
    const many = Array.from({ length: 30 }, (_, i) => address(`c${i}`, 'company', i === 0));
    const f = await render('company', { addresses: [address('a1'), ...many] });
    const el = f.nativeElement as HTMLElement;
    expect(el.querySelectorAll('[data-testid=address]').length).toBe(30);
    expect(el.querySelector('[data-testid=company-address]')).toBeNull();
    expect(el.querySelector<HTMLButtonElement>('[data-testid=add-address]')!.disabled).toBeTrue();
    expect(el.textContent).toContain('maximum of 30');
    el.querySelector<HTMLButtonElement>('[aria-label="Delete address: rc1 ac1"]')!.click();
    await f.whenStable();
    expect(dispatched().some((a) => a.type === AddressBookPageActions.deleteRequested.type)).toBe(
      false,
    );
    [...el.querySelectorAll<HTMLButtonElement>('button.danger')][0].click();
    expect(dispatched()).toContain(
      AddressBookPageActions.deleteRequested({ scope: 'company', id: 'c1' }),
    );
    el.querySelector<HTMLButtonElement>('[aria-label="Edit address: rc2 ac2"]')!.click();
    await f.whenStable();
    const recipient = el.querySelector<HTMLInputElement>('[formcontrolname="recipient"]')!;
    expect(recipient.value).toBe('rc2');
    recipient.value = '新收货人';
    recipient.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('app-address-form button[type=submit]')!.click();
    expect(dispatched()).toContain(
      AddressBookPageActions.saveRequested({
        scope: 'company',
        id: 'c2',
        command: { recipient: '新收货人', phone: '13800001111', address: 'ac2' },
      }),
    );
  });

  it('the editor closes when its save went through, not when another address changed meanwhile', async () => {
    const addresses = [address('a1', 'personal', true), address('a2')];
    const f = await render('personal', { addresses });
    const el = f.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('[aria-label="Edit address: ra2 aa2"]')!.click();
    await f.whenStable();
    const form = () => el.querySelector('app-address-form');
    expect(form()).not.toBeNull();
    // another write (say, a default made in another tab's action) lands: what is typed stays
    store.setState({
      addressBook: { ...initialAddressBookState, loaded: true, addresses, savedCount: 1 },
    });
    await f.whenStable();
    expect(form()).not.toBeNull();
    el.querySelector<HTMLButtonElement>('app-address-form button[type=submit]')!.click();
    store.setState({
      addressBook: { ...initialAddressBookState, loaded: true, addresses, savedCount: 2 },
    });
    await f.whenStable();
    expect(form()).toBeNull();
  });
});
