import { linkedSignal, type WritableSignal } from '@angular/core';

/**
 * Whether the screen is at least `minWidth` px wide, read once when a page is made. Narrower (a
 * phone), list pages keep some filters behind a button, so that the list comes first and the
 * page's first render has fewer form fields to make.
 */
export function isWiderThan(minWidth: number): boolean {
  return typeof matchMedia === 'function' ? matchMedia(`(min-width: ${minWidth}px)`).matches : true;
}

/**
 * Whether a phone's filters behind their button are open: the button opens and closes them, and
 * they open by themselves when `set` says one of them is set (a link, back/forward).
 */
export function filtersOpenWhenSet(set: () => boolean): WritableSignal<boolean> {
  return linkedSignal<boolean, boolean>({
    source: set,
    computation: (isSet, previous) => isSet || (previous?.value ?? false),
  });
}
