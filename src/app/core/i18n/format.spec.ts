import { formatCount, formatDate, formatFen, formatList, formatMonth } from './format';

// The portal's two locales are written by hand, the way Intl wrote them when this was made; the
// expectations are fixed strings so that a browser's newer locale data cannot change what users see.
describe('formatFen and formatDate', () => {
  it('write money as yuan with thousands separators and two decimals, in both locales', () => {
    const cases: [number, string][] = [
      [0, '¥0.00'],
      [1, '¥0.01'],
      [10, '¥0.10'],
      [105, '¥1.05'],
      [123456, '¥1,234.56'],
      [99999999, '¥999,999.99'],
      [100000000, '¥1,000,000.00'],
      [123456789012, '¥1,234,567,890.12'],
      [-1, '-¥0.01'],
      [-250000, '-¥2,500.00'],
    ];
    for (const locale of ['zh-CN', 'en-US'])
      for (const [fen, text] of cases)
        expect(formatFen(fen, locale)).withContext(locale).toBe(text);
  });

  it('write whole numbers with thousands separators in both locales, as Intl does', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [7, '7'],
      [999, '999'],
      [1000, '1,000'],
      [12000, '12,000'],
      [1234567, '1,234,567'],
      [-1, '-1'],
      [-25000, '-25,000'],
    ];
    for (const locale of ['zh-CN', 'en-US'])
      for (const [count, text] of cases) {
        expect(formatCount(count, locale)).withContext(locale).toBe(text);
        expect(formatCount(count, locale)).withContext(locale).toBe(count.toLocaleString(locale));
      }
    expect(formatCount(12000, 'de-DE')).toBe('12.000');
    expect(formatCount(2.5, 'en-US')).toBe('2.5');
  });

  it('join names as a sentence does in both locales, as Intl does', () => {
    const names = ['陈佳琪', '王志强', '李娜', 'Ann'];
    expect(formatList(names.slice(0, 3), 'zh-CN')).toBe('陈佳琪、王志强和李娜');
    expect(formatList(['Chen Jiaqi', 'Wang Zhiqiang', 'Li Na'], 'en-US')).toBe(
      'Chen Jiaqi, Wang Zhiqiang, and Li Na',
    );
    for (const locale of ['zh-CN', 'en-US', 'de-DE'])
      for (let n = 0; n <= names.length; n++) {
        const list = names.slice(0, n);
        const intl = new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
        expect(formatList(list, locale)).withContext(`${locale} ${n}`).toBe(intl);
      }
  });

  it('write dates in the medium style of each locale, with a 24 h or 12 h time', () => {
    const cases: [string, string, string][] = [
      ['2026-01-01T00:00:00', '2026年1月1日 00:00', 'Jan 1, 2026, 12:00 AM'],
      ['2026-03-05T09:05:00', '2026年3月5日 09:05', 'Mar 5, 2026, 9:05 AM'],
      ['2026-03-05T12:00:00', '2026年3月5日 12:00', 'Mar 5, 2026, 12:00 PM'],
      ['2026-12-31T23:59:00', '2026年12月31日 23:59', 'Dec 31, 2026, 11:59 PM'],
    ];
    for (const [iso, zh, en] of cases) {
      expect(formatDate(iso, 'zh-CN', true)).toBe(zh);
      expect(formatDate(iso, 'en-US', true)).toBe(en);
      expect(formatDate(iso, 'zh-CN')).toBe(zh.split(' ')[0]);
      expect(formatDate(iso, 'en-US')).toBe(en.split(', ').slice(0, 2).join(', '));
    }
  });

  it('agree with Intl on the date parts, whatever its spacing before AM/PM', () => {
    const iso = '2026-07-14T16:45:00';
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
    expect(formatDate(iso, 'en-US', true)).toBe(intl.format(new Date(iso)).replace(/\s/g, ' '));
    expect(formatDate(iso, 'zh-CN')).toBe(
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(new Date(iso)),
    );
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

  it('name a month short, with its year, or in full, in both locales', () => {
    expect(formatMonth('2026-03', 'zh-CN', 'short')).toBe('3月');
    expect(formatMonth('2026-03', 'zh-CN', 'shortWithYear')).toBe('2026年3月');
    expect(formatMonth('2026-12', 'zh-CN', 'long')).toBe('2026年12月');
    expect(formatMonth('2026-03', 'en-US', 'short')).toBe('Mar');
    expect(formatMonth('2026-03', 'en-US', 'shortWithYear')).toBe('Mar 2026');
    expect(formatMonth('2026-09', 'en-US', 'long')).toBe('September 2026');
    expect(formatMonth('2026-13', 'en-US', 'short')).toBe('2026-13');
    expect(formatMonth('2026', 'zh-CN', 'long')).toBe('2026');
    expect(formatMonth('2026-03', 'de-DE', 'long')).toBe('März 2026');
  });
});
