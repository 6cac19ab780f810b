import { largestValidQtyAtMost, suggestedQty } from '../../../../domain/index.ts';
import {
  applyFix,
  checkLines,
  draftsFromTable,
  fixAll,
  goodLines,
  indexBySku,
  mergeSku,
  normalizeSku,
  parseQty,
  skuBatches,
  summarize,
  type ImportDraft,
  type ImportProduct,
} from './import-rules';
import { parseText } from './import-work';

function product(sku: string, over: Partial<ImportProduct> = {}): ImportProduct {
  return {
    id: `p-${sku}`,
    sku,
    name: `商品${sku}`,
    nameEn: `Item ${sku}`,
    unit: '箱',
    moq: 10,
    packSize: 5,
    stock: 1000,
    channels: ['procurement'],
    ...over,
  };
}

const CATALOG = indexBySku([
  product('A-1'),
  product('B-2', { moq: 12, packSize: 12, stock: 30 }),
  product('W-9', { channels: ['welfare'] }),
]);

function draft(key: number, sku: string, qtyText: string): ImportDraft {
  return { key, rows: [key], sku, qtyText, qty: parseQty(qtyText) };
}

function codes(drafts: ImportDraft[]): string[][] {
  return checkLines(drafts, CATALOG).map((l) => l.problems.map((p) => p.code));
}

describe('import rules: reading the sheet', () => {
  it('parses quantities, with thousands separators and blanks, and rejects text', () => {
    expect(parseQty(' 24 ')).toBe(24);
    expect(parseQty('1,200')).toBe(1200);
    expect(parseQty('2.5')).toBe(2.5);
    expect(parseQty('')).toBeNull();
    expect(parseQty('abc')).toBeNull();
    expect(parseQty('12箱')).toBeNull();
  });

  it('reads full-width digits, letters and separators like half-width ones', () => {
    expect(parseQty('２４')).toBe(24);
    expect(parseQty('1，200')).toBe(1200);
    expect(normalizeSku('ｏｆ０２－０００５４')).toBe('OF02-00054');
    expect(
      draftsFromTable([['OF02-000054，2'], ['ＯＦ０２－０００１２\u3000２４'], ['A-1、5']]).map(
        (d) => [d.key, d.sku, d.qty],
      ),
    ).toEqual([
      [1, 'OF02-000054', 2],
      [2, 'OF02-00012', 24],
      [3, 'A-1', 5],
    ]);
  });

  it('reads a pasted sheet typed with a Chinese input method', async () => {
    const drafts = await parseText('OF02-000054，2\nOF02-000055；3\nOF02-000056\u30004');
    expect(drafts.map((d) => [d.sku, d.qty])).toEqual([
      ['OF02-000054', 2],
      ['OF02-000055', 3],
      ['OF02-000056', 4],
    ]);
  });

  it('numbers lines as the spreadsheet does, blank lines included', async () => {
    const drafts = await parseText('SKU\t数量\n\nA-1\t7\n\n\t\nB-2\t3\n');
    expect(drafts.map((d) => [d.rows, d.sku])).toEqual([
      [[3], 'A-1'],
      [[6], 'B-2'],
    ]);
  });

  it('finds the SKU and quantity columns by their headers, in either order and language', () => {
    const drafts = draftsFromTable([
      ['备注', '数量', '商品编码'],
      ['x', '20', 'A-1'],
      ['', '', ''],
      ['y', '5', 'b-2'],
    ]);
    expect(drafts).toEqual([
      { key: 2, rows: [2], sku: 'A-1', qtyText: '20', qty: 20 },
      { key: 4, rows: [4], sku: 'b-2', qtyText: '5', qty: 5 },
    ]);
  });

  it('reads SKU then quantity when there is no header row', () => {
    const drafts = draftsFromTable([
      ['A-1', '10'],
      ['B-2', 'twelve'],
    ]);
    expect(drafts.map((d) => [d.key, d.sku, d.qty])).toEqual([
      [1, 'A-1', 10],
      [2, 'B-2', null],
    ]);
  });

  it('treats an English header row as a header', () => {
    expect(
      draftsFromTable([
        ['SKU', 'Qty'],
        ['A-1', '15'],
      ]).map((d) => [d.key, d.sku, d.qty]),
    ).toEqual([[2, 'A-1', 15]]);
  });

  it('asks the API for each distinct SKU once, in batches of at most 500', () => {
    const drafts = Array.from({ length: 1203 }, (_, i) => draft(i + 1, `S-${i % 1100}`, '1'));
    const batches = skuBatches(drafts);
    expect(batches.map((b) => b.length)).toEqual([500, 500, 100]);
    expect(new Set(batches.flat()).size).toBe(1100);
    expect(skuBatches([draft(1, ' a-1 ', '1'), draft(2, 'A-1', '2'), draft(3, '', '3')])).toEqual([
      ['A-1'],
    ]);
  });
});

describe('import rules: every problem', () => {
  it('accepts a valid line (SKU case and spaces do not matter)', () => {
    const [line] = checkLines([draft(1, ' a-1 ', '15')], CATALOG);
    expect(line.ok).toBeTrue();
    expect(line.problems).toEqual([]);
    expect(line.product?.id).toBe('p-A-1');
  });

  it('missing SKU → error, fix: drop', () => {
    const [line] = checkLines([draft(1, '', '10')], CATALOG);
    expect(line.ok).toBeFalse();
    expect(line.problems[0]).toEqual(
      jasmine.objectContaining({ code: 'missing_sku', severity: 'error', fix: { kind: 'drop' } }),
    );
  });

  it('unknown SKU → error, fix: drop', () => {
    const [line] = checkLines([draft(1, 'NOPE', '10')], CATALOG);
    expect(line.problems.map((p) => [p.code, p.fix?.kind])).toEqual([['unknown_sku', 'drop']]);
    expect(line.ok).toBeFalse();
  });

  it('a welfare-only product → not_procurement, fix: drop', () => {
    const [line] = checkLines([draft(1, 'W-9', '10')], CATALOG);
    expect(line.problems.map((p) => [p.code, p.fix?.kind])).toEqual([['not_procurement', 'drop']]);
  });

  it('a quantity that is not a positive whole number → bad_qty with no fix: the buyer decides', () => {
    for (const text of ['abc', '0', '-5', '12.5']) {
      expect(checkLines([draft(1, 'A-1', text)], CATALOG)[0].problems).toEqual([
        jasmine.objectContaining({ code: 'bad_qty', severity: 'error', fix: null }),
      ]);
    }
  });

  it('a blank quantity → missing_qty with no fix', () => {
    const [line] = checkLines([draft(1, 'A-1', '')], CATALOG);
    expect(line.ok).toBeFalse();
    expect(line.problems).toEqual([
      jasmine.objectContaining({ code: 'missing_qty', severity: 'error', fix: null }),
    ]);
  });

  it('below MOQ → error, fix: round up to the MOQ (as a pack multiple)', () => {
    const [line] = checkLines([draft(1, 'A-1', '3')], CATALOG);
    expect(line.problems).toEqual([
      jasmine.objectContaining({
        code: 'below_moq',
        severity: 'error',
        fix: { kind: 'set_qty', qty: 10 },
      }),
    ]);
    expect(line.problems[0].params).toEqual(jasmine.objectContaining({ moq: 10, pack: 5, qty: 3 }));
  });

  it('not a pack multiple → error, fix: round up to the next pack', () => {
    const [line] = checkLines([draft(1, 'A-1', '11')], CATALOG);
    expect(line.problems).toEqual([
      jasmine.objectContaining({ code: 'not_pack_multiple', fix: { kind: 'set_qty', qty: 15 } }),
    ]);
  });

  it('above the maximum line quantity → error, fix: the largest valid quantity', () => {
    const idx = indexBySku([product('A-1', { stock: 500_000 })]);
    const [line] = checkLines([draft(1, 'A-1', '100003')], idx);
    expect(line.problems[0]).toEqual(
      jasmine.objectContaining({
        code: 'above_max',
        severity: 'error',
        fix: { kind: 'set_qty', qty: 100000 },
      }),
    );
  });

  it('above stock → warning only (longer lead time), fix: what is in stock', () => {
    const [line] = checkLines([draft(1, 'B-2', '48')], CATALOG);
    expect(line.ok).toBeTrue();
    expect(line.problems).toEqual([
      jasmine.objectContaining({
        code: 'above_stock',
        severity: 'warning',
        fix: { kind: 'set_qty', qty: 24 },
      }),
    ]);
  });

  it('a correction never passes the stock: it rounds down to what is in stock instead', () => {
    // 25 → 36 (pack 12) would be above the stock of 30, so 24
    const [line] = checkLines([draft(1, 'B-2', '25')], CATALOG);
    expect(line.problems).toEqual([
      jasmine.objectContaining({ code: 'not_pack_multiple', fix: { kind: 'set_qty', qty: 24 } }),
    ]);
  });

  it('above the maximum, the correction is within the maximum and the stock', () => {
    const [line] = checkLines([draft(1, 'B-2', '999999')], CATALOG);
    expect(line.problems).toEqual([
      jasmine.objectContaining({ code: 'above_max', fix: { kind: 'set_qty', qty: 24 } }),
    ]);
  });

  it('no correction when the stock is below the MOQ (nothing valid is in stock)', () => {
    const idx = indexBySku([product('C-3', { moq: 10, packSize: 10, stock: 5 })]);
    const [line] = checkLines([draft(1, 'C-3', '3')], idx);
    expect(line.problems).toEqual([
      jasmine.objectContaining({
        code: 'below_moq',
        fix: null,
        params: jasmine.objectContaining({ stock: 5 }),
      }),
    ]);
    expect(fixAll([draft(1, 'C-3', '3')], idx)[0].qty).toBe(3);
  });

  it('above stock with less stock than the MOQ offers a drop only', () => {
    const idx = indexBySku([product('C-3', { moq: 10, packSize: 10, stock: 5 })]);
    const [line] = checkLines([draft(1, 'C-3', '10')], idx);
    expect(line.problems[0].fix).toEqual({ kind: 'drop' });
  });

  it('duplicates → a warning with a merge fix on every line of that SKU', () => {
    expect(codes([draft(1, 'A-1', '10'), draft(2, 'B-2', '12'), draft(3, 'a-1', '15')])).toEqual([
      ['duplicate'],
      [],
      ['duplicate'],
    ]);
    const line = checkLines([draft(1, 'A-1', '10'), draft(3, 'a-1', '5')], CATALOG)[1];
    expect(line.problems[0]).toEqual(
      jasmine.objectContaining({ severity: 'warning', fix: { kind: 'merge' } }),
    );
    expect(line.problems[0].params).toEqual(jasmine.objectContaining({ count: 2, first: 1 }));
  });

  it('summarizes good, bad, warned and fixable lines', () => {
    const lines = checkLines(
      [
        draft(1, 'A-1', '10'),
        draft(2, 'A-1', '3'),
        draft(3, 'X', '1'),
        draft(4, 'B-2', '48'),
        draft(5, 'B-2', 'abc'),
      ],
      CATALOG,
    );
    // Fixable: the two A-1 lines (merge) and the B-2 lines (merge); "abc" itself is never guessed.
    expect(summarize(lines)).toEqual({ lines: 5, ok: 2, errors: 3, warnings: 4, fixable: 4 });
  });
});

describe('import rules: every fix', () => {
  it('set_qty changes the quantity and the line becomes good', () => {
    const drafts = [draft(1, 'A-1', '3')];
    const fixed = applyFix(drafts, 1, checkLines(drafts, CATALOG)[0].problems[0].fix!);
    expect(fixed[0].qty).toBe(10);
    expect(fixed[0].qtyText).toBe('10');
    expect(checkLines(fixed, CATALOG)[0].ok).toBeTrue();
  });

  it('drop removes only that line', () => {
    const drafts = [draft(1, 'X', '3'), draft(2, 'A-1', '10')];
    expect(applyFix(drafts, 1, { kind: 'drop' }).map((d) => d.key)).toEqual([2]);
  });

  it('merge sums all lines of the SKU into the first, keeping every row number', () => {
    const drafts = [
      draft(1, 'A-1', '10'),
      draft(2, 'B-2', '12'),
      draft(3, 'a-1', '5'),
      draft(4, 'A-1', '5'),
    ];
    const merged = applyFix(drafts, 3, { kind: 'merge' });
    expect(merged.map((d) => [d.key, d.qty, d.rows])).toEqual([
      [1, 20, [1, 3, 4]],
      [2, 12, [2]],
    ]);
    expect(codes(merged)).toEqual([[], []]);
  });

  it('merging a line with an unreadable quantity keeps the quantity unreadable', () => {
    const merged = mergeSku([draft(1, 'A-1', '10'), draft(2, 'A-1', 'x')], 'A-1');
    expect(merged.length).toBe(1);
    expect(merged[0].qty).toBeNull();
    expect(codes(merged)).toEqual([['bad_qty']]);
  });

  it('fix all merges duplicates, then corrects quantities; unknown SKUs and stock warnings stay for the buyer', () => {
    const drafts = [
      draft(1, 'A-1', '3'),
      draft(2, 'A-1', '4'),
      draft(3, 'B-2', '13'),
      draft(4, 'NOPE', '1'),
      draft(6, 'B-2', '11'),
    ];
    const fixed = fixAll(drafts, CATALOG);
    // 3 + 4 = 7 → below MOQ → 10; B-2: 13 + 11 = 24 (fine)
    expect(fixed.map((d) => [d.key, d.sku, d.qty])).toEqual([
      [1, 'A-1', 10],
      [3, 'B-2', 24],
      [4, 'NOPE', 1],
    ]);
    const lines = checkLines(fixed, CATALOG);
    expect(lines.map((l) => l.ok)).toEqual([true, true, false]);
    expect(goodLines(lines)).toEqual([
      { productId: 'p-A-1', qty: 10 },
      { productId: 'p-B-2', qty: 24 },
    ]);
  });

  it('fix all never turns "abc" or a blank quantity into the MOQ: it leaves them with the reason', () => {
    const drafts = [draft(1, 'A-1', 'abc'), draft(2, 'B-2', ''), draft(3, 'A-1', '7')];
    // A-1 lines merge (quantity unreadable → stays unreadable); B-2 blank stays blank.
    const fixed = fixAll(drafts, CATALOG);
    expect(fixed.map((d) => [d.sku, d.qtyText, d.qty])).toEqual([
      ['A-1', 'abc+7', null],
      ['B-2', '', null],
    ]);
    expect(codes(fixed)).toEqual([['bad_qty'], ['missing_qty']]);
    expect(summarize(checkLines(fixed, CATALOG)).fixable).toBe(0);
  });

  it('suggests within the line maximum and the stock, or nothing', () => {
    const p = { moq: 10, packSize: 8, stock: 1000 };
    expect(suggestedQty(p, 999999)).toBe(1000);
    expect(suggestedQty({ ...p, stock: 500_000 }, 999999)).toBe(100000);
    expect(suggestedQty(p, 13)).toBe(16);
    expect(suggestedQty(p, null)).toBe(16);
    expect(suggestedQty({ ...p, stock: 8 }, 13)).toBeNull();
  });

  it('good lines merge remaining duplicates and leave out errors', () => {
    const lines = checkLines(
      [draft(1, 'A-1', '10'), draft(2, 'A-1', '15'), draft(3, 'B-2', '5')],
      CATALOG,
    );
    expect(goodLines(lines)).toEqual([{ productId: 'p-A-1', qty: 25 }]);
  });

  it('largest valid quantity at most a limit', () => {
    expect(largestValidQtyAtMost({ moq: 10, packSize: 5 }, 23)).toBe(20);
    expect(largestValidQtyAtMost({ moq: 10, packSize: 5 }, 9)).toBeNull();
    expect(largestValidQtyAtMost({ moq: 12, packSize: 12 }, 30)).toBe(24);
  });

  it('checks 1,000 lines quickly', () => {
    const drafts = Array.from({ length: 1000 }, (_, i) =>
      draft(i + 1, i % 3 ? 'A-1' : `U-${i}`, String(i)),
    );
    const t0 = performance.now();
    const lines = checkLines(fixAll(drafts, CATALOG), CATALOG);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(lines.length).toBeGreaterThan(1);
  });
});
