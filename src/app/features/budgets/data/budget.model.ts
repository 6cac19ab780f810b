import {
  sumBudgets,
  type Budget,
  type BudgetCategory,
  type BudgetMovement,
  type BudgetMovementType,
  type BudgetTotals,
  type Fen,
} from '../../../../domain/index.ts';

export type { Budget, BudgetCategory };

export interface BudgetFilters {
  category: BudgetCategory | null;
  costCenterId: string | null;
  /** "YYYY" or null for every year. */
  period: string | null;
}

/** What a chart's bar stands for: a cost center, a category or a month (of the filtered budgets). */
export type DrillBy = 'cc' | 'cat' | 'month';

/** The movements behind a chart's bar, opened from the chart: of one key, optionally of one type. */
export interface BudgetDrill {
  by: DrillBy;
  key: string;
  type: BudgetMovementType | null;
}

export interface MovementRow extends BudgetMovement {
  actorName: string;
  actorNameEn?: string;
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
  /** A decision made through a delegation (代理审批): the approver the decider acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  comment?: string;
  costCenterId?: string;
  category?: BudgetCategory;
  period?: string;
}

/** Totals of the budgets that share a key (a cost center, a category). */
export interface KeyedTotals extends BudgetTotals {
  key: string;
}

export function groupTotals(
  budgets: readonly Budget[],
  keyOf: (b: Budget) => string,
): KeyedTotals[] {
  const groups = new Map<string, Budget[]>();
  for (const b of budgets) {
    const k = keyOf(b);
    groups.set(k, [...(groups.get(k) ?? []), b]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, ...sumBudgets(list) }))
    .sort((a, b) => byCode(a.key, b.key));
}

/**
 * Orders codes (periods, ids, months, categories) by their characters: what they mean needs no
 * language's collation, and localeCompare's is slow to start on a phone.
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
