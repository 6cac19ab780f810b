import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Notifier } from '../../../core/http/notifier';
import { I18n } from '../../../core/i18n/i18n';
import { CartPageActions } from '../data/cart.actions';
import { initialCartState } from '../data/cart.feature';
import { initialTemplatesState } from '../data/templates.feature';
import { initialCheckoutState } from '../data/checkout.feature';
import { cart, line } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { cartCsvRows } from './cart-csv';
import { CartPage, QTY_SAVE_DELAY_MS } from './cart-page';

describe('CartPage', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CartPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            procurementCart: {
              ...initialCartState,
              cart: cart(line('a', 10), line('b', 100)),
              loaded: true,
            },
            procurementCheckout: initialCheckoutState,
            // the cart's "save as 常用清单" reads the templates slice
            procurementTemplates: initialTemplatesState,
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  });

  afterEach(() => jasmine.clock().uninstall());

  function qtyChanges(): unknown[] {
    return (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([a]) => a)
      .filter((a) => a.type === CartPageActions.qtyChanged.type);
  }

  it('lists the lines with totals, tier savings and the longest lead time', async () => {
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const text = (f.nativeElement as HTMLElement).textContent!;
    expect((f.nativeElement as HTMLElement).querySelectorAll('.line').length).toBe(2);
    expect(text).toContain('¥10.00 / 盒'); // first tier
    expect(text).toContain('¥900.00'); // 100 × ¥9.00 (second tier)
    expect(text).toContain('阶梯价已省 ¥100.00');
    expect(text).toContain('合计（已按阶梯价）¥1,000.00');
    expect(text).toContain('其中阶梯优惠已省¥100.00');
  });

  it('says when it is shown and when it is left, so the budget preview follows the cart meanwhile', async () => {
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const types = () => (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a.type);
    expect(types()).toEqual([CartPageActions.opened.type]);
    f.destroy();
    expect(types()).toEqual([CartPageActions.opened.type, CartPageActions.closed.type]);
  });

  it('saves a typed quantity once, after a pause, and never an invalid one', async () => {
    jasmine.clock().install();
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const input = (f.nativeElement as HTMLElement).querySelector<HTMLInputElement>('.line input')!;
    const type = (v: string) => {
      input.value = v;
      input.dispatchEvent(new Event('input'));
    };
    type('1');
    type('12'); // not a multiple of 5
    jasmine.clock().tick(QTY_SAVE_DELAY_MS + 10);
    expect(qtyChanges()).toEqual([]);
    type('15');
    type('20');
    jasmine.clock().tick(QTY_SAVE_DELAY_MS - 100);
    expect(qtyChanges()).toEqual([]);
    jasmine.clock().tick(200);
    expect(qtyChanges()).toEqual([CartPageActions.qtyChanged({ productId: 'a', qty: 20 })]);
  });

  it('does not go to checkout while a typed quantity cannot be ordered, and says why', async () => {
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const root = f.nativeElement as HTMLElement;
    const input = root.querySelector<HTMLInputElement>('.line input')!;
    const go = () => root.querySelector<HTMLAnchorElement>('[data-testid=go-checkout]')!;
    expect(go().getAttribute('aria-disabled')).not.toBe('true');
    input.value = '12'; // not a multiple of 5
    input.dispatchEvent(new Event('input'));
    await f.whenStable();
    expect(go().getAttribute('aria-disabled')).toBe('true');
    expect(go().getAttribute('href')).toBeNull();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('请先修正标红的数量');
    input.value = '15';
    input.dispatchEvent(new Event('input'));
    await f.whenStable();
    expect(go().getAttribute('aria-disabled')).not.toBe('true');
    expect(go().getAttribute('href')).toBe('/procurement/checkout');
  });

  it('removes a line at once and puts it back with its quantity on undo', async () => {
    const offer = spyOn(TestBed.inject(Notifier), 'offer').and.resolveTo(true);
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const remove = (f.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
      '.line__remove',
    )[1];
    remove.click();
    await f.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(CartPageActions.lineRemoved({ productId: 'b' }));
    expect(offer).toHaveBeenCalledOnceWith(jasmine.stringContaining('已移除'), '撤销');
    expect(qtyChanges()).toEqual([CartPageActions.qtyChanged({ productId: 'b', qty: 100 })]);
  });

  it('empties the cart only after confirming in the page', async () => {
    const f = TestBed.createComponent(CartPage);
    await f.whenStable();
    const el = f.nativeElement as HTMLElement;
    const button = (text: string, root: ParentNode = el) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(text))!;
    button('清空').click();
    await f.whenStable();
    const cleared = () =>
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .filter(([a]) => a.type === CartPageActions.cartCleared.type).length;
    expect(cleared()).toBe(0);
    expect(el.querySelector('.confirm')!.textContent).toContain('确定清空购物车吗？');
    el.querySelectorAll<HTMLButtonElement>('.confirm button')[1].click(); // cancel
    await f.whenStable();
    expect(el.querySelector('.confirm')).toBeNull();
    button('清空').click();
    await f.whenStable();
    button('清空', el.querySelector('.confirm')!).click();
    expect(cleared()).toBe(1);
  });

  it('exports the lines as CSV rows in the active language, money in yuan', () => {
    const rows = cartCsvRows(cart(line('a', 10), line('b', 100)).lines, 'en');
    expect(rows[0]).toEqual([
      'SKU',
      'Name',
      'Brand',
      'Qty',
      'Unit',
      'Unit price (CNY)',
      'Line total (CNY)',
      'Savings (CNY)',
      'Lead time (days)',
    ]);
    expect(rows[2]).toEqual([
      'SKU-b',
      'Product b',
      '得力',
      '100',
      'box',
      '9.00',
      '900.00',
      '100.00',
      '3',
    ]);
    expect(cartCsvRows([], 'zh-CN')[0][1]).toBe('商品名称');
  });
});
