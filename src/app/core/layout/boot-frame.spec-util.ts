/** Runs `test` with index.html's frame in the document (core/layout/boot-frame.ts), then removes it. */
export async function withBootFrame(test: (frame: HTMLElement) => Promise<void>): Promise<void> {
  const frame = document.body.appendChild(document.createElement('div'));
  frame.className = 'boot';
  try {
    await test(frame);
  } finally {
    frame.remove();
  }
}
