import type { I18n } from '../../../core/i18n/i18n';
import type { ApiError } from '../../../core/http/api-error';

/** A load failure in words (null when there is none). */
export function budgetErrorText(i18n: I18n, error: ApiError | null): string | null {
  if (!error) return null;
  const key =
    error.code === 'NETWORK' || error.code === 'NOT_FOUND'
      ? `budgets.error.${error.code}`
      : 'budgets.error.generic';
  return i18n.t(key, { detail: error.detail });
}
