import { expect, test as base } from '@playwright/test';

/**
 * The journeys' `test`: Playwright's, plus a guard that fails a test when its page met a
 * Content-Security-Policy or Trusted Types violation (the server's strict policy, mock-api/lib/site.ts).
 * The browser's `securitypolicyviolation` events and its console errors about the policy are both
 * collected; the server's report endpoint is checked once more by the global teardown.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(
            `[csp] ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
          ),
        ),
      );
      context.on('console', (message) => {
        const text = message.text();
        if (
          message.type() === 'error' &&
          /\[csp\]|Content Security Policy|Trusted ?Type/i.test(text)
        )
          violations.push(`${message.page()?.url() ?? '?'}: ${text.split('\n')[0]}`);
      });
      await use();
      expect(violations, 'CSP violations on the pages this test visited').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page } from '@playwright/test';
