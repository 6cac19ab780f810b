import type { ErrorTexts } from '../../../core/http/problem';

/** Procurement's own wording of problem codes (the rest: core errorMessage). */
export const PROCUREMENT_ERRORS: ErrorTexts = {
  BUDGET_EXCEEDED: 'procurement.error.budget',
  NOT_FOUND: 'procurement.error.notFound',
  NOT_ALLOWED_IN_STATE: 'procurement.error.state',
  VALIDATION_FAILED: 'procurement.error.validation',
  IDEMPOTENCY_MISMATCH: 'procurement.error.idempotency',
  FORBIDDEN: 'procurement.error.forbidden',
};
