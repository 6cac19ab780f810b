import type { HttpHeaders, HttpResponse } from '@angular/common/http';
import { Signal, effect, signal, untracked } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';

/** One remote value with its loading and error state, for panels and pages. */
export interface Remote<T> {
  readonly value: Signal<T | undefined>;
  readonly headers: Signal<HttpHeaders | undefined>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
  reload(): void;
  /** Replaces the value with a newer one the app already has (e.g. the answer to a save). */
  set(value: T): void;
}

/**
 * Loads `request()` (an HttpClient call with `observe: 'response'`) and again whenever a signal it
 * reads changes or `reload()` is called; `null` means "nothing to load". Must be created in an
 * injection context (it uses an effect; the request in flight is cancelled on change and destroy).
 *
 * A deliberately small alternative to `httpResource`: what an app uses of @angular/core anywhere
 * ends up in the initial JavaScript, and the resource API is sizeable.
 */
export function remote<T>(
  request: () => Observable<HttpResponse<T>> | null | undefined,
): Remote<T> {
  const value = signal<T | undefined>(undefined);
  const headers = signal<HttpHeaders | undefined>(undefined);
  const loading = signal(false);
  const error = signal<unknown>(null);
  const trigger = signal(0);
  effect((onCleanup) => {
    trigger();
    const request$ = request();
    let subscription: Subscription | undefined;
    untracked(() => {
      if (!request$) {
        // nothing to load (e.g. signed out): forget what was loaded before
        loading.set(false);
        value.set(undefined);
        headers.set(undefined);
        return;
      }
      loading.set(true);
      error.set(null);
      subscription = request$.subscribe({
        next: (response) => {
          value.set(response.body ?? undefined);
          headers.set(response.headers);
          loading.set(false);
        },
        error: (e: unknown) => {
          error.set(e);
          loading.set(false);
        },
      });
    });
    onCleanup(() => subscription?.unsubscribe());
  });
  return {
    value: value.asReadonly(),
    headers: headers.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    reload: () => trigger.update((n) => n + 1),
    set: (next: T) => {
      value.set(next);
      error.set(null);
    },
  };
}
