import type { ErrorTexts } from '../../../core/http/problem';

/** e差旅's own wording of problem codes (the rest: core errorMessage). */
export const TRAVEL_ERRORS: ErrorTexts = {
  BUDGET_EXCEEDED: 'travel.error.budget',
  OUT_OF_POLICY: 'travel.error.outOfPolicy',
  NOT_ALLOWED_IN_STATE: 'travel.error.state',
  NOT_FOUND: 'travel.error.notFound',
  FORBIDDEN: 'travel.error.forbidden',
  VALIDATION_FAILED: 'travel.error.validation',
  IDEMPOTENCY_MISMATCH: 'travel.error.idempotency',
  VERSION_CONFLICT: 'travel.error.conflict',
};
