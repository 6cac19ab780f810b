import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n';

// The portal's two locales are formatted by hand, the way Intl formats them (format.spec.ts holds
// the two to the same output): the first Intl formatter (number, date, list) a page makes loads the
// browser's locale data, a long task (about 15-30 ms, 4 times that on a mid-range phone) in the
// middle of the first render. Any other locale goes to Intl.
const HAND_FORMATTED = new Set(['zh-CN', 'en-US']);
const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const EN_MONTHS_LONG =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Integer fen → "¥1,234.50" in the active locale. */
export function formatFen(fen: number, locale: string): string {
  if (HAND_FORMATTED.has(locale) && Number.isSafeInteger(fen) && !Object.is(fen, -0)) {
    const abs = Math.abs(fen);
    const yuan = thousands(Math.floor(abs / 100));
    return `${fen < 0 ? '-' : ''}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
  }
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
    });
    moneyFormats.set(locale, format);
  }
  return format.format(fen / 100);
}

/** A whole number (points, quantities) → "12,000" in the active locale. */
export function formatCount(count: number, locale: string): string {
  if (HAND_FORMATTED.has(locale) && Number.isSafeInteger(count) && !Object.is(count, -0)) {
    return `${count < 0 ? '-' : ''}${thousands(Math.abs(count))}`;
  }
  return count.toLocaleString(locale);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Names joined as a sentence does: "陈佳琪、王志强和李娜" / "Chen Jiaqi, Wang Zhiqiang, and Li Na". */
export function formatList(items: readonly string[], locale: string): string {
  if (HAND_FORMATTED.has(locale)) {
    const zh = locale === 'zh-CN';
    if (items.length < 3) return items.join(zh ? '和' : ' and ');
    const rest = items.slice(0, -1).join(zh ? '、' : ', ');
    return zh ? `${rest}和${items.at(-1)}` : `${rest}, and ${items.at(-1)}`;
  }
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** A non-negative integer's digits with a comma between each group of three. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date or timestamp → "2026年3月5日" / "Mar 5, 2026" (medium), with the time when asked. */
export function formatDate(iso: string, locale: string, withTime = false): string {
  const date = new Date(iso);
  if (HAND_FORMATTED.has(locale) && !Number.isNaN(date.getTime())) {
    const y = date.getFullYear();
    const d = date.getDate();
    const h = date.getHours();
    const min = String(date.getMinutes()).padStart(2, '0');
    if (locale === 'zh-CN') {
      const day = `${y}年${date.getMonth() + 1}月${d}日`;
      return withTime ? `${day} ${String(h).padStart(2, '0')}:${min}` : day;
    }
    const day = `${EN_MONTHS[date.getMonth()]} ${d}, ${y}`;
    return withTime ? `${day}, ${h % 12 || 12}:${min} ${h < 12 ? 'AM' : 'PM'}` : day;
  }
  // One formatter per locale and style: building an Intl formatter costs far more than using one,
  // and the impure pipes below call this at every change detection of every row.
  const key = `${locale}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** How formatMonth names a month: "3月" / "Mar", "2026年3月" / "Mar 2026", "2026年3月" / "March 2026". */
export type MonthStyle = 'short' | 'shortWithYear' | 'long';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month "2026-03" in the active locale; anything else is returned as it came. */
export function formatMonth(month: string, locale: string, style: MonthStyle): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m > 12) return month;
  if (locale === 'zh-CN') return style === 'short' ? `${m}月` : `${y}年${m}月`;
  if (locale === 'en-US') {
    if (style === 'long') return `${EN_MONTHS_LONG[m - 1]} ${y}`;
    return style === 'short' ? EN_MONTHS[m - 1]! : `${EN_MONTHS[m - 1]} ${y}`;
  }
  const key = `${locale}|${style}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      month: style === 'long' ? 'long' : 'short',
      year: style === 'short' ? undefined : 'numeric',
      timeZone: 'UTC',
    });
    monthFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** `{{ order.totalFen | money }}` */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(fen: number | null | undefined): string {
    return fen == null ? '—' : formatFen(fen, this.i18n.locale());
  }
}

/** `{{ account.balance | count }}` */
@Pipe({ name: 'count', pure: false })
export class CountPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(count: number | null | undefined): string {
    return count == null ? '—' : formatCount(count, this.i18n.locale());
  }
}

/** `{{ order.createdAt | localDate }}` or `{{ order.createdAt | localDate: true }}` with time. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(iso: string | null | undefined, withTime = false): string {
    return iso ? formatDate(iso, this.i18n.locale(), withTime) : '—';
  }
}
