import { Injectable, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { I18n } from '../../../core/i18n/i18n';
import { budgetsFeature } from './budgets.feature';
import type { Budget, BudgetCategory } from './budget.model';

/**
 * Names of cost centers and categories in the active language (ids when the API gives no names).
 * It reads the store, so it is provided on the budgets route (no `root`: see core/state/app-store.ts).
 */
@Injectable()
export class BudgetLabels {
  private readonly i18n = inject(I18n);
  private readonly names = inject(Store).selectSignal(budgetsFeature.selectCostCenterNames);

  costCenter(id: string): string {
    const cc = this.names()[id];
    if (!cc) return id;
    const name = this.i18n.lang() === 'en' && cc.nameEn ? cc.nameEn : cc.name;
    return cc.code ? `${cc.code} ${name}` : name;
  }

  /** The name only (charts). */
  costCenterName(id: string): string {
    const cc = this.names()[id];
    return cc ? (this.i18n.lang() === 'en' && cc.nameEn ? cc.nameEn : cc.name) : id;
  }

  category(category: BudgetCategory | string): string {
    return this.i18n.t(`budgets.category.${category}`);
  }

  budget(b: Pick<Budget, 'costCenterId' | 'category' | 'period'>): string {
    return `${this.costCenter(b.costCenterId)} · ${this.category(b.category)} · ${b.period}`;
  }
}
