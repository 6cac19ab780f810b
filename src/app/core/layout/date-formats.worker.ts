/// <reference lib="webworker" />
// Builds the browser's date formats of the portal's two languages on this worker's thread; the
// browser keeps them for the whole page (date-formats.ts). Then says so, and ends.
for (const locale of ['zh-CN', 'en']) {
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(0);
}
postMessage('ready');
close();
