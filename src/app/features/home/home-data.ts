import {
  hasAnyRole,
  sumBudgets,
  type Budget,
  type BudgetCategory,
  type BudgetTotals,
  type User,
} from '../../../domain/index.ts';
import { rolesOf } from '../../core/nav/nav-items';

/** Who sees this year's budgets on the home page: buyers and approvers (an admin is both). */
export function seesBudgets(user: User | null): boolean {
  return hasAnyRole(user, rolesOf('procurement')) || hasAnyRole(user, rolesOf('approvals'));
}

/** The home page's read of the budgets: this year's, all of them. */
export function homeBudgetsParams(now = new Date()): Record<string, string | number> {
  return { period: String(now.getFullYear()), _limit: 100 };
}

export interface CategoryUse extends BudgetTotals {
  category: BudgetCategory;
  count: number;
}

/** Allocated / committed / spent / available per budget category, in the order procurement, welfare, travel. */
export function useByCategory(budgets: readonly Budget[]): CategoryUse[] {
  return (['procurement', 'welfare', 'travel'] as const)
    .map((category) => {
      const of = budgets.filter((b) => b.category === category);
      return { category, count: of.length, ...sumBudgets(of) };
    })
    .filter((c) => c.count > 0);
}

/** Share of `part` in `whole` in percent (0–100, one decimal), 0 when the whole is 0: a bar's segment. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((part / whole) * 1000) / 10));
}
