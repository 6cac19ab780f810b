import type { Fen } from './money.ts';

/** Lower thresholds for one top catalog category (`cat-OF` …): its lines' subtotal counts against them. */
export interface CategoryThresholds {
  categoryId: string;
  approvalThresholdFen: Fen;
  secondApprovalThresholdFen: Fen;
}

/**
 * The company's approval rules beyond its default thresholds (admin): category thresholds for orders, and
 * which hr users may decide each level (an empty pool: every hr user, as without rules).
 */
export interface ApprovalRules {
  /** The company's id. */
  id: string;
  categories: CategoryThresholds[];
  pools: { level1: string[]; level2: string[] };
  version: number;
}

export function emptyApprovalRules(companyId: string): ApprovalRules {
  return { id: companyId, categories: [], pools: { level1: [], level2: [] }, version: 0 };
}

/** The pool of a level (1 or 2); empty means every hr user of the company. */
export function poolOf(rules: ApprovalRules, level: number): readonly string[] {
  return level >= 2 ? rules.pools.level2 : rules.pools.level1;
}

/** Whether a product's category falls under a rule's category (itself or one of its subcategories, `cat-OF01` under `cat-OF`). */
export function inCategory(productCategoryId: string, ruleCategoryId: string): boolean {
  return productCategoryId.startsWith(ruleCategoryId);
}
