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

/**
 * Who decided, in the active language: the name in `field` (`actorName`, `deciderName`), or
 * "周建国（代林晓雯）" / "Zhou Jianguo on behalf of Lin Xiaowen" for a decision made through a
 * delegation (代理审批: the record's `onBehalfOfName`). Its text is the shell's (`person.onBehalf`).
 */
export function deciderName(
  record: object | null | undefined,
  i18n: Pick<I18n, 't' | 'lang'>,
  field: string,
): string {
  const name = localName(record, i18n.lang(), field);
  const approver = localName(record, i18n.lang(), 'onBehalfOfName');
  return approver ? i18n.t('person.onBehalf', { name, approver }) : name;
}

/** `{{ event | deciderName: 'actorName' }}` — impure like `t`, so that it follows the language signal. */
@Pipe({ name: 'deciderName', pure: false })
export class DeciderNamePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(record: object | null | undefined, field: string): string {
    return deciderName(record, this.i18n, field);
  }
}
