// `npm run bench:web`: what the production build makes a browser download. Serves dist/ (with /api
// proxied to a fresh mock API), opens the login page in Chromium and sums the gzip size of every
// script it loads, then signs in as each demo role and reports the extra JavaScript each route
// pulls in. Exits non-zero when the login page needs more than LOGIN_BUDGET_KB.
// `--lighthouse` runs Lighthouse on each page instead (.ci/bench-lighthouse.ts); with `--baseline REV`,
// on this build and on the git revision REV's in alternating rounds (.ci/bench-compare.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

if (process.argv.includes('--lighthouse')) {
  await import(
    process.argv.includes('--baseline') ? './bench-compare.ts' : './bench-lighthouse.ts'
  );
}

// 110 kB of code, and 0.3 kB for the first line each script of the build carries since the compile
// hints (.ci/compile-hints.ts): 30 bytes a script that gzip cannot shrink.
const LOGIN_BUDGET_KB = 110.5;
const DIST = join(import.meta.dirname, '..', 'dist', 'portal', 'browser');
const API_PORT = 3950;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

const ROUTES: Record<string, string[]> = {
  'buyer@c1.example': [
    '/',
    '/procurement',
    '/procurement/cart',
    '/procurement/orders',
    '/procurement/import',
    '/budgets',
  ],
  'hr@c1.example': ['/', '/approvals', '/budgets', '/welfare', '/travel'],
  'admin@c1.example': ['/', '/admin/settings'],
  'employee@c1.example': ['/', '/welfare', '/travel'],
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No production build in dist/: run `npm run bench:web` (it builds first).');
  process.exit(1);
}

const api = spawn(process.execPath, ['mock-api/server.ts'], {
  env: {
    ...process.env,
    PORT: String(API_PORT),
    DB_FILE: join(mkdtempSync(join(tmpdir(), 'bench-web-')), 'db.json'),
  },
  stdio: 'ignore',
});
await waitFor(`http://127.0.0.1:${API_PORT}/api/health`);

const web = createServer((req, res) => {
  if (req.url?.startsWith('/api')) {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: API_PORT,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    req.pipe(upstream);
    return;
  }
  let file = normalize(join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0])));
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
    file = join(DIST, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => web.once('listening', r));
const base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;

// kB = 1000 bytes, as the Angular CLI counts.
const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1000;
const browser = await chromium.launch({
  executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

let exitCode = 0;
try {
  const rows: { page: string; files: number; kb: number }[] = [];
  for (const [email, routes] of Object.entries(ROUTES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = new Set<string>();
    const take = () => {
      const files = [...loaded].filter((f) => !seen.has(f));
      files.forEach((f) => seen.add(f));
      // `--files`: which files each step adds (to find what grew)
      if (process.argv.includes('--files'))
        for (const f of files) console.log(`    ${f} ${gzipKb(f).toFixed(1)} kB`);
      return { files: files.length, kb: files.reduce((sum, f) => sum + gzipKb(f), 0) };
    };
    const loaded = new Set<string>();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname.slice(1);
      if (path.endsWith('.js')) loaded.add(path);
    });
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    const login = take();
    if (rows.length === 0) rows.push({ page: 'first visit: /login', ...login });
    await page
      .getByLabel(/邮箱|Email/i)
      .first()
      .fill(email);
    await page
      .getByLabel(/密码|Password/i)
      .first()
      .fill('Passw0rd!');
    await page.getByRole('button', { name: /^\s*(登录|Sign in|Log in)\s*$/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    rows.push({ page: `${email} after login`, ...take() });
    for (const route of routes.slice(1)) {
      await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
      rows.push({ page: `  + ${route}`, ...take() });
    }
    await context.close();
  }
  console.log('\nJavaScript downloaded (gzip -9 of the production build), per step:');
  for (const r of rows)
    console.log(
      `${r.page.padEnd(42)} ${String(r.files).padStart(3)} files ${r.kb.toFixed(1).padStart(8)} kB`,
    );
  const loginKb = rows[0].kb;
  console.log(
    `\nfirst visit to /login: ${loginKb.toFixed(2)} kB gzip (budget ${LOGIN_BUDGET_KB} kB)`,
  );
  if (loginKb > LOGIN_BUDGET_KB) exitCode = 1;
} finally {
  await browser.close();
  web.close();
  api.kill();
}
process.exit(exitCode);

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}
