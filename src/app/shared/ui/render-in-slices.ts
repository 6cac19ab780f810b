import {
  DestroyRef,
  PendingTasks,
  type Signal,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';

/** How many cards each task makes: a phone's first screen shows two to four. */
const SLICE = 4;

/**
 * A list of cards made a few at a time, one task each: its first four items at once, then four
 * more per task until the list is whole. On a phone, making a page of cards in one go is one long
 * task that delays the first tap, while the first screen shows only the first few cards.
 * Once shown whole, the list stays whole: a new list (another search, another page) shows at once,
 * and only a longer one goes on in slices. The application is not stable until the last slice is
 * made, so `whenStable` (and the tests) see the whole list.
 */
export function renderInSlices<T>(list: Signal<readonly T[]>): Signal<readonly T[]> {
  const count = signal(SLICE);
  const pendingTasks = inject(PendingTasks);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (() => void) | undefined;
  const stop = (): void => {
    clearTimeout(timer);
    timer = undefined;
    settle?.();
    settle = undefined;
  };
  inject(DestroyRef).onDestroy(stop);
  effect(() => {
    const shown = count();
    if (shown >= list().length) {
      stop();
    } else if (!timer) {
      settle ??= pendingTasks.add();
      timer = setTimeout(() => {
        timer = undefined;
        count.set(shown + SLICE);
      });
    }
  });
  return computed(() => {
    const all = list();
    return count() >= all.length ? all : all.slice(0, count());
  });
}
