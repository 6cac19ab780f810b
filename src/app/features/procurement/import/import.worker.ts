/// <reference lib="webworker" />
// Parses and checks order sheets off the main thread, so a 1,000-line sheet never freezes the page.
import type { ImportRequest, ImportResponse } from './import-protocol';
import { checkInChunks, parseText, parseXlsx } from './import-work';

const post = (msg: ImportResponse) =>
  (self as unknown as { postMessage(m: ImportResponse): void }).postMessage(msg);

addEventListener('message', async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    if (data.type === 'parseText')
      post({ id: data.id, type: 'parsed', drafts: await parseText(data.text) });
    else if (data.type === 'parseXlsx')
      post({ id: data.id, type: 'parsed', drafts: await parseXlsx(data.data) });
    else {
      const lines = await checkInChunks(data.drafts, data.products, (done, total) =>
        post({ id: data.id, type: 'progress', done, total }),
      );
      post({ id: data.id, type: 'checked', lines });
    }
  } catch (e) {
    post({ id: data.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
