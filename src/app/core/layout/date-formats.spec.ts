import { warmDateFormats } from './date-formats';

describe("The browser's date formats, built by a worker before the first field", () => {
  it('the worker builds them and says it is ready', async () => {
    const worker = warmDateFormats()!;
    const answers: unknown[] = [];
    await new Promise<void>((resolve) => {
      worker.onmessage = (event) => {
        answers.push(event.data);
        resolve();
      };
      worker.onerror = () => resolve();
    });
    expect(answers).toEqual(['ready']);
  });

  it('where no worker may start, the app starts all the same', () => {
    spyOn(globalThis, 'Worker').and.throwError(new DOMException('not allowed', 'SecurityError'));
    expect(warmDateFormats()).toBeNull();
  });
});
