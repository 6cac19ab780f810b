import type { Budget, BudgetCategory } from '../../../domain/index.ts';

export interface PointsAccount {
  balance: number;
  expiringSoon: { points: number; expiresAt: string }[];
}

export interface PointsLedgerEntry {
  id: string;
  type: 'grant' | 'redeem' | 'refund' | 'expire';
  points: number;
  balanceAfter: number;
  createdAt: string;
  ref?: string;
  occasion?: string;
}

export interface BudgetTotals {
  amountFen: number;
  committedFen: number;
  spentFen: number;
  availableFen: number;
}

export interface CategoryUse extends BudgetTotals {
  category: BudgetCategory;
  count: number;
}

export const EMPTY_TOTALS: BudgetTotals = {
  amountFen: 0,
  committedFen: 0,
  spentFen: 0,
  availableFen: 0,
};

export function sumBudgets(budgets: readonly Budget[]): BudgetTotals {
  return budgets.reduce(
    (t, b) => ({
      amountFen: t.amountFen + b.amountFen,
      committedFen: t.committedFen + b.committedFen,
      spentFen: t.spentFen + b.spentFen,
      availableFen: t.availableFen + b.availableFen,
    }),
    EMPTY_TOTALS,
  );
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

/** Share of `part` in `whole` in percent (0–100, one decimal), 0 when the whole is 0. */
export function percentOf(part: number, whole: number): number {
  return Math.min(100, sharePercent(part, whole));
}

/** part / whole in percent with one decimal, not capped: the text says 120% when 120% is used. */
export function sharePercent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.max(0, Math.round((part / whole) * 1000) / 10);
}
