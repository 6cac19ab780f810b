import type { Page } from '@playwright/test';

/**
 * Holds back the page's requests matching `url` (a glob or a pattern, as page.route takes) until the
 * returned function is called; then they go on to the server. Routing also turns off the HTTP cache.
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
