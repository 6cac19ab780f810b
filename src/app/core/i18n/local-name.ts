import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n, type Lang } from './i18n';

/**
 * A text of an API record in the active language. Records carry Chinese and English side by side
 * (`name` / `nameEn`, `requesterName` / `requesterNameEn`, `title` / `titleEn`, …): in English the
 * `…En` field when it is there and not empty, else the Chinese one ('' when there is none).
 */
export function localName(record: object | null | undefined, lang: Lang, field = 'name'): string {
  if (!record) return '';
  const fields = record as Record<string, unknown>;
  const en = fields[`${field}En`];
  if (lang === 'en' && typeof en === 'string' && en) return en;
  const zh = fields[field];
  return typeof zh === 'string' ? zh : '';
}

/**
 * `{{ product | localName }}`, `{{ task | localName: 'requesterName' }}` — impure like `t`, so that it
 * follows the language signal.
 */
@Pipe({ name: 'localName', pure: false })
export class LocalNamePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(record: object | null | undefined, field?: string): string {
    return localName(record, this.i18n.lang(), field);
  }
}
