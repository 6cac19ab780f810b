import type { HttpInterceptorFn } from '@angular/common/http';

/** Set once reads were started before the app booted (src/app/early-requests.ts). */
let serveEarly: HttpInterceptorFn | null = null;

/** Lets `interceptor` answer requests from the early reads (it passes the rest on). */
export function serveEarlyResponsesWith(interceptor: HttpInterceptorFn): void {
  serveEarly = interceptor;
}

/**
 * Hands requests to the early reads' interceptor when there is one. Placed last, after the token and
 * error interceptors: an early answer is served as the network's would be. The logic itself is in
 * the chunk that started the reads, so the login page does not download it.
 */
export const earlyResponseInterceptor: HttpInterceptorFn = (req, next) =>
  serveEarly ? serveEarly(req, next) : next(req);
