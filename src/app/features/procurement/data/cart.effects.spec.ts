import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { CartAddActions, CartApiActions, CartPageActions } from './cart.actions';
import { addLines, refreshOnReturn, saveCart } from './cart.effects';
import { CartApi } from './cart-api';
import type { LineInput, PricedCart } from './procurement.model';
import { cart, line } from './test-data.spec-util';

describe('cart effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<CartApi>;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<CartApi>('CartApi', ['setLine', 'removeLine', 'add', 'get']);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: CartApi, useValue: api }],
    });
  });

  it('a quantity change or a removal changes only that line on the server', () => {
    const server = cart(line('a', 15), line('c', 5));
    api.setLine.and.returnValue(of(server));
    api.removeLine.and.returnValue(of(cart(line('a', 15))));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => saveCart()).subscribe((a) => out.push(a));
    actions$.next(CartPageActions.qtyChanged({ productId: 'a', qty: 15 }));
    actions$.next(CartPageActions.lineRemoved({ productId: 'c' }));
    expect(api.setLine).toHaveBeenCalledOnceWith('a', 15);
    expect(api.removeLine).toHaveBeenCalledOnceWith('c');
    // the server's cart (with a line another tab added) is what the store gets
    expect(out).toEqual([
      CartApiActions.saved({ cart: server }),
      CartApiActions.saved({ cart: cart(line('a', 15)) }),
    ]);
  });

  it('two quick edits are queued: the second starts after the first answer', () => {
    const first = new Subject<PricedCart>();
    api.setLine.and.returnValue(first);
    api.removeLine.and.returnValue(of(cart(line('a', 15))));
    TestBed.runInInjectionContext(() => saveCart()).subscribe();
    actions$.next(CartPageActions.qtyChanged({ productId: 'a', qty: 15 }));
    actions$.next(CartPageActions.lineRemoved({ productId: 'b' }));
    expect(api.removeLine).not.toHaveBeenCalled();
    first.next(cart(line('a', 15), line('b', 20)));
    first.complete();
    expect(api.removeLine).toHaveBeenCalledOnceWith('b');
  });

  it('reloads the cart when the user comes back to the tab, until the page closes', () => {
    api.get.and.returnValue(of(cart(line('x', 1))));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => refreshOnReturn()).subscribe((a) => out.push(a));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(api.get).not.toHaveBeenCalled();
    actions$.next(CartPageActions.opened());
    document.dispatchEvent(new Event('visibilitychange'));
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(out).toEqual([CartApiActions.loaded({ cart: cart(line('x', 1)) })]);
    actions$.next(CartPageActions.closed());
    document.dispatchEvent(new Event('visibilitychange'));
    expect(api.get).toHaveBeenCalledTimes(1);
  });

  it('a failed save names the product, so the page can keep what was typed', () => {
    api.setLine.and.returnValue(
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
              errors: [{ path: 'qty', message: 'not a multiple of 5' }],
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
    expect(failed.error.errors?.[0].path).toBe('qty');
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
