import {
  BUDGET_CATEGORIES,
  MOVEMENT_TYPES,
  isMonth,
  type BudgetCategory,
  type BudgetMovementType,
} from '../../../../domain/index.ts';
import type { BudgetDrill, BudgetFilters, DrillBy } from './budget.model';

const YEAR = /^\d{4}$/;
const ID = /^[\w-]{1,64}$/;

/**
 * URL query parameters → the budget list's filters. No `year` means the latest year that has budgets;
 * `year=all` means every year; unknown or malformed values are dropped.
 */
export function budgetQueryFromParams(params: Readonly<Record<string, string | undefined>>): {
  filters: BudgetFilters;
  latestYear: boolean;
  drill: BudgetDrill | null;
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
    drill: drillFromParams(params['drill'], params['drillType']),
  };
}

/** `drill=cc:<cost center>|cat:<category>|month:YYYY-MM` and `drillType=commit|…`; anything else: none. */
function drillFromParams(drill?: string, type?: string): BudgetDrill | null {
  const m = /^(cc|cat|month):(.+)$/.exec(drill ?? '');
  if (!m) return null;
  const by = m[1] as DrillBy;
  const key = m[2];
  const valid =
    by === 'cc'
      ? ID.test(key)
      : by === 'cat'
        ? BUDGET_CATEGORIES.includes(key as BudgetCategory)
        : isMonth(key);
  if (!valid) return null;
  const known = MOVEMENT_TYPES.includes(type as BudgetMovementType);
  return { by, key, type: known ? (type as BudgetMovementType) : null };
}

/** A drill-down → URL query parameters (null closes it). */
export function paramsFromDrill(d: BudgetDrill | null): Record<string, string | null> {
  return { drill: d ? `${d.by}:${d.key}` : null, drillType: d?.type ?? null };
}

/** The budget list's filters → URL query parameters (null removes a parameter). */
export function paramsFromBudgetFilters(f: BudgetFilters): Record<string, string | null> {
  return { year: f.period ?? 'all', category: f.category, cc: f.costCenterId };
}
