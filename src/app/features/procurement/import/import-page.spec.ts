import { Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { CartAddActions } from '../data/cart.actions';
import { CatalogApi } from '../data/catalog-api';
import { ProcurementDrafts } from '../data/drafts';
import { product } from '../data/test-data.spec-util';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { ImportEngine } from './import-engine';
import { ImportPage } from './import-page';
import type { CheckedLine, ImportDraft, ImportProduct } from './import-rules';
import { checkInChunks, parseText } from './import-work';

/** The engine without a worker: the same work, on the main thread in chunks. */
@Injectable()
class InlineEngine {
  parseText(text: string): Promise<ImportDraft[]> {
    return parseText(text);
  }
  check(
    drafts: ImportDraft[],
    products: ImportProduct[],
    onProgress: (d: number, t: number) => void,
  ): Promise<CheckedLine[]> {
    return checkInChunks(drafts, products, onProgress, 2);
  }
}

describe('ImportPage', () => {
  it('checks a pasted sheet, explains the problems, fixes them all and adds the good lines', async () => {
    const lookups: string[][] = [];
    const api = {
      lookup: (skus: string[]) => {
        lookups.push(skus);
        return of([
          product('a', { sku: 'A-1', moq: 10, packSize: 5 }),
          product('w', { sku: 'W-1', channels: ['welfare'] }),
        ]);
      },
    };
    TestBed.configureTestingModule({
      imports: [ImportPage],
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideMockActions(() => new Subject()),
        { provide: CatalogApi, useValue: api },
      ],
    });
    TestBed.overrideComponent(ImportPage, {
      set: { providers: [{ provide: ImportEngine, useClass: InlineEngine }] },
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const store = TestBed.inject(MockStore);
    const dispatched = spyOn(store, 'dispatch');
    const f = TestBed.createComponent(ImportPage);
    const el = f.nativeElement as HTMLElement;
    await f.whenStable();

    const textarea = el.querySelector('textarea')!;
    textarea.value = 'SKU\t数量\nA-1\t7\nW-1\t2\nNOPE\t1\na-1\t5';
    textarea.dispatchEvent(new Event('input'));
    await f.whenStable();
    [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('检查'))!.click();
    for (let i = 0; i < 20 && !el.querySelector('table.preview'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await f.whenStable();
    }

    expect(lookups).toEqual([['A-1', 'W-1', 'NOPE']]);
    const text = el.textContent!;
    expect(text).toContain('数量 7 低于起订量 10');
    expect(text).toContain('W-1 不在采购目录中');
    expect(text).toContain('找不到 SKU “NOPE”');
    expect(text).toContain('该 SKU 在表格中出现 2 次');

    [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('一键修正'))!.click();
    await f.whenStable();
    // 7 + 5 = 12 → not a pack multiple → 15, one line
    const drafts = TestBed.inject(ProcurementDrafts).importDrafts();
    expect(drafts.map((d) => [d.sku, d.qty, d.rows])).toEqual([
      ['A-1', 15, [2, 5]],
      ['W-1', 2, [3]],
      ['NOPE', 1, [4]],
    ]);
    [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('加入购物车'))!.click();
    expect(dispatched).toHaveBeenCalledWith(
      CartAddActions.addLinesRequested({ lines: [{ productId: 'a', qty: 15 }], origin: 'import' }),
    );
  });

  it('counts the rows it adds, says that duplicates merge, and numbers rows as the sheet does', async () => {
    const api = {
      lookup: () =>
        of([
          product('a', { sku: 'A-1' }),
          product('b', { sku: 'B-1' }),
          product('c', { sku: 'C-1' }),
        ]),
    };
    TestBed.configureTestingModule({
      imports: [ImportPage],
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideMockActions(() => new Subject()),
        { provide: CatalogApi, useValue: api },
      ],
    });
    TestBed.overrideComponent(ImportPage, {
      set: { providers: [{ provide: ImportEngine, useClass: InlineEngine }] },
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const f = TestBed.createComponent(ImportPage);
    const el = f.nativeElement as HTMLElement;
    await f.whenStable();
    const textarea = el.querySelector('textarea')!;
    // A full-width comma on one line, a blank line before the last two.
    textarea.value = 'A-1\t10\nB-1，10\n\nA-1\t15\nC-1\t10';
    textarea.dispatchEvent(new Event('input'));
    await f.whenStable();
    [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('检查'))!.click();
    for (let i = 0; i < 20 && !el.querySelector('table.preview'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await f.whenStable();
    }
    const text = el.textContent!;
    expect(text).toContain('4 行可下单');
    expect(text).toContain('将 4 行加入购物车');
    expect(text).toContain('其中有重复的 SKU，加入时合并，购物车新增 3 个商品行');
    const rows = [...el.querySelectorAll('td.rows')].map((td) => td.textContent!.trim());
    expect(rows).toEqual(['1', '2', '4', '5']);
    TestBed.inject(ProcurementDrafts).importLines.set([]);
  });
});
