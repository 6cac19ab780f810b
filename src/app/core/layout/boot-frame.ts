/**
 * index.html shows a returning user the portal's frame until the first page is on screen. The App
 * removes it when its route's component is on screen, except for a layout that puts its page on
 * screen later and removes the frame itself then (the shell: `REMOVES_BOOT_FRAME`).
 */
export const BOOT_FRAME = 'body > .boot';

/** What keeps the frame up a little longer (a page's early answer on its way to the screen). */
let holds = 0;
let removalAsked: Document | null = null;

/** Removes the frame now, or when the last hold is released. */
export function removeBootFrame(document: Document): void {
  if (holds > 0) removalAsked = document;
  else document.querySelector(BOOT_FRAME)?.remove();
}

/**
 * Keeps the frame up, even when asked to remove it, until the function returned is called (once
 * is enough; later calls do nothing): for a page whose data comes a task after the page, so that
 * the frame's pictures give way to the page's, never to its loading state.
 */
export function holdBootFrame(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds === 0 && removalAsked) {
      const document = removalAsked;
      removalAsked = null;
      removeBootFrame(document);
    }
  };
}

/** Said by a routed layout (its component has this key) that removes the frame itself. */
export const REMOVES_BOOT_FRAME = 'removesBootFrame';
