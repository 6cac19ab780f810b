import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action, Store, provideState, provideStore } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { cartFeature } from './cart.feature';
import { CheckoutApiActions, CheckoutPageActions } from './checkout.actions';
import { placeOrder } from './checkout.effects';
import { checkoutFeature } from './checkout.feature';
import { OrdersApi } from './orders-api';
import type { OrderView, PlaceOrderCommand } from './procurement.model';
import { order } from './test-data.spec-util';

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
