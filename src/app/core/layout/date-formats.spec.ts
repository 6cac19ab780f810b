import { startDateFormatsWorker, warmDateFormats } from './date-formats';

describe("The browser's date formats, built by a worker before the first field", () => {
  it("the build's worker builds them and says it is ready", async () => {
    const worker = startDateFormatsWorker();
    const answer = await new Promise((resolve) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = () => resolve('failed');
    });
    worker.terminate();
    expect(answer).toBe('ready');
  });

  it('the worker is ended once it has answered, or has failed', () => {
    for (const end of ['message', 'error'] as const) {
      const worker = { onmessage: null, onerror: null, terminate: jasmine.createSpy('terminate') };
      warmDateFormats(() => worker as unknown as Worker);
      expect(worker.terminate).not.toHaveBeenCalled();
      const handler = (end === 'message' ? worker.onmessage : worker.onerror) as unknown as (
        e: Event,
      ) => void;
      handler(new Event(end));
      expect(worker.terminate).withContext(end).toHaveBeenCalledTimes(1);
    }
  });

  it('where no worker may start, the app starts all the same', () => {
    expect(() =>
      warmDateFormats(() => {
        throw new DOMException('not allowed', 'SecurityError');
      }),
    ).not.toThrow();
  });
});
