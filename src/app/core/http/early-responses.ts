import type { HttpInterceptorFn } from '@angular/common/http';

/** Set once reads were started before the app booted (src/app/early-requests.ts). */
let serveEarly: HttpInterceptorFn | null = null;
/** The URLs the app asked for while the early reads' code was still on its way. */
let askedMeanwhile: Set<string> | null = null;

/** Called when the early reads' code starts to download: the app's requests until then are noted. */
export function noteRequestsUntilServed(): void {
  serveEarly = null;
  askedMeanwhile = new Set();
}

/** Whether the app has asked for `url` already: a read started now would come too late. */
export function askedAlready(url: string): boolean {
  return askedMeanwhile?.has(url) ?? false;
}

/** Lets `interceptor` answer requests from the early reads (null: there are none); ends the notes. */
export function serveEarlyResponsesWith(interceptor: HttpInterceptorFn | null): void {
  serveEarly = interceptor;
  askedMeanwhile = null;
}

/**
 * Hands requests to the early reads' interceptor when there is one. Placed last, after the token and
 * error interceptors: an early answer is served as the network's would be. The logic itself is in
 * the chunk that started the reads, so the login page does not download it.
 */
export const earlyResponseInterceptor: HttpInterceptorFn = (req, next) => {
  if (serveEarly) return serveEarly(req, next);
  askedMeanwhile?.add(req.urlWithParams);
  return next(req);
};
