import { formatDate, formatFen } from './format';

describe('formatFen and formatDate', () => {
  const LOCALES = ['zh-CN', 'en-US'];

  it('format money exactly as Intl does, in both locales', () => {
    const money = (locale: string) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
      });
    const values = [0, 1, 9, 10, 99, 100, 105, 123456, 99999999, 100000000, 123456789012, -1, -250];
    for (let i = 0; i < 200; i++) values.push(Math.round((Math.random() - 0.3) * 10 ** (i % 13)));
    for (const locale of LOCALES)
      for (const fen of values)
        expect(formatFen(fen, locale)).toBe(money(locale).format(fen / 100));
  });

  it('format dates, with and without the time, exactly as Intl does, in both locales', () => {
    const isos = [
      '2026-01-01',
      '2026-12-31',
      '2026-03-05T00:00:00',
      '2026-03-05T09:05:00',
      '2026-03-05T12:00:00',
      '2026-03-05T12:59:00',
      '2026-03-05T23:59:00',
      '2026-03-05T10:30:00Z',
    ];
    for (let i = 0; i < 100; i++)
      isos.push(new Date(Date.UTC(2020, 0, 1) + i * 7.3e8).toISOString());
    for (const locale of LOCALES)
      for (const iso of isos) {
        const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
        const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
        expect(formatDate(iso, locale)).toBe(date.format(new Date(iso)));
        expect(formatDate(iso, locale, true)).toBe(time.format(new Date(iso)));
      }
  });

  it('leave other locales and odd values to Intl', () => {
    expect(formatFen(12345, 'de-DE')).toBe(
      new Intl.NumberFormat('de-DE', {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
      }).format(123.45),
    );
    expect(formatFen(12.5, 'en-US')).toBe('¥0.13');
    expect(() => formatDate('not a date', 'en-US')).toThrowError(RangeError);
  });
});
