import type { ErrorTexts } from '../../../core/http/problem';

/** Welfare's own wording of problem codes (the rest: core errorMessage). */
export const WELFARE_ERRORS: ErrorTexts = {
  INSUFFICIENT_POINTS: 'welfare.error.insufficientPoints',
  OUT_OF_STOCK: 'welfare.error.outOfStock',
  NOT_FOUND: 'welfare.error.notFound',
  NOT_ALLOWED_IN_STATE: 'welfare.error.state',
  VALIDATION_FAILED: 'welfare.error.validation',
  IDEMPOTENCY_MISMATCH: 'welfare.error.idempotency',
  BUDGET_EXCEEDED: 'welfare.error.budget',
};
