import { HttpContext, HttpContextToken } from '@angular/common/http';

/** The caller shows errors itself: the error interceptor shows no snackbar for this request. */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);

/** Background request (polling, badges): it does not move the global loading bar. */
export const BACKGROUND = new HttpContextToken<boolean>(() => false);

export function silentErrors(context = new HttpContext()): HttpContext {
  return context.set(SILENT_ERRORS, true);
}

export function background(context = new HttpContext()): HttpContext {
  return context.set(BACKGROUND, true).set(SILENT_ERRORS, true);
}
