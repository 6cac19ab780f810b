import { CartAddActions, CartApiActions, CartPageActions } from './cart.actions';
import { cartFeature, initialCartState } from './cart.feature';
import { CheckoutApiActions, CheckoutPageActions } from './checkout.actions';
import { cart, line, order } from './test-data.spec-util';

const reducer = cartFeature.reducer;

describe('cart feature', () => {
  it('loads the server cart; derived counts, lead time and quantities', () => {
    let s = reducer(initialCartState, CartPageActions.opened());
    expect(s.loading).toBeTrue();
    s = reducer(
      s,
      CartApiActions.loaded({ cart: cart(line('a', 10, { leadTimeDays: 7 }), line('b', 100)) }),
    );
    expect(s.loaded).toBeTrue();
    expect(cartFeature.selectLineCount.projector(s.cart)).toBe(2);
    expect(cartFeature.selectMaxLeadTimeDays.projector(s.cart)).toBe(7);
    expect(cartFeature.selectQtyByProduct.projector(s.cart).get('b')).toBe(100);
    expect(s.cart.savingsFen).toBe(10_000);
  });

  it('loads the cart for the checkout page too', () => {
    expect(reducer(initialCartState, CheckoutPageActions.opened()).loading).toBeTrue();
  });

  it('counts changes in flight and keeps the last failure with its product', () => {
    let s = reducer(initialCartState, CartPageActions.qtyChanged({ productId: 'a', qty: 15 }));
    s = reducer(
      s,
      CartAddActions.addLinesRequested({ lines: [{ productId: 'b', qty: 10 }], origin: 'catalog' }),
    );
    expect(s.saving).toBe(2);
    s = reducer(
      s,
      CartApiActions.saveFailed({
        productId: 'a',
        error: { status: 400, code: 'VALIDATION_FAILED', detail: '' },
      }),
    );
    expect(s.saving).toBe(1);
    expect(s.mutationError?.productId).toBe('a');
    s = reducer(
      s,
      CartApiActions.linesAdded({ cart: cart(line('b', 10)), lines: [], origin: 'catalog' }),
    );
    expect(s.saving).toBe(0);
    expect(s.cart.lines.map((l) => l.productId)).toEqual(['b']);
    s = reducer(s, CartPageActions.errorDismissed());
    expect(s.mutationError).toBeNull();
  });

  it('is empty right after an order was placed and after clearing', () => {
    let s = reducer(initialCartState, CartApiActions.loaded({ cart: cart(line('a', 10)) }));
    s = reducer(s, CheckoutApiActions.orderPlaced({ order: order('PO1') }));
    expect(s.cart.lines).toEqual([]);
    s = reducer(
      reducer(initialCartState, CartApiActions.loaded({ cart: cart(line('a', 10)) })),
      CartApiActions.cleared({ at: '2026-03-01T08:00:00.000Z' }),
    );
    expect(s.cart.lines).toEqual([]);
    expect(s.cart.updatedAt).toBe('2026-03-01T08:00:00.000Z');
    expect(s.saving).toBe(0);
  });
});
