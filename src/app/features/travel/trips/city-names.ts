import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';
import type { City } from '../data/travel.model';

/** City codes → their names in the active language (the code while the city list is unknown). */
export function cityNames(
  codes: readonly string[],
  cities: readonly City[],
  lang: 'zh-CN' | 'en',
): string {
  return codes
    .map((code) => {
      const c = cities.find((x) => x.code === code);
      return c ? localName(c, lang) : code;
    })
    .join(lang === 'en' ? ', ' : '、');
}

@Pipe({ name: 'cityNames', pure: false })
export class CityNames implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(codes: string | readonly string[], cities: readonly City[]): string {
    return cityNames(typeof codes === 'string' ? [codes] : codes, cities, this.i18n.lang());
  }
}
