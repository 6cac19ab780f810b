import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { initialWelfareCartState, type WelfareCartState } from '../data/welfare-cart.feature';
import { WelfareCheckoutPageActions } from '../data/welfare.actions';
import { gift, welfareCart } from '../data/test-data.spec-util';
import { WELFARE_I18N } from '../welfare.i18n';
import { WelfareCheckoutPage } from './welfare-checkout-page';
import type { Address } from '../../../../domain/index.ts';
import { ADDRESSES_I18N } from '../../addresses/addresses.i18n';
import { AddressPickerActions } from '../../addresses/data/address-book.actions';
import { initialAddressBookState } from '../../addresses/data/address-book.feature';

const office: Address = {
  id: 'CA1',
  scope: 'company',
  companyId: 'c1',
  label: '总部前台',
  recipient: '王晓红',
  phone: '13917001234',
  address: '上海市嘉定区墨玉南路888号',
  isDefault: true,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
};

describe('WelfareCheckoutPage', () => {
  let store: MockStore;

  async function render(state: Partial<WelfareCartState>, addresses: Address[] = []) {
    TestBed.configureTestingModule({
      imports: [WelfareCheckoutPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            welfareCart: { ...initialWelfareCartState, ...state },
            addressBook: { ...initialAddressBookState, loaded: true, addresses },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(WELFARE_I18N);
    TestBed.inject(I18n).register(ADDRESSES_I18N);
    TestBed.inject(I18n).use('en');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(WelfareCheckoutPage);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  function submitted() {
    return (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([a]) => a)
      .filter((a) => a.type === WelfareCheckoutPageActions.submitted.type);
  }

  function pointsInput(el: HTMLElement): HTMLInputElement {
    return el.querySelector<HTMLInputElement>('[formcontrolname="pointsToUse"]')!;
  }

  it('uses as many points as allowed by default and shows the cash left, as the server computes it', async () => {
    // 1,290 points, 1,100 in the balance, 1 point = ¥1: 190 points in cash.
    const f = await render({ cart: welfareCart([{ product: gift('p1', 1290), qty: 1 }], 1100) });
    const el = f.nativeElement as HTMLElement;
    expect(store.dispatch).toHaveBeenCalledWith(WelfareCheckoutPageActions.opened());
    expect(pointsInput(el).value).toBe('1100');
    expect(el.querySelector('[data-testid=checkout-cash]')!.textContent).toContain('¥190.00');
    expect(el.textContent).toContain('paid in the next step');
  });

  it('recomputes the cash when fewer points are used, and refuses more than allowed', async () => {
    const f = await render({ cart: welfareCart([{ product: gift('p1', 300), qty: 2 }], 1000) });
    const el = f.nativeElement as HTMLElement;
    const input = pointsInput(el);
    input.value = '500';
    input.dispatchEvent(new Event('input'));
    await f.whenStable();
    expect(el.querySelector('[data-testid=checkout-cash]')!.textContent).toContain('¥100.00');
    input.value = '700';
    input.dispatchEvent(new Event('input'));
    await f.whenStable();
    expect(el.textContent).toContain('Enter a whole number from 0 to 600');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await f.whenStable();
    expect(submitted()).toEqual([]);
  });

  it('submits the lines, the points and a new address with a fresh key, and saves the address', async () => {
    const f = await render({ cart: welfareCart([{ product: gift('p1', 300), qty: 1 }], 800) });
    const el = f.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await f.whenStable();
    expect(submitted()).toEqual([]);
    expect(el.textContent).toContain('Required');
    const type = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('recipient', '陈佳琪');
    type('phone', '12800002222');
    type('address', '上海市嘉定区');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await f.whenStable();
    expect(submitted()).toEqual([]);
    expect(el.textContent).toContain('Enter an 11-digit mobile number');
    type('phone', '138 0000 2222');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await f.whenStable();
    const [action] = submitted();
    expect(action.command).toEqual({
      lines: [{ productId: 'p1', qty: 1 }],
      pointsToUse: 300,
      deliveryAddress: { recipient: '陈佳琪', phone: '13800002222', address: '上海市嘉定区' },
    });
    expect(action.newKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.dispatch).toHaveBeenCalledWith(
      AddressPickerActions.saveRequested({
        command: { recipient: '陈佳琪', phone: '13800002222', address: '上海市嘉定区' },
      }),
    );
  });

  it("sends the company's default address when the user has none of their own; nothing is saved", async () => {
    const f = await render({ cart: welfareCart([{ product: gift('p1', 300), qty: 1 }], 800) }, [
      office,
    ]);
    const el = f.nativeElement as HTMLElement;
    expect(el.querySelector('[formcontrolname="recipient"]')).toBeNull();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await f.whenStable();
    const [action] = submitted();
    expect(action.command.deliveryAddress).toEqual({
      recipient: '王晓红',
      phone: '13917001234',
      address: '上海市嘉定区墨玉南路888号',
    });
    expect(
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .some(([a]) => a.type === AddressPickerActions.saveRequested.type),
    ).toBeFalse();
  });

  it('says why a redemption was refused, in the active language', async () => {
    const f = await render({
      cart: welfareCart(),
      placeError: { status: 422, code: 'INSUFFICIENT_POINTS', detail: '900 > 800' },
    });
    expect((f.nativeElement as HTMLElement).textContent).toContain(
      'Not enough points: your balance changed.',
    );
  });
});
