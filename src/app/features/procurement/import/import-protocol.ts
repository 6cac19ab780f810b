import type { CheckedLine, ImportDraft, ImportProduct } from './import-rules';

/** Messages between the import page and its worker (structured-cloneable plain data). */
export type ImportRequest =
  | { id: number; type: 'parseText'; text: string }
  | { id: number; type: 'parseXlsx'; data: ArrayBuffer }
  | { id: number; type: 'check'; drafts: ImportDraft[]; products: ImportProduct[] };

export type ImportResponse =
  | { id: number; type: 'parsed'; drafts: ImportDraft[] }
  | { id: number; type: 'checked'; lines: CheckedLine[] }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'error'; message: string };

/** A sheet larger than this is refused (the API takes at most 500 lines per order anyway). */
export const MAX_IMPORT_ROWS = 5000;
