import type { ApiError } from '../../../core/http/api-error';

/** 409 answers that mean "someone else decided this meanwhile". */
export function isConflict(error: ApiError | null | undefined): boolean {
  return !!error && (error.code === 'VERSION_CONFLICT' || error.code === 'ALREADY_DECIDED');
}
