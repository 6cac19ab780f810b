/**
 * Material's first text field asks the browser which input types it supports, one throwaway element
 * per type (`core/layout/field-defaults.ts`), and the date type makes the browser build its date
 * formats: 20–40 ms on this machine, 2–4× that on a phone, on the main thread, where nothing else
 * needs them before the first page. Started as the app's code begins, this worker builds them on
 * another thread while the page's code downloads (the browser keeps them for the whole page, across
 * threads), and the question then costs a few milliseconds. Where no worker starts, the question
 * builds them itself, as before.
 */
export function warmDateFormats(start = startDateFormatsWorker): void {
  try {
    const worker = start();
    worker.onmessage = worker.onerror = () => worker.terminate();
  } catch {
    // no worker here (or not allowed): nothing is lost but the head start
  }
}

/** The worker that builds the date formats of the portal's two languages, then says 'ready'. */
export function startDateFormatsWorker(): Worker {
  return new Worker(new URL('./date-formats.worker', import.meta.url), { type: 'module' });
}
