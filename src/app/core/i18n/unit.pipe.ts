import { Pipe, PipeTransform, inject } from '@angular/core';
import { unitName } from '../../../domain/units.ts';
import { I18n } from './i18n';

/** `{{ product.unit | unit }}`: a unit of sale in the active language. */
@Pipe({ name: 'unit', pure: false })
export class UnitPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(unit: string | null | undefined): string {
    return unit ? unitName(unit, this.i18n.lang()) : '';
  }
}
