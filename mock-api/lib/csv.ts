// CSV for spreadsheet users (finance exports): RFC 4180 quoting, CRLF rows, a UTF-8 BOM so Excel reads
// Chinese text, and cells that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with '.
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
