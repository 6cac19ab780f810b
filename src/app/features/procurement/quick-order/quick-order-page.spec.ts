import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { CartAddActions } from '../data/cart.actions';
import { CatalogApi } from '../data/catalog-api';
import { ProcurementDrafts } from '../data/drafts';
import { product } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { QuickOrderPage, rowStatus } from './quick-order-page';

describe('quick order rows', () => {
  const products = new Map([
    ['SKU-A', product('a', { sku: 'SKU-A' })],
    ['SKU-W', product('w', { sku: 'SKU-W', channels: ['welfare'] })],
    ['SKU-X', null],
  ]);
  const row = (sku: string, qtyText: string) => ({ id: 1, sku, qtyText });

  it('tells every state of a row', () => {
    expect(rowStatus(row('', ''), products).kind).toBe('empty');
    expect(rowStatus(row('sku-new', '1'), products).kind).toBe('resolving');
    expect(rowStatus(row('sku-x', '1'), products).kind).toBe('unknown');
    expect(rowStatus(row('SKU-W', '10'), products).kind).toBe('not_procurement');
    expect(rowStatus(row('SKU-A', ''), products).kind).toBe('noQty');
  });

  it('explains a bad quantity with the nearest valid one, and prices a good one by tier', () => {
    const bad = rowStatus(row(' sku-a ', '12'), products);
    expect(bad).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'not_pack_multiple', fixQty: 15 }),
    );
    expect(rowStatus(row('SKU-A', '3'), products)).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'below_moq', fixQty: 10 }),
    );
    expect(rowStatus(row('SKU-A', '100'), products)).toEqual(
      jasmine.objectContaining({ kind: 'ok', qty: 100, lineFen: 90_000 }),
    );
  });
});

describe('quick order suggestions', () => {
  const row = (sku: string, qtyText: string) => ({ id: 1, sku, qtyText });

  it('never suggests more than the line maximum or the stock', () => {
    const products = new Map([['SKU-A', product('a', { sku: 'SKU-A', packSize: 8, stock: 400 })]]);
    expect(rowStatus(row('SKU-A', '999999'), products)).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'above_max', fixQty: 400 }),
    );
  });

  it('suggests nothing when the stock is below the MOQ', () => {
    const products = new Map([['SKU-A', product('a', { sku: 'SKU-A', stock: 5 })]]);
    expect(rowStatus(row('SKU-A', '3'), products)).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'below_moq', fixQty: null }),
    );
  });

  it('reads full-width SKUs and quantities', () => {
    const products = new Map([['SKU-A', product('a', { sku: 'SKU-A' })]]);
    expect(rowStatus(row('ｓｋｕ－ａ', '２０'), products)).toEqual(
      jasmine.objectContaining({ kind: 'ok', qty: 20 }),
    );
  });
});

describe('QuickOrderPage counts', () => {
  it('counts the rows it adds and says when rows of the same SKU are merged', async () => {
    TestBed.configureTestingModule({
      imports: [QuickOrderPage],
      providers: [provideRouter([]), provideMockStore(), { provide: CatalogApi, useValue: {} }],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const drafts = TestBed.inject(ProcurementDrafts);
    drafts.quickProducts.set(
      new Map([
        ['SKU-A', product('a', { sku: 'SKU-A' })],
        ['SKU-B', product('b', { sku: 'SKU-B' })],
      ]),
    );
    drafts.quickRows.set([
      { id: 1, sku: 'SKU-A', qtyText: '10' },
      { id: 2, sku: 'SKU-B', qtyText: '20' },
      { id: 3, sku: 'sku-a', qtyText: '90' },
    ]);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const f = TestBed.createComponent(QuickOrderPage);
    await f.whenStable();
    const el = f.nativeElement as HTMLElement;
    const add = [...el.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('加入购物车'),
    )!;
    expect(add.textContent).toContain('加入购物车（3 行）');
    expect(el.textContent).toContain('其中有重复的 SKU，加入时合并，购物车新增 2 个商品行');
    // Priced as the cart will: 100 of A reach the second tier (¥9.00), 20 of B ¥10.00.
    expect(el.textContent).toContain('¥1,100.00');
    add.click();
    expect(dispatch).toHaveBeenCalledWith(
      CartAddActions.addLinesRequested({
        lines: [
          { productId: 'a', qty: 100 },
          { productId: 'b', qty: 20 },
        ],
        origin: 'quickOrder',
      }),
    );
    drafts.quickRows.set(null);
    drafts.quickProducts.set(new Map());
  });
});
