import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action, Store, provideState, provideStore } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { CartApiActions, CartPageActions } from './cart.actions';
import { cartFeature } from './cart.feature';
import { CheckoutApiActions, CheckoutPageActions, OrderPreviewActions } from './checkout.actions';
import { followPreviewInputs, placeOrder } from './checkout.effects';
import { checkoutFeature } from './checkout.feature';
import { OrdersApi } from './orders-api';
import type { OrderView, PlaceOrderCommand } from './procurement.model';
import { cart, line, order } from './test-data.spec-util';

const command: PlaceOrderCommand = {
  costCenterId: 'cc1',
  lines: [{ productId: 'p1', qty: 10 }],
  deliveryAddress: { recipient: '张三', phone: '13800000000', address: '上海' },
};

describe('checkout submit effect', () => {
  let actions$: Subject<Action>;
  let store: Store;
  let keys: string[];
  let answers: (() => Observable<OrderView>)[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    keys = [];
    answers = [];
    const api = {
      place: (_cmd: PlaceOrderCommand, key: string) => {
        keys.push(key);
        return answers.shift()!();
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(checkoutFeature),
        provideState(cartFeature),
        provideMockActions(() => actions$),
        { provide: OrdersApi, useValue: api },
      ],
    });
    store = TestBed.inject(Store);
    // The effect's answers go through the real reducer, as in the app.
    TestBed.runInInjectionContext(() => placeOrder()).subscribe((a) => store.dispatch(a));
  });

  /** What the app does on a click: the reducer first, then the effect. */
  function click(cmd: PlaceOrderCommand, newKey: string): void {
    const a = CheckoutPageActions.submitted({ command: cmd, newKey });
    store.dispatch(a);
    actions$.next(a);
  }

  it('reuses the idempotency key when retrying after a network error, so the server never makes two orders', () => {
    answers.push(() =>
      throwError(() => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' })),
    );
    answers.push(() => of(order('PO1', { status: 'pending_approval' })));
    click(command, 'key-1');
    expect(store.selectSignal(checkoutFeature.selectSubmitError)()?.code).toBe('NETWORK');
    click(command, 'key-2');
    expect(keys).toEqual(['key-1', 'key-1']);
    expect(store.selectSignal(checkoutFeature.selectPlacedOrderId)()).toBe('PO1');
    expect(store.selectSignal(checkoutFeature.selectIdempotencyKey)()).toBeNull();
  });

  it('ignores a double click while the first submission is in flight (exhaustMap)', () => {
    const pending = new Subject<OrderView>();
    answers.push(() => pending);
    answers.push(() => of(order('PO2')));
    click(command, 'key-1');
    click(command, 'key-2');
    expect(keys).toEqual(['key-1']);
    pending.next(order('PO1'));
    pending.complete();
    expect(store.selectSignal(checkoutFeature.selectPlacedOrderId)()).toBe('PO1');
  });

  it('a new checkout after success gets a new key', () => {
    answers.push(() => of(order('PO1')));
    answers.push(() => of(order('PO2')));
    click(command, 'key-1');
    click(command, 'key-2');
    expect(keys).toEqual(['key-1', 'key-2']);
  });

  it('over budget (422) becomes a failure the page can explain', () => {
    answers.push(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              type: 'x',
              title: 'Budget exceeded',
              status: 422,
              detail: 'over',
              code: 'BUDGET_EXCEEDED',
            },
          }),
      ),
    );
    const seen: Action[] = [];
    actions$.subscribe((a) => seen.push(a));
    click(command, 'key-1');
    expect(store.selectSignal(checkoutFeature.selectSubmitError)()?.code).toBe('BUDGET_EXCEEDED');
    expect(store.selectSignal(checkoutFeature.selectOverBudget)()).not.toBeNull();
    expect(seen.length).toBe(1);
    void CheckoutApiActions;
  });
});

describe('checkout preview trigger effect', () => {
  let actions$: Subject<Action>;
  let store: Store;
  let emitted: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    emitted = [];
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(checkoutFeature),
        provideState(cartFeature),
        provideMockActions(() => actions$),
      ],
    });
    store = TestBed.inject(Store);
    TestBed.runInInjectionContext(() => followPreviewInputs()).subscribe((a) => {
      emitted.push(a);
      store.dispatch(a);
    });
  });

  /** As in the app: the reducers first, then the effects. */
  function dispatch(a: Action): void {
    store.dispatch(a);
    actions$.next(a);
  }
  const triggers = () => emitted.filter((a) => a.type === OrderPreviewActions.inputsChanged.type);

  it('asks for a preview when the checkout opens with a cost center and a loaded cart', () => {
    dispatch(CartApiActions.loaded({ cart: cart(line('a', 10)) }));
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc1' }));
    expect(triggers().length).toBe(0);
    dispatch(CheckoutPageActions.opened());
    expect(triggers().length).toBe(1);
  });

  it('waits for the cost center and the cart, then follows each change while the page is shown', () => {
    dispatch(CartPageActions.opened());
    expect(triggers().length).toBe(0);
    dispatch(CheckoutApiActions.defaultCostCenterKnown({ costCenterId: 'cc1' }));
    expect(triggers().length).toBe(0);
    dispatch(CartApiActions.loaded({ cart: cart(line('a', 10)) }));
    expect(triggers().length).toBe(1);
    dispatch(CartApiActions.saved({ cart: cart(line('a', 20)) }));
    expect(triggers().length).toBe(2);
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc2' }));
    expect(triggers().length).toBe(3);
  });

  it('asks nothing for an empty cart, nor after the page is closed', () => {
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc1' }));
    dispatch(CartApiActions.loaded({ cart: cart() }));
    dispatch(CheckoutPageActions.opened());
    expect(triggers().length).toBe(0);
    dispatch(CartApiActions.saved({ cart: cart(line('a', 10)) }));
    expect(triggers().length).toBe(1);
    dispatch(CheckoutPageActions.closed());
    dispatch(
      CartApiActions.linesAdded({ cart: cart(line('a', 30)), lines: [], origin: 'catalog' }),
    );
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc2' }));
    expect(triggers().length).toBe(1);
  });

  it('the cart page closing after the checkout opened does not stop the checkout following', () => {
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc1' }));
    dispatch(CartApiActions.loaded({ cart: cart(line('a', 10)) }));
    dispatch(CartPageActions.opened());
    dispatch(CheckoutPageActions.opened());
    dispatch(CartPageActions.closed());
    const before = triggers().length;
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc2' }));
    expect(triggers().length).toBe(before + 1);
  });

  it('a new need-by date asks for a new preview (its lateness warnings)', () => {
    dispatch(CheckoutPageActions.costCenterChosen({ costCenterId: 'cc1' }));
    dispatch(CartApiActions.loaded({ cart: cart(line('a', 10)) }));
    dispatch(CheckoutPageActions.opened());
    const before = triggers().length;
    dispatch(CheckoutPageActions.needByChanged({ needBy: '2026-07-01' }));
    expect(triggers().length).toBe(before + 1);
  });
});
