import type { Budget, BudgetCategory, BudgetMovement, Fen } from '../../../../domain/index.ts';

export type { Budget, BudgetCategory };

export interface BudgetFilters {
  category: BudgetCategory | null;
  costCenterId: string | null;
  /** "YYYY" or null for every year. */
  period: string | null;
}

export interface MovementRow extends BudgetMovement {
  actorName: string;
  actorNameEn?: string;
}

/** GET /api/budgets/usage: net movements per month. */
export interface UsageMonth {
  month: string;
  committedFen: Fen;
  spentFen: Fen;
  releasedFen: Fen;
  amountChangeFen: Fen;
}

export interface BudgetRequest {
  id: string;
  budgetId: string;
  deltaFen: Fen;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requesterId: string;
  requesterName: string;
  requesterNameEn?: string;
  createdAt: string;
  decidedAt?: string;
  deciderName?: string;
  deciderNameEn?: string;
  comment?: string;
  costCenterId?: string;
  category?: BudgetCategory;
  period?: string;
}

export interface PortalNotification {
  id: string;
  kind: 'order_approved' | 'order_rejected' | 'budget_request_approved' | 'budget_request_rejected';
  subjectType: 'order' | 'budgetRequest';
  subjectId: string;
  message: string;
  messageEn: string;
  createdAt: string;
  read: boolean;
}

/** allocated / committed / spent / available summed over a group of budgets. */
export interface BudgetTotals {
  key: string;
  amountFen: Fen;
  committedFen: Fen;
  spentFen: Fen;
  availableFen: Fen;
}

/** Share of a budget in use (committed + spent), one decimal; above 100 when it is overspent. */
export function usePercent(b: Pick<Budget, 'amountFen' | 'committedFen' | 'spentFen'>): number {
  if (b.amountFen <= 0) return b.committedFen + b.spentFen > 0 ? 100 : 0;
  return Math.round(((b.committedFen + b.spentFen) / b.amountFen) * 1000) / 10;
}

/** The same share for a bar or meter, which stops at its end (0..100). */
export function useBarPercent(b: Pick<Budget, 'amountFen' | 'committedFen' | 'spentFen'>): number {
  return Math.min(100, usePercent(b));
}

export function sumBudgets(key: string, budgets: readonly Budget[]): BudgetTotals {
  const t: BudgetTotals = { key, amountFen: 0, committedFen: 0, spentFen: 0, availableFen: 0 };
  for (const b of budgets) {
    t.amountFen += b.amountFen;
    t.committedFen += b.committedFen;
    t.spentFen += b.spentFen;
    t.availableFen += b.availableFen;
  }
  return t;
}

export function groupTotals(
  budgets: readonly Budget[],
  keyOf: (b: Budget) => string,
): BudgetTotals[] {
  const groups = new Map<string, Budget[]>();
  for (const b of budgets) {
    const k = keyOf(b);
    groups.set(k, [...(groups.get(k) ?? []), b]);
  }
  return [...groups.entries()]
    .map(([k, list]) => sumBudgets(k, list))
    .sort((a, b) => a.key.localeCompare(b.key));
}
