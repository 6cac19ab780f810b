/** RFC 9457 problem details, as every error of the API is answered (mock-api/openapi.yaml). */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  ALREADY_DECIDED: 409,
  NOT_ALLOWED_IN_STATE: 409,
  EMAIL_TAKEN: 409,
  NAME_TAKEN: 409,
  LAST_ADMIN: 409,
  LAST_APPROVER: 409,
  COST_CENTER_IN_USE: 409,
  DEPARTMENT_IN_USE: 409,
  ACCOUNT_DEACTIVATED: 403,
  IDEMPOTENCY_MISMATCH: 422,
  BUDGET_EXCEEDED: 422,
  INSUFFICIENT_POINTS: 422,
  OUT_OF_STOCK: 422,
  OUT_OF_POLICY: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `lines.2.qty`. */
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).code === 'string' &&
    typeof (value as Problem).status === 'number'
  );
}
