import { BUDGET_CATEGORIES, type BudgetCategory } from '../../../../domain/index.ts';
import type { BudgetFilters } from './budget.model';

const YEAR = /^\d{4}$/;
const ID = /^[\w-]{1,64}$/;

/**
 * URL query parameters → the budget list's filters. No `year` means the latest year that has budgets;
 * `year=all` means every year; unknown or malformed values are dropped.
 */
export function budgetQueryFromParams(params: Readonly<Record<string, string | undefined>>): {
  filters: BudgetFilters;
  latestYear: boolean;
} {
  const year = params['year'];
  const category = params['category'] as BudgetCategory | undefined;
  return {
    filters: {
      period: year && YEAR.test(year) ? year : null,
      category: category && BUDGET_CATEGORIES.includes(category) ? category : null,
      costCenterId: params['cc'] && ID.test(params['cc']) ? params['cc'] : null,
    },
    latestYear: !year || (year !== 'all' && !YEAR.test(year)),
  };
}

/** The budget list's filters → URL query parameters (null removes a parameter). */
export function paramsFromBudgetFilters(f: BudgetFilters): Record<string, string | null> {
  return { year: f.period ?? 'all', category: f.category, cc: f.costCenterId };
}
