import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';
import { I18n } from '../i18n/i18n';
import { isApiUrl } from './auth-token.interceptor';
import { SILENT_ERRORS } from './http-context';
import { Notifier } from './notifier';
import { errorMessage, problemOf } from './problem';

/**
 * Turns failed API requests into something the user understands:
 * - 401 on any request but the login itself while signed in → the session has expired: back to
 *   the login page, which says so and returns here after signing in;
 * - problem+json with field `errors` → left to the form (see `applyProblemToForm`);
 * - anything else → a snackbar with our text for the problem's `code` (or its detail), unless the
 *   request carries `SILENT_ERRORS` because its caller shows the error itself.
 * The error is always re-thrown so callers can react.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  const session = inject(AuthSession);
  const router = inject(Router);
  const i18n = inject(I18n);
  const notifier = inject(Notifier);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !isApiUrl(req.url, base))
        return throwError(() => error);
      const isLogin = req.url === `${base}/auth/login`;
      if (error.status === 401 && !isLogin) {
        // ignored while signed out and while a stored session is being validated
        session.expire(router.url);
        return throwError(() => error);
      }
      if (req.context.get(SILENT_ERRORS)) return throwError(() => error);
      const problem = problemOf(error);
      if (problem?.errors?.length) return throwError(() => error);
      void notifier.error(errorMessage(error, i18n));
      return throwError(() => error);
    }),
  );
};
