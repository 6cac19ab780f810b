import { Injectable, inject } from '@angular/core';
import { I18n } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import type { BudgetMovement } from '../../../../domain/index.ts';
import type { Budget, BudgetCategory } from './budget.model';

/** Names of cost centers, categories and budgets in the active language. */
@Injectable({ providedIn: 'root' })
export class BudgetLabels {
  private readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);

  /** `code · name` (the id while the names are unknown). */
  costCenter(id: string): string {
    return this.reference.costCenterLabel(id);
  }

  /** The name only (charts, where the code would crowd the axis). */
  costCenterName(id: string): string {
    return localName(this.reference.costCenter(id), this.i18n.lang()) || id;
  }

  category(category: BudgetCategory | string): string {
    return this.i18n.t(`budgets.category.${category}`);
  }

  budget(b: Pick<Budget, 'costCenterId' | 'category' | 'period'>): string {
    return `${this.costCenter(b.costCenterId)} · ${this.category(b.category)} · ${b.period}`;
  }

  /**
   * Why a budget moved, in the active language, from the server's code and parameters (a person's
   * note kept as written); movements recorded before codes existed show the server's text.
   */
  reason(m: Pick<BudgetMovement, 'reason' | 'reasonCode' | 'reasonParams'>): string {
    if (!m.reasonCode) return m.reason;
    const params = m.reasonParams ?? {};
    const text = this.i18n.t(`budgets.reason.${m.reasonCode}`, { id: params.id ?? '' }).trim();
    return params.note
      ? this.i18n.t('budgets.reason.withNote', { reason: text, note: params.note })
      : text;
  }
}
