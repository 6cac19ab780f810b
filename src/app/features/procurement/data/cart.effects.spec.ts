import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { CartAddActions, CartApiActions, CartPageActions } from './cart.actions';
import { addLines, saveCart } from './cart.effects';
import { initialCartState } from './cart.feature';
import { CartApi } from './cart-api';
import type { LineInput, PricedCart } from './procurement.model';
import { cart, line } from './test-data.spec-util';

describe('cart effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<CartApi>;
  let store: MockStore;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<CartApi>('CartApi', ['replace', 'add']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            procurementCart: {
              ...initialCartState,
              cart: cart(line('a', 10), line('b', 20)),
              loaded: true,
            },
          },
        }),
        { provide: CartApi, useValue: api },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  it('a quantity change replaces the whole cart with that line changed', () => {
    const server = cart(line('a', 15), line('b', 20));
    api.replace.and.returnValue(of(server));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => saveCart()).subscribe((a) => out.push(a));
    actions$.next(CartPageActions.qtyChanged({ productId: 'a', qty: 15 }));
    expect(api.replace).toHaveBeenCalledWith([
      { productId: 'a', qty: 15 },
      { productId: 'b', qty: 20 },
    ]);
    expect(out).toEqual([CartApiActions.saved({ cart: server })]);
  });

  it('two quick edits are queued; the second is computed from the cart after the first answer', () => {
    const first = new Subject<PricedCart>();
    const calls: LineInput[][] = [];
    api.replace.and.callFake((lines) => {
      calls.push(lines);
      return calls.length === 1 ? first : of(cart(line('a', 15)));
    });
    TestBed.runInInjectionContext(() => saveCart()).subscribe((a) =>
      store.setState({
        procurementCart: { ...initialCartState, cart: (a as unknown as { cart: PricedCart }).cart },
      }),
    );
    actions$.next(CartPageActions.qtyChanged({ productId: 'a', qty: 15 }));
    actions$.next(CartPageActions.lineRemoved({ productId: 'b' }));
    expect(calls.length).toBe(1);
    first.next(cart(line('a', 15), line('b', 20)));
    first.complete();
    expect(calls.length).toBe(2);
    expect(calls[1]).toEqual([{ productId: 'a', qty: 15 }]);
  });

  it('a failed save names the product, so the page can keep what was typed', () => {
    api.replace.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              type: 'x',
              title: 'bad',
              status: 400,
              detail: 'bad qty',
              code: 'VALIDATION_FAILED',
              errors: [{ path: 'lines.0.qty', message: 'not a multiple of 5' }],
            },
          }),
      ),
    );
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => saveCart()).subscribe((a) => out.push(a));
    actions$.next(CartPageActions.qtyChanged({ productId: 'a', qty: 12 }));
    const failed = out[0] as ReturnType<typeof CartApiActions.saveFailed>;
    expect(failed.type).toBe(CartApiActions.saveFailed.type);
    expect(failed.productId).toBe('a');
    expect(failed.error.errors?.[0].path).toBe('lines.0.qty');
  });

  it('adds are never dropped: each click is sent, in order', () => {
    const calls: LineInput[][] = [];
    api.add.and.callFake((lines) => {
      calls.push(lines);
      return of(cart());
    });
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => addLines()).subscribe((a) => out.push(a));
    actions$.next(
      CartAddActions.addLinesRequested({ lines: [{ productId: 'a', qty: 10 }], origin: 'catalog' }),
    );
    actions$.next(
      CartAddActions.addLinesRequested({ lines: [{ productId: 'b', qty: 5 }], origin: 'import' }),
    );
    expect(calls).toEqual([[{ productId: 'a', qty: 10 }], [{ productId: 'b', qty: 5 }]]);
    expect(out.map((a) => (a as unknown as { origin: string }).origin)).toEqual([
      'catalog',
      'import',
    ]);
  });
});
