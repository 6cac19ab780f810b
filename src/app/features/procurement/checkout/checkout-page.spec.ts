import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { initialCartState } from '../data/cart.feature';
import { CheckoutPageActions } from '../data/checkout.actions';
import { initialCheckoutState, type CheckoutState } from '../data/checkout.feature';
import type { OrderPreview } from '../data/procurement.model';
import { toOrderLines } from '../data/procurement.model';
import { cart, line } from '../data/test-data.spec-util';
import { CheckoutPage } from './checkout-page';
import type { Address } from '../../../../domain/index.ts';
import { ADDRESSES_I18N } from '../../addresses/addresses.i18n';
import { AddressPickerActions } from '../../addresses/data/address-book.actions';
import { initialAddressBookState } from '../../addresses/data/address-book.feature';

const saved = (id: string, scope: Address['scope'], isDefault: boolean): Address => ({
  id,
  scope,
  companyId: 'c1',
  label: scope === 'company' ? '仓库' : '家',
  recipient: `收货人${id}`,
  phone: '13800001111',
  address: `地址${id}`,
  isDefault,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
});

const costCenters = [
  { id: 'cc1', companyId: 'c1', code: 'C1-CC101', name: '采购部', nameEn: 'Purchasing' },
];

function preview(fits: boolean): OrderPreview {
  return {
    lines: [
      {
        productId: 'a',
        qty: 10,
        unitPriceFen: 1000,
        lineTotalFen: 10_000,
        supplierId: 's01',
        vatRate: 13,
        netFen: 8850,
        vatFen: 1150,
        sku: 'SKU-a',
        name: '商品a',
        nameEn: 'Product a',
        unit: '盒',
      },
    ],
    totalFen: 10_000,
    tax: {
      netFen: 8850,
      vatFen: 1150,
      grossFen: 10_000,
      byRate: [{ rate: 13, netFen: 8850, vatFen: 1150, grossFen: 10_000 }],
    },
    warnings: [],
    budget: {
      budgetId: 'B-1',
      amountFen: 100_000,
      availableFen: fits ? 50_000 : 4_000,
      availableAfterFen: fits ? 40_000 : -6_000,
    },
    fitsBudget: fits,
    approval: {
      levels: fits ? 0 : 1,
      approverRole: 'hr',
      rule: fits ? 'none' : 'approvalThreshold',
      thresholdFen: 500_000,
    },
  };
}

describe('CheckoutPage', () => {
  let store: MockStore;

  async function render(checkout: Partial<CheckoutState>, addresses: Address[] = []) {
    TestBed.configureTestingModule({
      imports: [CheckoutPage],
      providers: [
        provideRouter([]),
        provideSignedIn({
          id: 'u-test',
          name: '测试',
          email: 't@x',
          roles: ['buyer'],
          companyId: 'c1',
          departmentId: 'd1',
        }),
        provideReferenceData({ costCenters }),
        provideMockStore({
          initialState: {
            procurementCart: { ...initialCartState, cart: cart(line('a', 10)), loaded: true },
            procurementCheckout: {
              ...initialCheckoutState,
              costCenterId: 'cc1',
              ...checkout,
            },
            addressBook: { ...initialAddressBookState, loaded: true, addresses },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    TestBed.inject(I18n).register(ADDRESSES_I18N);
    TestBed.inject(I18n).use('en');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(CheckoutPage);
    await fixture.whenStable();
    return fixture;
  }

  beforeEach(() => localStorage.removeItem('portal.procurement.address'));
  afterEach(() => {
    TestBed.inject(I18n).use('zh-CN');
    localStorage.removeItem('portal.procurement.address');
  });

  it('shows the budget before → after and that no approval is needed', async () => {
    const f = await render({ preview: preview(true) });
    const text = (f.nativeElement as HTMLElement).textContent!;
    expect(text).toContain('Available now');
    expect(text).toContain('¥500.00');
    expect(text).toContain('¥400.00');
    expect(text).toContain('No approval needed');
  });

  it('lists the order lines biggest first', async () => {
    const p = preview(true);
    const small = {
      ...p.lines[0],
      productId: 'b',
      name: '商品b',
      nameEn: 'Product b',
      lineTotalFen: 500,
    };
    const big = {
      ...p.lines[0],
      productId: 'c',
      name: '商品c',
      nameEn: 'Product c',
      lineTotalFen: 90_000,
    };
    const f = await render({ preview: { ...p, lines: [small, p.lines[0], big] } });
    const names = [
      ...(f.nativeElement as HTMLElement).querySelectorAll('[data-testid=summary-line] .n'),
    ].map((li) => li.textContent?.split('×')[0].trim());
    expect(names).toEqual(['Product c', 'Product a', 'Product b']);
  });

  it('says when it is shown and when it is left, so the checkout effects follow the cart meanwhile', async () => {
    const f = await render({ preview: preview(true) });
    expect(store.dispatch).toHaveBeenCalledWith(CheckoutPageActions.opened());
    expect(store.dispatch).not.toHaveBeenCalledWith(CheckoutPageActions.closed());
    f.destroy();
    expect(store.dispatch).toHaveBeenCalledWith(CheckoutPageActions.closed());
  });

  it('over budget: submit blocked, with the reason and a link to request the missing amount', async () => {
    const f = await render({ preview: preview(false) });
    const el = f.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Over budget');
    expect(el.textContent).toContain('Needs 1 approval level by');
    // 106% of the budget after this order, said as such; the bar stops at its end.
    expect(el.textContent).toContain('106% used after this order');
    expect(el.querySelector('mat-progress-bar')!.getAttribute('aria-valuenow')).toBe('100');
    const link = el.querySelector<HTMLAnchorElement>('.blocked a')!;
    expect(link.getAttribute('href')).toBe('/budgets/requests/new?budgetId=B-1&deltaFen=6000');
    expect(el.querySelector<HTMLButtonElement>('button.submit')!.disabled).toBeTrue();
  });

  it('does not submit an incomplete address; submits a complete one with a fresh key', async () => {
    const f = await render({ preview: preview(true) });
    const el = f.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    await f.whenStable();
    expect(
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .some(([a]) => a.type === CheckoutPageActions.submitted.type),
    ).toBeFalse();
    expect(el.textContent).toContain('Enter the recipient');

    const type = (label: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[formcontrolname="${label}"]`,
      )!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('recipient', '张三');
    type('phone', '12345');
    type('address', '上海市浦东新区');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    await f.whenStable();
    expect(el.textContent).toContain('Enter an 11-digit mainland mobile number');
    expect(
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .some(([a]) => a.type === CheckoutPageActions.submitted.type),
    ).toBeFalse();

    type('phone', '138 0000 0000');
    type('title', '华东精工制造有限公司');
    // a wrong check character is said inline, and nothing is sent
    type('taxNumber', '91350100M000100Y44');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    await f.whenStable();
    expect(el.textContent).toContain('The check character does not match');
    type('taxNumber', '91350100M00010');
    await f.whenStable();
    expect(el.textContent).toContain('has 18 characters');
    expect(
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .some(([a]) => a.type === CheckoutPageActions.submitted.type),
    ).toBeFalse();

    type('taxNumber', '9135 0100 m000 100y43');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    const submitted = (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([a]) => a)
      .find((a) => a.type === CheckoutPageActions.submitted.type);
    expect(submitted.command).toEqual({
      costCenterId: 'cc1',
      lines: [{ productId: 'a', qty: 10 }],
      deliveryAddress: { recipient: '张三', phone: '13800000000', address: '上海市浦东新区' },
      invoice: { type: 'special', title: '华东精工制造有限公司', taxNumber: '91350100M000100Y43' },
    });
    expect(submitted.newKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts with the address this buyer used last time', async () => {
    localStorage.setItem(
      'portal.procurement.address',
      JSON.stringify({ 'u-test': { recipient: '李四', phone: '13900000000', address: '北京市' } }),
    );
    const f = await render({ preview: preview(true) });
    const recipient = (f.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[formcontrolname="recipient"]',
    )!;
    expect(recipient.value).toBe('李四');
  });

  it("preselects the buyer's default, else the company's, and sends a copy of it; nothing is saved", async () => {
    const book = [saved('AD1', 'personal', false), saved('CA1', 'company', true)];
    let f = await render({ preview: preview(true) }, book);
    let el = f.nativeElement as HTMLElement;
    const checked = () =>
      el.querySelector('[data-testid=address-picker] .mat-mdc-radio-checked')?.textContent ?? '';
    expect(checked()).toContain('收货人CA1');
    expect(el.textContent).toContain('Company');
    // the fields of a new address show only for a new one
    expect(el.querySelector('[formcontrolname="recipient"]')).toBeNull();
    f.destroy();
    TestBed.resetTestingModule();

    f = await render({ preview: preview(true) }, [...book, saved('AD2', 'personal', true)]);
    el = f.nativeElement as HTMLElement;
    expect(checked()).toContain('收货人AD2');
    const type = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('title', '华东精工制造有限公司');
    type('taxNumber', '91350100M000100Y43');
    await f.whenStable();
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    const actions = (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a);
    const submitted = actions.find((a) => a.type === CheckoutPageActions.submitted.type);
    expect(submitted.command.deliveryAddress).toEqual({
      recipient: '收货人AD2',
      phone: '13800001111',
      address: '地址AD2',
    });
    expect(actions.some((a) => a.type === AddressPickerActions.saveRequested.type)).toBeFalse();
  });

  it('a new address typed at checkout is saved to the buyer’s book with the order', async () => {
    const f = await render({ preview: preview(true) }, [saved('CA1', 'company', true)]);
    const el = f.nativeElement as HTMLElement;
    const radios = [...el.querySelectorAll<HTMLInputElement>('[data-testid=address-picker] input')];
    radios.at(-1)!.click(); // use a new address
    await f.whenStable();
    const type = (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[formcontrolname="${name}"]`,
      )!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('recipient', '王五');
    type('phone', '139-0000-0000');
    type('address', '苏州市工业园区');
    type('title', '华东精工制造有限公司');
    type('taxNumber', '91350100M000100Y43');
    await f.whenStable();
    expect(el.textContent).toContain('Save to my addresses');
    el.querySelector<HTMLButtonElement>('button.submit')!.click();
    const actions = (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a);
    const address = { recipient: '王五', phone: '13900000000', address: '苏州市工业园区' };
    expect(
      actions.find((a) => a.type === CheckoutPageActions.submitted.type).command.deliveryAddress,
    ).toEqual(address);
    expect(actions).toContain(AddressPickerActions.saveRequested({ command: address }));
  });

  it('shows the VAT by each line, the net / VAT / gross totals and a late line by the line', async () => {
    const f = await render({
      needBy: '2026-06-16',
      preview: {
        ...preview(true),
        warnings: [
          {
            code: 'ARRIVES_AFTER_NEED_BY',
            line: 0,
            productId: 'a',
            params: { needBy: '2026-06-16', earliestDate: '2026-06-18', leadTimeDays: 3 },
          },
        ],
      },
    });
    const el = f.nativeElement as HTMLElement;
    const line = el.querySelector('[data-testid=summary-line]')!.textContent!;
    expect(line).toContain('VAT ¥11.50 (13 %)');
    expect(line).toContain(
      'Lead time 3 days: arrives 2026-06-18 at the earliest, after 2026-06-16',
    );
    const rows = [...el.querySelectorAll('[data-testid=tax-breakdown] div')].map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(rows).toEqual([
      ['Net amount', '¥88.50'],
      ['of which at 13 %', '¥11.50'],
      ['VAT', '¥11.50'],
      ['Total incl. VAT', '¥100.00'],
    ]);
  });

  it("sends a line's own need-by date with that line", async () => {
    const f = await render({ preview: preview(true), lineNeedBy: { a: '2026-07-01' } });
    const el = f.nativeElement as HTMLElement;
    expect(el.querySelector<HTMLInputElement>('[data-testid=line-need-by]')!.value).toBe(
      '2026-07-01',
    );
    expect(toOrderLines(cart(line('a', 10), line('b', 10)).lines, { a: '2026-07-01' })).toEqual([
      { productId: 'a', qty: 10, needBy: '2026-07-01' },
      { productId: 'b', qty: 10 },
    ]);
  });
});
