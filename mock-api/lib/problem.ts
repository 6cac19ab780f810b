// problem+json answers (mock-api/openapi.yaml). Throw `fail(code, detail, errors?)` (or a DomainError)
// anywhere in a route or inside `store.transact`; the error middleware turns it into the answer.
import type { Response } from 'express';
import {
  ERROR_CODES,
  PROBLEM_CONTENT_TYPE,
  type ErrorCode,
  type FieldError,
  type Problem,
} from '../../src/domain/index.ts';
import { DomainError, fail } from '../services/errors.ts';

export { DomainError, fail };

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  UNAUTHENTICATED: 'Authentication required',
  INVALID_CREDENTIALS: 'Wrong email or password',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  VERSION_CONFLICT: 'Changed by someone else',
  ALREADY_DECIDED: 'Already decided',
  NOT_ALLOWED_IN_STATE: 'Not allowed in the current state',
  EMAIL_TAKEN: 'Email already in use',
  NAME_TAKEN: 'Name already in use',
  LAST_ADMIN: 'The last administrator',
  LAST_APPROVER: 'The last approver',
  COST_CENTER_IN_USE: 'Cost center in use',
  DEPARTMENT_IN_USE: 'Department in use',
  ACCOUNT_DEACTIVATED: 'Account deactivated',
  IDEMPOTENCY_MISMATCH: 'Idempotency key reused with another request',
  BUDGET_EXCEEDED: 'Budget exceeded',
  INSUFFICIENT_POINTS: 'Not enough points',
  OUT_OF_STOCK: 'Out of stock',
  OUT_OF_POLICY: 'Outside the travel policy',
  RATE_LIMITED: 'Too many attempts',
  PAYLOAD_TOO_LARGE: 'Body too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
};

export function problemOf(code: ErrorCode, detail: string, errors?: FieldError[]): Problem {
  const p: Problem = {
    type: `https://portal.example/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code],
    status: ERROR_CODES[code],
    detail,
    code,
  };
  if (errors?.length) p.errors = errors;
  return p;
}

export function sendProblem(
  res: Response,
  problem: Problem | { status: number; [k: string]: unknown },
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.status(problem.status);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(problem));
}

/** The answer for an unexpected error (500; not one of the contract's codes). */
export function internalProblem(): {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
} {
  return {
    type: 'https://portal.example/problems/internal-error',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on the server; nothing was changed.',
    code: 'INTERNAL_ERROR',
  };
}
