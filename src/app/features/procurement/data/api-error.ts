import type { ApiError } from '../../../core/http/api-error';

/** i18n key of the sentence that explains an error to the user. */
export function errorKey(error: ApiError): string {
  switch (error.code) {
    case 'NETWORK':
      return 'procurement.error.network';
    case 'BUDGET_EXCEEDED':
      return 'procurement.error.budget';
    case 'NOT_FOUND':
      return 'procurement.error.notFound';
    case 'NOT_ALLOWED_IN_STATE':
      return 'procurement.error.state';
    case 'VALIDATION_FAILED':
      return 'procurement.error.validation';
    case 'IDEMPOTENCY_MISMATCH':
      return 'procurement.error.idempotency';
    case 'FORBIDDEN':
      return 'procurement.error.forbidden';
    default:
      return error.status >= 500 ? 'procurement.error.server' : 'procurement.error.generic';
  }
}
