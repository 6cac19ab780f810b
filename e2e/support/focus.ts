import type { Page } from '@playwright/test';

/** The focus ring of the focused element: its outline, Material's focus indicator or its form field's outline. */
export interface FocusRing {
  element: string;
  kind: 'outline' | 'indicator' | 'field' | 'none';
  color: string;
  widthPx: number;
}

/** Presses Tab `count` times and describes the focus ring each stop shows. */
export async function tabStops(page: Page, count: number): Promise<FocusRing[]> {
  const stops: FocusRing[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    // Some rings (the switch's) come from a class Angular's change detection sets after the focus
    // moves: read the ring the next frame paints, as a user sees it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    stops.push(
      await page.evaluate((): FocusRing => {
        const el = document.activeElement as HTMLElement;
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        const element = `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} ${label}`;
        const cs = getComputedStyle(el);
        if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0)
          return {
            element,
            kind: 'outline',
            color: cs.outlineColor,
            widthPx: parseFloat(cs.outlineWidth),
          };
        const indicators = [el, ...el.querySelectorAll('.mat-focus-indicator')];
        if (el.parentElement)
          indicators.push(...el.parentElement.querySelectorAll('.mat-focus-indicator'));
        for (const c of indicators) {
          const b = getComputedStyle(c, '::before');
          if (b.content !== 'none' && b.display !== 'none' && parseFloat(b.borderTopWidth) > 0)
            return {
              element,
              kind: 'indicator',
              color: b.borderTopColor,
              widthPx: parseFloat(b.borderTopWidth),
            };
        }
        const outline = el
          .closest('.mat-mdc-form-field')
          ?.querySelector('.mdc-notched-outline__leading');
        if (outline) {
          const o = getComputedStyle(outline);
          return {
            element,
            kind: 'field',
            color: o.borderTopColor,
            widthPx: parseFloat(o.borderTopWidth),
          };
        }
        return { element, kind: 'none', color: '', widthPx: 0 };
      }),
    );
  }
  return stops;
}
