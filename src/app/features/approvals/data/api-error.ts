import type { ApiError } from '../../../core/http/api-error';
import type { ErrorTexts } from '../../../core/http/problem';

/** The approvals' own wording of problem codes (the rest: core errorMessage). */
export const APPROVALS_ERRORS: ErrorTexts = {
  VERSION_CONFLICT: 'approvals.error.VERSION_CONFLICT',
  ALREADY_DECIDED: 'approvals.error.ALREADY_DECIDED',
  FORBIDDEN: 'approvals.error.FORBIDDEN',
  VALIDATION_FAILED: 'approvals.error.VALIDATION_FAILED',
  NOT_FOUND: 'approvals.error.NOT_FOUND',
};

/** 409 answers that mean "someone else decided this meanwhile". */
export function isConflict(error: ApiError | null | undefined): boolean {
  return !!error && (error.code === 'VERSION_CONFLICT' || error.code === 'ALREADY_DECIDED');
}
