// Query-string rules every route shares (mock-api/README.md: Limits), checked once in front of all
// routes by `checkQuery`: every value is a string or a list of strings (never an object such as
// `status[a]=b`), the only `_` parameters are the paging and sorting ones (`_delay`, `_expand`, `_`
// … are refused), and paging values are whole numbers. Routes validate their own fields on top
// (routes/catalog.ts, routes/generic.ts) with `badQuery` and `checkEnum`. `_like` is always a literal substring: `literalPattern`.
import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '../../src/domain/index.ts';
import { DomainError } from './problem.ts';

/** The `_` parameters any route may receive; `_embed` is only honoured by routes/generic.ts. */
export const RESERVED_PARAMS = ['_page', '_limit', '_start', '_end', '_sort', '_order', '_embed'];
const WHOLE_NUMBERS: Record<string, number> = { _page: 1, _limit: 1, _start: 0, _end: 0 };

export function queryErrors(query: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === 'string')) {
      errors.push({ path: key, message: 'Must be a plain value, not an object or nested list' });
      continue;
    }
    if (key.startsWith('_') && !RESERVED_PARAMS.includes(key)) {
      errors.push({ path: key, message: 'Unknown parameter' });
      continue;
    }
    if (key.startsWith('_') && key !== '_embed' && values.length > 1) {
      errors.push({ path: key, message: 'Give this parameter once' });
      continue;
    }
    const min = WHOLE_NUMBERS[key];
    if (min !== undefined && !values.every((v) => /^\d{1,9}$/.test(v) && Number(v) >= min))
      errors.push({ path: key, message: `Must be a whole number ≥ ${min}` });
  }
  return errors;
}

/** Middleware in front of every route: 400 VALIDATION_FAILED listing each bad parameter. */
export function checkQuery(req: Request, _res: Response, next: NextFunction): void {
  const errors = queryErrors(req.query as Record<string, unknown>);
  if (!errors.length) return next();
  next(new DomainError('VALIDATION_FAILED', 'Some query parameters are invalid.', errors));
}

/** 400 VALIDATION_FAILED naming one parameter of a route's own (`query.<key>`). */
export function badQuery(key: string, message: string): never {
  throw new DomainError('VALIDATION_FAILED', message, [{ path: `query.${key}`, message }]);
}

/** 400 unless the parameter is absent or one of `values` (given once). */
export function checkEnum(
  query: Readonly<Record<string, unknown>>,
  key: string,
  values: readonly string[],
): void {
  const v = query[key];
  if (v !== undefined && (typeof v !== 'string' || !values.includes(v)))
    badQuery(key, `Must be one of ${values.join(', ')}`);
}

/** The RegExp source that matches `text` literally (json-server compiles `_like` values with `new RegExp(v, 'i')`). */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
