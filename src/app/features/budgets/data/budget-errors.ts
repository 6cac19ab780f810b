import type { ErrorTexts } from '../../../core/http/problem';

/** The budgets' own wording of problem codes (the rest: core errorMessage). */
export const BUDGET_ERRORS: ErrorTexts = {
  NOT_FOUND: 'budgets.error.NOT_FOUND',
};
