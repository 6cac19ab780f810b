import type { User } from '../../../domain/index.ts';
import { localName } from '../i18n/local-name';
import type { Lang } from '../i18n/i18n';

/** The user's name in the active language (the API may add `nameEn`). */
export function displayName(user: User | null | undefined, lang: Lang): string {
  return localName(user, lang);
}

/** Up to two letters for an avatar: the given name of a Chinese name, initials of a Latin one. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/^[\p{Script=Han}]+$/u.test(trimmed)) return trimmed.length > 2 ? trimmed.slice(-2) : trimmed;
  const words = trimmed.split(/\s+/);
  return words
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
}
