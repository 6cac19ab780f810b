import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// End-to-end journeys against the real mock API (fresh temporary database) and the dev server,
// in Debian's Chromium: browsers cannot be downloaded on these machines.
const API_PORT = Number(process.env['E2E_API_PORT'] ?? 3900);
const WEB_PORT = Number(process.env['E2E_WEB_PORT'] ?? 4900);
const dbFile =
  process.env['E2E_DB_FILE'] ?? join(mkdtempSync(join(tmpdir(), 'portal-e2e-db-')), 'db.json');
// Every API answer of the run is checked against mock-api/openapi.yaml by the proxy in front of the
// mock API; the global teardown fails the run when this file lists a violation.
const contractViolations = (process.env['CONTRACT_VIOLATIONS'] ??= join(
  mkdtempSync(join(tmpdir(), 'portal-e2e-contract-')),
  'violations.txt',
));

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
  globalTeardown: './support/contract-teardown.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky journey is a bug to fix, not to hide.
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
  webServer: [
    {
      command: 'node mock-api/test/contract-proxy.ts',
      cwd: '..',
      env: {
        PORT: String(API_PORT),
        DB_FILE: dbFile,
        CONTRACT_VIOLATIONS: contractViolations,
      },
      url: `http://127.0.0.1:${API_PORT}/api/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `ng serve --port ${WEB_PORT} --host 127.0.0.1`,
      cwd: '..',
      // src/proxy.conf.mjs sends /api to $API_PORT; ng serve itself obeys $PORT over --port
      env: { PORT: String(WEB_PORT), API_PORT: String(API_PORT), NG_CLI_ANALYTICS: 'false' },
      url: `http://127.0.0.1:${WEB_PORT}/`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
