import { DestroyRef, PendingTasks, type Signal, inject, signal } from '@angular/core';

/**
 * A flag that turns true in the task after the one that makes the component: for what sits below a
 * page's first screen (the paginator under a list), so that making it does not lengthen the task
 * that makes the page, which on a phone delays the first tap. What it shows is made in the next
 * change detection, with whatever else has changed by then: keep it small (a whole list goes in
 * slices: `renderInSlices`). The application is not stable until it turns, so `whenStable` (and the
 * tests) see the page whole.
 */
export function afterFirstRender(): Signal<boolean> {
  const made = signal(false);
  const settle = inject(PendingTasks).add();
  const timer = setTimeout(() => {
    made.set(true);
    settle();
  });
  inject(DestroyRef).onDestroy(() => {
    clearTimeout(timer);
    settle();
  });
  return made.asReadonly();
}
