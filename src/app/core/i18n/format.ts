import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Integer fen → "¥1,234.50" in the active locale. */
export function formatFen(fen: number, locale: string): string {
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: string, withTime = false): string {
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
  return format.format(new Date(iso));
}

/** `{{ order.totalFen | money }}` */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(fen: number | null | undefined): string {
    return fen == null ? '—' : formatFen(fen, this.i18n.locale());
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
