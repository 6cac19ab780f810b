/**
 * index.html shows a returning user the portal's frame until the first page is on screen. The App
 * removes it when its route's component is on screen, except for a layout that puts its page on
 * screen later and removes the frame itself then (the shell: `REMOVES_BOOT_FRAME`).
 */
export const BOOT_FRAME = 'body > .boot';

export function removeBootFrame(document: Document): void {
  document.querySelector(BOOT_FRAME)?.remove();
}

/** Said by a routed layout (its component has this key) that removes the frame itself. */
export const REMOVES_BOOT_FRAME = 'removesBootFrame';
