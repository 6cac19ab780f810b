import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import { isProblem, type Problem } from '../../../domain/problem.ts';
import type { I18n } from '../i18n/i18n';
import { toApiError, type ApiError } from './api-error';

/** The problem+json body of a failed request, or null when the error is something else. */
export function problemOf(error: unknown): Problem | null {
  if (isProblem(error)) return error;
  if (error instanceof HttpErrorResponse && isProblem(error.error)) return error.error;
  return null;
}

/** Field errors of a problem by dotted path: `{ 'lines.2.qty': 'must be a multiple of 12' }`. */
export function fieldErrors(problem: Problem | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    if (!(e.path in out)) out[e.path] = e.message;
  }
  return out;
}

/**
 * Puts each field error of `problem` on the control at its path (`lines.2.qty` → form.get(['lines', 2, 'qty'])) as
 * `{ server: message }` and marks it touched, so `<mat-error>` shows it. Returns the errors that matched
 * no control (show those in a summary).
 */
export function applyProblemToForm(
  form: AbstractControl,
  problem: Problem | null | undefined,
): { path: string; message: string }[] {
  const unmatched: { path: string; message: string }[] = [];
  for (const [path, message] of Object.entries(fieldErrors(problem))) {
    const segments = path
      .split('.')
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const control = segments.length ? form.get(segments) : null;
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unmatched.push({ path, message });
    }
  }
  return unmatched;
}

/** A feature's own texts for problem codes: code → i18n key (the key may use `{detail}`). */
export type ErrorTexts = Readonly<Record<string, string>>;

/**
 * What to tell the user about a failed request (an HttpErrorResponse, or the ApiError the store
 * keeps), in the active language — the one error-to-text mapper of the app. A feature's own text for
 * the code (`own`) comes first, then the app's (`error.<CODE>`), then the server's detail; network
 * and server failures get the app's texts.
 */
export function errorMessage(
  error: unknown,
  i18n: Pick<I18n, 't' | 'has'>,
  own: ErrorTexts = {},
): string {
  const e: ApiError = hasCode(error) ? { status: 0, detail: '', ...error } : toApiError(error);
  const key = own[e.code] ?? `error.${e.code}`;
  if (i18n.has(key)) return i18n.t(key, { detail: e.detail });
  if (e.code === 'NETWORK') return i18n.t('error.network');
  if (e.status >= 500) return i18n.t('error.server');
  if (e.status === 403) return i18n.t('error.FORBIDDEN');
  if (e.status === 404) return i18n.t('error.NOT_FOUND');
  if (e.code !== 'UNKNOWN' && e.detail) return e.detail;
  return i18n.t('error.generic');
}

/** An ApiError, a problem or a batch failure: anything that already carries its code. */
function hasCode(error: unknown): error is Pick<ApiError, 'code'> & Partial<ApiError> {
  return !!error && typeof error === 'object' && typeof (error as ApiError).code === 'string';
}
