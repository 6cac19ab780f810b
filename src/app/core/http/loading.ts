import { HttpInterceptorFn } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { finalize } from 'rxjs';
import { BACKGROUND } from './http-context';

/** How many foreground requests are in flight; the top progress bar shows while any is. */
@Injectable({ providedIn: 'root' })
export class LoadingIndicator {
  private readonly inFlight = signal(0);
  readonly active = computed(() => this.inFlight() > 0);
  readonly count = this.inFlight.asReadonly();

  start(): void {
    this.inFlight.update((n) => n + 1);
  }

  stop(): void {
    this.inFlight.update((n) => Math.max(0, n - 1));
  }
}

export const loadingInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.context.get(BACKGROUND)) return next(req);
  const indicator = inject(LoadingIndicator);
  indicator.start();
  return next(req).pipe(finalize(() => indicator.stop()));
};
