import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n, type Lang } from '../../core/i18n/i18n';

/** Which person of a record: `requester` reads `requesterName` / `requesterNameEn`; none reads `name` / `nameEn`. */
export type PersonRole = 'requester' | 'decider' | 'actor' | 'createdBy';

/**
 * A person's name on an API record in the active language: the English `…NameEn` when the language is
 * English and the record carries it, else the Chinese `…Name` ('' when there is none).
 */
export function personName(
  record: object | null | undefined,
  role: PersonRole | undefined,
  lang: Lang,
): string {
  if (!record) return '';
  const fields = record as Record<string, unknown>;
  const key = role ? `${role}Name` : 'name';
  const en = fields[`${key}En`];
  if (lang === 'en' && typeof en === 'string' && en) return en;
  const zh = fields[key];
  return typeof zh === 'string' ? zh : '';
}

/** `{{ task | personName: 'requester' }}` — impure like `t` so that it follows the language signal. */
@Pipe({ name: 'personName', pure: false })
export class PersonNamePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(record: object | null | undefined, role?: PersonRole): string {
    return personName(record, role, this.i18n.lang());
  }
}
