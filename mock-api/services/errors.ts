// Business rule violations, thrown by the pure domain functions and turned into problem+json by the routes.
import { ERROR_CODES, type ErrorCode, type FieldError } from '../../src/domain/index.ts';

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors?: FieldError[];

  constructor(code: ErrorCode, detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = 'DomainError';
    this.code = code;
    this.status = ERROR_CODES[code];
    if (errors?.length) this.errors = errors;
  }
}

export function fail(code: ErrorCode, detail: string, errors?: FieldError[]): never {
  throw new DomainError(code, detail, errors);
}
