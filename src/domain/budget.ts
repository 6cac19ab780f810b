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

export type BudgetMovementType = 'commit' | 'release' | 'spend' | 'amount';
export type SubjectType = 'order' | 'budgetRequest' | 'trip' | 'grant' | 'redemption';

export interface BudgetMovement {
  id: string;
  budgetId: string;
  companyId: string;
  type: BudgetMovementType;
  amountFen: Fen;
  actorId: string;
  reason: string;
  subjectType: SubjectType | null;
  subjectId: string | null;
  createdAt: string;
}

/** The invariant of the contract: available = amount − committed − spent, never negative. */
export function availableOf(b: Pick<Budget, 'amountFen' | 'committedFen' | 'spentFen'>): Fen {
  return b.amountFen - b.committedFen - b.spentFen;
}
