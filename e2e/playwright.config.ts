import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// End-to-end journeys against the production server (`npm run serve`: the app's production build and
// the real mock API on one origin, with its strict CSP; fresh temporary database), in Debian's
// Chromium: browsers cannot be downloaded on these machines. The server builds the app first when
// its build is missing or older than the sources (`npm test` has just built it).
const WEB_PORT = Number(process.env['E2E_WEB_PORT'] ?? 4900);
const dbFile =
  process.env['E2E_DB_FILE'] ?? join(mkdtempSync(join(tmpdir(), 'portal-e2e-db-')), 'db.json');
// Every API answer of the run is checked against mock-api/openapi.yaml by the proxy in front of the
// server, which also records the CSP violation reports the server receives; the global teardown
// fails the run when either file lists a violation (and each test fails on a violation its page
// saw: support/fixtures.ts).
const violationsDir = mkdtempSync(join(tmpdir(), 'portal-e2e-violations-'));
const contractViolations = (process.env['CONTRACT_VIOLATIONS'] ??= join(
  violationsDir,
  'contract.txt',
));
const cspViolations = (process.env['CSP_VIOLATIONS'] ??= join(violationsDir, 'csp.txt'));

const chromium = {
  executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests',
  globalTeardown: './support/violations-teardown.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  // A flaky journey is a bug to fix, not to hide: each test runs once.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['E2E_JSON_REPORT'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    command: 'node mock-api/test/contract-proxy.ts',
    cwd: '..',
    env: {
      PORT: String(WEB_PORT),
      DB_FILE: dbFile,
      CONTRACT_VIOLATIONS: contractViolations,
      CSP_VIOLATIONS: cspViolations,
      NG_CLI_ANALYTICS: 'false',
    },
    url: `http://127.0.0.1:${WEB_PORT}/api/health`,
    // a stale build is rebuilt first
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
