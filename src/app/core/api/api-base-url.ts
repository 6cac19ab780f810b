import { InjectionToken } from '@angular/core';

/**
 * Where the portal's HTTP API lives. `/api` is proxied to the mock API in development; point it
 * at a real backend by providing another value in `app.config.ts`.
 */
export const DEFAULT_API_BASE = '/api';

export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => DEFAULT_API_BASE,
});
