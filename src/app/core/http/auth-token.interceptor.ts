import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_URL } from '../api/api-base-url';
import { AuthSession } from '../auth/auth-session';

/** True when `url` goes to our API (and so may carry the token); never for third parties. */
export function isApiUrl(url: string, base: string): boolean {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  return url === root || url.startsWith(`${root}/`) || url.startsWith(`${root}?`);
}

/** Adds `Authorization: Bearer <token>` to requests for API_BASE_URL only. */
export const authTokenInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (!isApiUrl(req.url, base) || req.headers.has('Authorization')) return next(req);
  const token = inject(AuthSession).token();
  return next(token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req);
};
