import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import { isProblem, type Problem } from '../../../domain/index.ts';
import type { I18n } from '../i18n/i18n';

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

/**
 * What to tell the user about a failed request, in the active language: our text for the problem's
 * `code` when we have one, else the server's detail/title; network and server failures get their own text.
 */
export function errorMessage(error: unknown, i18n: Pick<I18n, 't' | 'has'>): string {
  const problem = problemOf(error);
  if (problem) {
    const key = `error.${problem.code}`;
    if (i18n.has(key)) return i18n.t(key);
    return problem.detail || problem.title || i18n.t('error.generic');
  }
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return i18n.t('error.network');
    if (error.status >= 500) return i18n.t('error.server');
    if (error.status === 403) return i18n.t('error.FORBIDDEN');
    if (error.status === 404) return i18n.t('error.NOT_FOUND');
  }
  return i18n.t('error.generic');
}
