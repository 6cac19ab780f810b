// The rules of the bulk order import, as pure functions (no Angular): turning a parsed table into lines,
// checking every line against the catalog, and the one-click fixes. Used by the import worker and, as a
// fallback, on the main thread in chunks; fully unit-tested.
import {
  MAX_LINE_QTY,
  largestValidQtyAtMost,
  suggestedQty,
  type Channel,
} from '../../../../domain/index.ts';

/** What the import needs of a product (kept small: it crosses to the worker). */
export interface ImportProduct {
  id: string;
  sku: string;
  name: string;
  nameEn: string;
  unit: string;
  moq: number;
  packSize: number;
  stock: number;
  channels: Channel[];
}

/** One line of the sheet as typed, before the catalog is consulted. */
export interface ImportDraft {
  /** Stable key of the line in the preview (the first sheet row number it came from). */
  key: number;
  /** 1-based row numbers of the sheet this line came from (several after a merge). */
  rows: number[];
  sku: string;
  /** The quantity cell as typed (kept so the preview shows what was there). */
  qtyText: string;
  /** The parsed quantity, or null when the cell is not a number. */
  qty: number | null;
}

export type ImportProblemCode =
  | 'missing_sku'
  | 'missing_qty'
  | 'bad_qty'
  | 'unknown_sku'
  | 'not_procurement'
  | 'below_moq'
  | 'not_pack_multiple'
  | 'above_max'
  | 'above_stock'
  | 'duplicate';

export type ImportFix = { kind: 'set_qty'; qty: number } | { kind: 'merge' } | { kind: 'drop' };

export interface ImportProblem {
  code: ImportProblemCode;
  /** Errors keep the line out of the cart; warnings do not. */
  severity: 'error' | 'warning';
  /** Values for the explanation text (moq, pack, stock, qty, rows …). */
  params: Record<string, string | number>;
  /** The one-click fix, or null when there is no single right answer and the buyer must decide. */
  fix: ImportFix | null;
}

export interface CheckedLine extends ImportDraft {
  product: ImportProduct | null;
  problems: ImportProblem[];
  /** True when no problem is an error: the line will be added. */
  ok: boolean;
}

export interface ImportSummary {
  lines: number;
  ok: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export const LOOKUP_BATCH = 500;

const SKU_HEADERS = [
  'sku',
  'skucode',
  '商品编码',
  '编码',
  'sku编码',
  '货号',
  '商品sku',
  'code',
  'itemcode',
  'productcode',
];
const QTY_HEADERS = ['qty', 'quantity', '数量', '采购数量', '订购数量', 'amount', 'count'];

/**
 * Full-width letters, digits and punctuation (“ＯＦ０２”, “２４”, “，”, “；”, the ideographic space) → their
 * half-width forms, so a sheet typed with a Chinese input method reads like any other.
 */
export function halfWidth(text: string): string {
  return text.normalize('NFKC');
}

function norm(cell: unknown): string {
  return halfWidth(String(cell ?? '')).trim();
}

function headerKey(cell: unknown): string {
  return norm(cell)
    .toLowerCase()
    .replace(/[\s_\-:：]/g, '');
}

export function normalizeSku(sku: string): string {
  return halfWidth(sku).trim().toUpperCase();
}

/** A quantity cell → a number, or null when it is not one ("1,200", " 24 " and "２４" are numbers). */
export function parseQty(text: string): number | null {
  const t = halfWidth(text).trim().replace(/[,\s]/g, '');
  if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** A cell holding both "SKU, qty" (a separator the sheet's delimiter did not split on) → its two parts. */
const SKU_AND_QTY = /^([^\s,;、]+)[\s,;、]+([^\s,;、]+)$/;

/**
 * A table (rows of cells, from CSV/TSV/xlsx) → drafts. A first row naming the SKU and quantity columns
 * (SKU / 商品编码 / qty / 数量 …) is used to find them; otherwise column 1 is the SKU and column 2 the
 * quantity. A SKU cell with an empty quantity cell that reads "SKU，24" is split. Blank rows are skipped
 * but counted: row numbers are the sheet's line numbers (1-based).
 */
export function draftsFromTable(table: readonly (readonly unknown[])[]): ImportDraft[] {
  let skuCol = 0;
  let qtyCol = 1;
  let start = 0;
  const first = table.findIndex((row) => row.some((c) => norm(c) !== ''));
  if (first >= 0) {
    const header = table[first].map(headerKey);
    const s = header.findIndex((h) => SKU_HEADERS.includes(h));
    const q = header.findIndex((h) => QTY_HEADERS.includes(h));
    if (s >= 0 || q >= 0) {
      if (s >= 0) skuCol = s;
      if (q >= 0) qtyCol = q;
      else qtyCol = s === 0 ? 1 : 0;
      start = first + 1;
    }
  }
  const drafts: ImportDraft[] = [];
  for (let i = start; i < table.length; i++) {
    const row = table[i];
    let sku = norm(row[skuCol]);
    let qtyText = norm(row[qtyCol]);
    if (sku === '' && qtyText === '') continue;
    const both = qtyText === '' ? SKU_AND_QTY.exec(sku) : null;
    if (both && parseQty(both[2]) !== null) [, sku, qtyText] = both;
    drafts.push({ key: i + 1, rows: [i + 1], sku, qtyText, qty: parseQty(qtyText) });
  }
  return drafts;
}

/** The distinct SKUs to resolve against the API, in batches of at most `size`. */
export function skuBatches(drafts: readonly ImportDraft[], size = LOOKUP_BATCH): string[][] {
  const skus = [...new Set(drafts.map((d) => normalizeSku(d.sku)).filter((s) => s !== ''))];
  const batches: string[][] = [];
  for (let i = 0; i < skus.length; i += size) batches.push(skus.slice(i, i + size));
  return batches;
}

export type ProductIndex = ReadonlyMap<string, ImportProduct>;

export function indexBySku(products: readonly ImportProduct[]): Map<string, ImportProduct> {
  return new Map(products.map((p) => [normalizeSku(p.sku), p]));
}

/** Checks every line: what is wrong with it, how bad, and the fix. */
export function checkLines(drafts: readonly ImportDraft[], products: ProductIndex): CheckedLine[] {
  const firstOfSku = new Map<string, ImportDraft>();
  const countOfSku = new Map<string, number>();
  for (const d of drafts) {
    const sku = normalizeSku(d.sku);
    if (!sku) continue;
    if (!firstOfSku.has(sku)) firstOfSku.set(sku, d);
    countOfSku.set(sku, (countOfSku.get(sku) ?? 0) + 1);
  }
  return drafts.map((d) => checkLine(d, products, firstOfSku, countOfSku));
}

function checkLine(
  d: ImportDraft,
  products: ProductIndex,
  firstOfSku: Map<string, ImportDraft>,
  countOfSku: Map<string, number>,
): CheckedLine {
  const problems: ImportProblem[] = [];
  const sku = normalizeSku(d.sku);
  const product = sku ? (products.get(sku) ?? null) : null;
  const done = (): CheckedLine => ({
    ...d,
    product,
    problems,
    ok: problems.every((p) => p.severity !== 'error'),
  });

  if (!sku) {
    problems.push({ code: 'missing_sku', severity: 'error', params: {}, fix: { kind: 'drop' } });
    return done();
  }
  if ((countOfSku.get(sku) ?? 0) > 1) {
    const first = firstOfSku.get(sku)!;
    problems.push({
      code: 'duplicate',
      severity: 'warning',
      params: { sku: d.sku, count: countOfSku.get(sku)!, first: first.rows[0] },
      fix: { kind: 'merge' },
    });
  }
  if (!product) {
    problems.push({
      code: 'unknown_sku',
      severity: 'error',
      params: { sku: d.sku },
      fix: { kind: 'drop' },
    });
    return done();
  }
  if (!product.channels.includes('procurement')) {
    problems.push({
      code: 'not_procurement',
      severity: 'error',
      params: { sku: product.sku },
      fix: { kind: 'drop' },
    });
    return done();
  }
  const qty = d.qty;
  const p = {
    moq: product.moq,
    pack: product.packSize,
    stock: product.stock,
    unit: product.unit,
    max: MAX_LINE_QTY,
  };
  // A blank, unreadable, zero, negative or fractional quantity has no single right correction: the buyer
  // types it (no fix is offered, so "fix all" never guesses one).
  if (qty === null && d.qtyText === '') {
    problems.push({ code: 'missing_qty', severity: 'error', params: p, fix: null });
    return done();
  }
  if (qty === null || !Number.isInteger(qty) || qty <= 0) {
    problems.push({
      code: 'bad_qty',
      severity: 'error',
      params: { ...p, text: d.qtyText },
      fix: null,
    });
    return done();
  }
  // Too many, too few or not a whole pack: the nearest valid quantity within the line maximum and the
  // stock (suggestedQty); none when the stock is below the MOQ.
  const code =
    qty > MAX_LINE_QTY
      ? 'above_max'
      : qty < product.moq
        ? 'below_moq'
        : qty % product.packSize !== 0
          ? 'not_pack_multiple'
          : null;
  if (code) {
    const fixQty = suggestedQty(product, qty);
    problems.push({
      code,
      severity: 'error',
      params: { ...p, qty, fixQty: fixQty ?? 0 },
      fix: fixQty === null ? null : { kind: 'set_qty', qty: fixQty },
    });
    return done();
  }
  if (qty > product.stock) {
    // Stock is advisory for orders (the supplier delivers later): a warning, with a fix to order what is in stock.
    const fixQty = largestValidQtyAtMost(product, product.stock);
    problems.push({
      code: 'above_stock',
      severity: 'warning',
      params: { ...p, qty, fixQty: fixQty ?? 0 },
      fix: fixQty === null ? { kind: 'drop' } : { kind: 'set_qty', qty: fixQty },
    });
  }
  return done();
}

export function summarize(lines: readonly CheckedLine[]): ImportSummary {
  let ok = 0;
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const l of lines) {
    if (l.ok) ok++;
    else errors++;
    if (l.problems.some((p) => p.severity === 'warning')) warnings++;
    if (l.problems.some(isAutoFix)) fixable++;
  }
  return { lines: lines.length, ok, errors, warnings, fixable };
}

/** Fixes that "fix all" applies: merges and quantity corrections of errors (never drops, never trims to stock). */
function isAutoFix(p: ImportProblem): boolean {
  return p.fix?.kind === 'merge' || (p.fix?.kind === 'set_qty' && p.severity === 'error');
}

function mergeGroup(same: readonly ImportDraft[]): ImportDraft {
  const qtys = same.map((d) => d.qty);
  const qty = qtys.every((q): q is number => q !== null) ? qtys.reduce((a, b) => a + b, 0) : null;
  return {
    key: same[0].key,
    rows: same.flatMap((d) => d.rows).sort((a, b) => a - b),
    sku: same[0].sku,
    qty,
    qtyText: qty === null ? same.map((d) => d.qtyText).join('+') : String(qty),
  };
}

/** Merges every line of the same SKU into its first line (quantities summed, rows kept). */
export function mergeSku(drafts: readonly ImportDraft[], sku: string): ImportDraft[] {
  const key = normalizeSku(sku);
  const same = drafts.filter((d) => normalizeSku(d.sku) === key);
  if (same.length < 2) return [...drafts];
  const merged = mergeGroup(same);
  const out: ImportDraft[] = [];
  for (const d of drafts) {
    if (normalizeSku(d.sku) !== key) out.push(d);
    else if (d === same[0]) out.push(merged);
  }
  return out;
}

export function setQty(
  drafts: readonly ImportDraft[],
  key: number,
  qty: number | null,
  qtyText = qty === null ? '' : String(qty),
): ImportDraft[] {
  return drafts.map((d) => (d.key === key ? { ...d, qty, qtyText } : d));
}

export function dropLine(drafts: readonly ImportDraft[], key: number): ImportDraft[] {
  return drafts.filter((d) => d.key !== key);
}

/** Applies one fix to the line `key`. */
export function applyFix(
  drafts: readonly ImportDraft[],
  key: number,
  fix: ImportFix,
): ImportDraft[] {
  switch (fix.kind) {
    case 'drop':
      return dropLine(drafts, key);
    case 'set_qty':
      return setQty(drafts, key, fix.qty);
    case 'merge': {
      const d = drafts.find((x) => x.key === key);
      return d ? mergeSku(drafts, d.sku) : [...drafts];
    }
  }
}

/**
 * "Fix all": merges duplicates first, then applies each remaining error's quantity fix; lines that can
 * only be dropped (unknown SKU, not sold to buyers) and quantities with no single right answer (blank,
 * unreadable, fractional, a stock below the MOQ) are left for the buyer to decide, and stock warnings
 * are left as they are (ordering more than the stock only lengthens the lead time).
 */
export function fixAll(drafts: readonly ImportDraft[], products: ProductIndex): ImportDraft[] {
  // One pass to merge every duplicated SKU into its first line …
  const groups = new Map<string, ImportDraft[]>();
  for (const d of drafts) {
    const sku = normalizeSku(d.sku);
    if (!sku) continue;
    const g = groups.get(sku);
    if (g) g.push(d);
    else groups.set(sku, [d]);
  }
  const merged: ImportDraft[] = [];
  for (const d of drafts) {
    const g = groups.get(normalizeSku(d.sku));
    if (!g || g.length < 2) merged.push(d);
    else if (g[0] === d) merged.push(mergeGroup(g));
  }
  // … and one to apply the quantity corrections of the merged lines.
  const fixes = new Map<number, number>();
  for (const line of checkLines(merged, products)) {
    const fix = line.problems.find((p) => p.severity === 'error' && p.fix?.kind === 'set_qty')?.fix;
    if (fix?.kind === 'set_qty') fixes.set(line.key, fix.qty);
  }
  return merged.map((d) => {
    const qty = fixes.get(d.key);
    return qty === undefined ? d : { ...d, qty, qtyText: String(qty) };
  });
}

/** The lines that go to the cart: the good ones, duplicates merged, one per product. */
export function goodLines(lines: readonly CheckedLine[]): { productId: string; qty: number }[] {
  const byId = new Map<string, number>();
  for (const l of lines) {
    if (!l.ok || !l.product || l.qty === null) continue;
    byId.set(l.product.id, (byId.get(l.product.id) ?? 0) + l.qty);
  }
  return [...byId].map(([productId, qty]) => ({ productId, qty }));
}

/** Keeps only what the import needs of a product. */
export function toImportProduct(p: ImportProduct): ImportProduct {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    nameEn: p.nameEn,
    unit: p.unit,
    moq: p.moq,
    packSize: p.packSize,
    stock: p.stock,
    channels: p.channels,
  };
}
