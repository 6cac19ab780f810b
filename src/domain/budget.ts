import type { Fen } from './money.ts';

export const BUDGET_CATEGORIES = ['procurement', 'welfare', 'travel'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export interface Budget {
  id: string;
  companyId: string;
  costCenterId: string;
  category: BudgetCategory;
  /** Year, "YYYY". */
  period: string;
  amountFen: Fen;
  committedFen: Fen;
  spentFen: Fen;
  availableFen: Fen;
  version: number;
}

export const MOVEMENT_TYPES = ['commit', 'release', 'spend', 'amount'] as const;
export type BudgetMovementType = (typeof MOVEMENT_TYPES)[number];
export type SubjectType = 'order' | 'budgetRequest' | 'trip' | 'grant' | 'redemption';

/**
 * Why a budget moved, as a code the app words in the reader's language (`reasonParams` fill it in).
 * `reason` keeps the same text pre-written in English, for exports and older clients.
 */
export const MOVEMENT_REASON_CODES = [
  'ALLOCATION',
  'BUDGET_ADJUSTED',
  'BUDGET_REQUEST_APPROVED',
  'ORDER_SUBMITTED',
  'ORDER_CANCELLED',
  'ORDER_REJECTED',
  'ORDER_RECEIVED',
  'ORDER_PARTIALLY_RECEIVED',
  'ORDER_CLOSED_SHORT',
  'TRIP_ESTIMATE',
  'TRIP_BOOKING',
  'TRIP_CANCELLED',
  'TRIP_REJECTED',
  'TRIP_SETTLED',
  'WELFARE_GRANT',
] as const;
export type MovementReasonCode = (typeof MOVEMENT_REASON_CODES)[number];

/** The values a movement's reason names: the subject's id and, when a person wrote one, their note. */
export interface MovementReasonParams {
  id?: string;
  note?: string;
}

export interface BudgetMovement {
  id: string;
  budgetId: string;
  companyId: string;
  type: BudgetMovementType;
  amountFen: Fen;
  actorId: string;
  reason: string;
  /** Null on movements written before reasons had codes: the app then shows `reason`. */
  reasonCode?: MovementReasonCode | null;
  reasonParams?: MovementReasonParams;
  subjectType: SubjectType | null;
  subjectId: string | null;
  createdAt: string;
}

/** The invariant of the contract: available = amount − committed − spent, never negative. */
export function availableOf(b: Pick<Budget, 'amountFen' | 'committedFen' | 'spentFen'>): Fen {
  return b.amountFen - b.committedFen - b.spentFen;
}

/** Allocated / committed / spent / available summed over a group of budgets. */
export interface BudgetTotals {
  amountFen: Fen;
  committedFen: Fen;
  spentFen: Fen;
  availableFen: Fen;
}

export function sumBudgets(budgets: Iterable<BudgetTotals>): BudgetTotals {
  const t: BudgetTotals = { amountFen: 0, committedFen: 0, spentFen: 0, availableFen: 0 };
  for (const b of budgets) {
    t.amountFen += b.amountFen;
    t.committedFen += b.committedFen;
    t.spentFen += b.spentFen;
    t.availableFen += b.availableFen;
  }
  return t;
}

type Used = Pick<BudgetTotals, 'amountFen' | 'committedFen' | 'spentFen'>;

/** Share of a budget in use (committed + spent), one decimal; above 100 when it is overspent. */
export function usePercent(b: Used): number {
  if (b.amountFen <= 0) return b.committedFen + b.spentFen > 0 ? 100 : 0;
  return Math.round(((b.committedFen + b.spentFen) / b.amountFen) * 1000) / 10;
}

/** The same share for a bar or meter, which stops at its end (0..100). */
export function useBarPercent(b: Used): number {
  return Math.min(100, usePercent(b));
}

/** GET /api/budgets/usage: net movements of one month ('YYYY-MM'). */
export interface UsageMonth {
  month: string;
  committedFen: Fen;
  spentFen: Fen;
  releasedFen: Fen;
  amountChangeFen: Fen;
}

/** Net movements per month, ascending, for the "use over time" chart. */
export function usageByMonth(
  movements: Iterable<Pick<BudgetMovement, 'type' | 'amountFen' | 'createdAt'>>,
): UsageMonth[] {
  const months = new Map<string, UsageMonth>();
  for (const m of movements) {
    const month = m.createdAt.slice(0, 7);
    let row = months.get(month);
    if (!row)
      months.set(
        month,
        (row = { month, committedFen: 0, spentFen: 0, releasedFen: 0, amountChangeFen: 0 }),
      );
    if (m.type === 'commit') row.committedFen += m.amountFen;
    else if (m.type === 'release') row.releasedFen += m.amountFen;
    else if (m.type === 'spend') row.spentFen += m.amountFen;
    else row.amountChangeFen += m.amountFen;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
