/**
 * Material's first text field asks the browser which input types it supports, one throwaway element
 * per type (`field-defaults.ts`), and the date type makes the browser build its date formats: 17–40
 * ms on a desktop, 2–4× that on a phone, on the main thread, where nothing else needs them before
 * the first page. Started with the shell's code (`shell.routes.ts`), this worker builds them on
 * another thread while the page's code downloads (the browser keeps them for the whole page, across
 * threads), and the question then costs a few milliseconds. The worker ends itself; where none
 * starts, the question builds them itself, as before.
 */
export function warmDateFormats(): Worker | null {
  try {
    return new Worker(new URL('./date-formats.worker', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
