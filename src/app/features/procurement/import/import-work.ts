// The work of the import worker as plain async functions, so the page can run them on the main thread
// (in chunks) where Web Workers are unavailable.
import {
  checkLines,
  draftsFromTable,
  halfWidth,
  indexBySku,
  type CheckedLine,
  type ImportDraft,
  type ImportProduct,
} from './import-rules';
import { MAX_IMPORT_ROWS } from './import-protocol';

/** Rows with at least one filled cell (blank lines are kept in the table so row numbers stay true). */
const filledRows = (rows: readonly (readonly unknown[])[]) =>
  rows.filter((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ''))
    .length;

export async function parseText(text: string): Promise<ImportDraft[]> {
  const Papa = (await import('papaparse')).default;
  // Full-width separators ("，" "；" the ideographic space) become half-width first, so the delimiter is found.
  const sheet = halfWidth(text.replace(/^\uFEFF/, ''));
  // The delimiter is guessed without the blank lines (they would spoil the guess), then every line is read.
  const { delimiter } = Papa.parse<string[]>(sheet, {
    skipEmptyLines: 'greedy',
    preview: 100,
  }).meta;
  const result = Papa.parse<string[]>(sheet, { skipEmptyLines: false, delimiter });
  if (filledRows(result.data) > MAX_IMPORT_ROWS + 1)
    throw new Error(`TOO_MANY_ROWS:${MAX_IMPORT_ROWS}`);
  return draftsFromTable(result.data);
}

export async function parseXlsx(data: ArrayBuffer): Promise<ImportDraft[]> {
  const { readSheet } = await import('read-excel-file/web-worker');
  const rows = await readSheet(data);
  if (filledRows(rows) > MAX_IMPORT_ROWS + 1) throw new Error(`TOO_MANY_ROWS:${MAX_IMPORT_ROWS}`);
  return draftsFromTable(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
  );
}

/** Checks in chunks, reporting progress and yielding between chunks so a page stays responsive. */
export async function checkInChunks(
  drafts: ImportDraft[],
  products: ImportProduct[],
  onProgress: (done: number, total: number) => void,
  chunk = 250,
): Promise<CheckedLine[]> {
  const index = indexBySku(products);
  // Duplicates need the whole sheet; the per-line work is what is chunked.
  const all = checkLines(drafts, index);
  const out: CheckedLine[] = [];
  for (let i = 0; i < all.length; i += chunk) {
    out.push(...all.slice(i, i + chunk));
    onProgress(Math.min(all.length, i + chunk), all.length);
    await new Promise((r) => setTimeout(r));
  }
  return out;
}
