/** Resolves in a task after this one: what a test awaits to see work put off with `setTimeout`. */
export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done));
