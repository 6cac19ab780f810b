import { HttpErrorResponse } from '@angular/common/http';
import { isProblem, type FieldError } from '../../../domain/problem.ts';

/** A failed request as the store keeps it: serializable, with the API's problem code and field errors. */
export interface ApiError {
  status: number;
  /** The problem `code` (BUDGET_EXCEEDED, VERSION_CONFLICT, …), or NETWORK / UNKNOWN. */
  code: string;
  detail: string;
  errors?: FieldError[];
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof HttpErrorResponse) {
    if (isProblem(err.error)) {
      const p = err.error;
      return {
        status: p.status,
        code: p.code,
        detail: p.detail || p.title,
        ...(p.errors?.length ? { errors: p.errors } : {}),
      };
    }
    return {
      status: err.status,
      code: err.status === 0 ? 'NETWORK' : 'UNKNOWN',
      detail: err.message,
    };
  }
  return { status: 0, code: 'UNKNOWN', detail: err instanceof Error ? err.message : String(err) };
}
