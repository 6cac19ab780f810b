// `npm run bench:web -- --lighthouse [--desktop] [--applied] [--cpu-slowdown N] [--runs N] [--only TEXT] [--save DIR] [--verbose]`: Lighthouse's performance
// audit of the production deployment, page by page, signed in as the role that uses each page.
//
// Starts `npm run serve`'s server (mock-api/serve.ts: production build, compression, caching, strict
// CSP) on a fresh demo database, opens the system Chromium (CHROME_PATH or CHROME_BIN, default
// /usr/bin/chromium) and runs Lighthouse's mobile preset (`--desktop`: the desktop preset) on each
// page of PAGES N times (default 3), with an empty HTTP cache every run. The session is set the way
// the app keeps it (localStorage, src/app/core/auth/auth.storage.ts) from a real POST /api/auth/login.
// Prints, per page, the median of the runs for each column: the performance score, Largest
// Contentful Paint, Total Blocking Time, Cumulative Layout Shift and the bytes transferred.
//
// Lighthouse's default throttling is simulated (a mid-range phone on a slow 4G network for the mobile
// preset), computed from what the page did on this machine: a machine busy with other work yields
// lower scores. Compare runs made back to back. `--only` keeps the pages whose name contains TEXT (or one of
// TEXT,TEXT…);
// `--save` writes each run's full report (JSON, for the Lighthouse viewer) and its trace (for the
// browser's Performance panel) into DIR. `--applied` throttles for real instead of simulating (what
// the simulation does not model, such as a page waiting for the API, then shows). `--cpu-slowdown N`
// sets the simulated CPU slowdown (below).
// `--json FILE` also writes every run's figures, page by page (.ci/bench-compare.ts reads them).
// `--verbose` prints each page's scores run by run as soon as the page is done, with Lighthouse's
// benchmark index of the machine as each run began (how fast it was then: a busy moment shows as a
// lower index).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { chromium } from 'playwright-core';
import { median } from './median.ts';

interface LhPage {
  name: string;
  /** A path, or a function of the API (signed in as `role`) that finds one. */
  path: string | ((api: (path: string) => Promise<unknown>) => Promise<string>);
  /** The demo account signed in; none for /login. */
  role?: string;
}

/** The session key and shape of src/app/core/auth/auth.storage.ts. */
const SESSION_KEY = 'portal.auth';

export const PAGES: LhPage[] = [
  { name: '/login', path: '/login' },
  { name: '/ (buyer)', path: '/', role: 'buyer@c1.example' },
  { name: '/procurement/catalog', path: '/procurement/catalog', role: 'buyer@c1.example' },
  {
    name: 'product page',
    role: 'buyer@c1.example',
    path: async (api) => {
      const [first] = (await api('/api/products?limit=1')) as { id: string }[];
      return `/procurement/products/${first!.id}`;
    },
  },
  { name: '/procurement/cart', path: '/procurement/cart', role: 'buyer@c1.example' },
  { name: '/procurement/import', path: '/procurement/import', role: 'buyer@c1.example' },
  { name: '/approvals (hr)', path: '/approvals', role: 'hr@c1.example' },
  { name: '/budgets (hr)', path: '/budgets', role: 'hr@c1.example' },
  { name: '/admin/settings', path: '/admin/settings', role: 'admin@c1.example' },
  { name: '/welfare/store (employee)', path: '/welfare/store', role: 'employee@c1.example' },
  { name: '/travel (employee)', path: '/travel', role: 'employee@c1.example' },
];

export interface Figures {
  perf: number;
  lcp: number;
  tbt: number;
  cls: number;
  kb: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const desktop = process.argv.includes('--desktop');
const runs = Math.max(1, Number(arg('--runs') ?? 3));
const only = arg('--only');
const saveDir = arg('--save');
const jsonFile = arg('--json');
const chrome = process.env['CHROME_PATH'] ?? process.env['CHROME_BIN'] ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

async function waitFor(url: string, ok: (r: Response) => boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if (ok(await fetch(url, { headers: { 'accept-encoding': 'br' } }))) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in time`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// serve() without serve.ts's build step: bench:web has just built the app (from the sources as they are).
const server = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "const { serve } = await import('./mock-api/serve.ts'); await serve({ port: Number(process.env.PORT), host: '127.0.0.1', dbFile: process.env.DB_FILE, quiet: true });",
  ],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_FILE: join(dataDir, 'db.json'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const debugPort = await freePort();
let exitCode = 0;
try {
  await waitFor(`${base}/api/health`, (r) => r.ok);
  // The hashed scripts are served precompressed (brotli 11) once the server has packed them.
  const index = await (await fetch(`${base}/login`)).text();
  const mainJs = /src="(main-[^"]+\.js)"/.exec(index)?.[1];
  if (mainJs) await waitFor(`${base}/${mainJs}`, (r) => r.headers.has('content-length'));

  const context = await chromium.launchPersistentContext(join(dataDir, 'profile'), {
    executablePath: chrome,
    headless: true,
    args: [
      `--remote-debugging-port=${debugPort}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${base}/robots.txt`);

  const flags: Flags = {
    port: debugPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // the session lives in localStorage; the HTTP cache is emptied before each run instead
    disableStorageReset: true,
    // --applied: throttle the page for real (DevTools' network and CPU throttling) and measure what
    // happens, instead of simulating a slow phone from an unthrottled run
    ...(process.argv.includes('--applied') ? { throttlingMethod: 'devtools' as const } : {}),
    // --cpu-slowdown N: the simulated phone's CPU as N times slower than this machine's (default 4:
    // a fast desktop's). On a slower machine a smaller N stands for the same phone; Lighthouse
    // merges it into the preset's throttling.
    ...(arg('--cpu-slowdown')
      ? { throttling: { cpuSlowdownMultiplier: Number(arg('--cpu-slowdown')) } }
      : {}),
  };
  const config = desktop ? desktopConfig : undefined;

  const rows: { name: string; figures: Figures }[] = [];
  const everyRun: { name: string; runs: Figures[] }[] = [];
  for (const page of PAGES) {
    if (only && !only.split(',').some((o) => page.name.includes(o))) continue;
    let session: string | null = null;
    let token = '';
    if (page.role) {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: page.role, password: 'Passw0rd!' }),
      });
      if (!login.ok) throw new Error(`cannot sign in as ${page.role}: ${login.status}`);
      const { token: t, user } = (await login.json()) as { token: string; user: unknown };
      token = t;
      session = JSON.stringify({ token, user });
    }
    const api = async (path: string) => {
      const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
      return r.json();
    };
    const path = typeof page.path === 'string' ? page.path : await page.path(api);
    await tab.evaluate(
      ([key, value]) => {
        const storage = (globalThis as unknown as { localStorage: Storage }).localStorage;
        storage.clear();
        if (value) storage.setItem(key!, value);
      },
      [SESSION_KEY, session],
    );
    const all: Figures[] = [];
    /** Lighthouse's benchmark index of the machine at each run's start: how fast it was then. */
    const speed: number[] = [];
    let retries = 0;
    for (let i = 0; i < runs; i++) {
      await cdp.send('Network.clearBrowserCache');
      const result = await lighthouse(`${base}${path}`, flags, config);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      // A trace Chromium failed to record (NO_NAVSTART, NO_FCP on a loaded machine): run again.
      if (lhr.runtimeError && retries < 3) {
        console.error(`${page.name}: ${lhr.runtimeError.code}, running again`);
        retries++;
        i--;
        continue;
      }
      if (saveDir) {
        mkdirSync(saveDir, { recursive: true });
        const file = `${page.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${desktop ? 'desktop' : 'mobile'}-${i + 1}.json`;
        writeFileSync(join(saveDir, file), JSON.stringify(lhr));
        // the trace, for the browser's Performance panel: what each long task was
        writeFileSync(
          join(saveDir, file.replace(/\.json$/, '.trace.json')),
          JSON.stringify(result.artifacts.Trace),
        );
      }
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
      const final = new URL(lhr.finalDisplayedUrl).pathname;
      if (final !== path)
        throw new Error(`${path} ended on ${final}: is ${page.role ?? 'nobody'} allowed there?`);
      const n = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      speed.push(Math.round(lhr.environment.benchmarkIndex));
      all.push({
        perf: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        lcp: n('largest-contentful-paint'),
        tbt: n('total-blocking-time'),
        cls: n('cumulative-layout-shift'),
        kb: n('total-byte-weight') / 1000,
      });
    }
    const figures: Figures = {
      perf: median(all.map((f) => f.perf)),
      lcp: median(all.map((f) => f.lcp)),
      tbt: median(all.map((f) => f.tbt)),
      cls: median(all.map((f) => f.cls)),
      kb: median(all.map((f) => f.kb)),
    };
    rows.push({ name: page.name, figures });
    everyRun.push({ name: page.name, runs: all });
    if (process.argv.includes('--verbose'))
      console.log(
        page.name,
        all.map((f) => f.perf).join(' '),
        `(benchmark index ${speed.join(' ')})`,
      );
  }
  await context.close();
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(everyRun));

  const preset = desktop ? 'desktop' : 'mobile';
  console.log(`\nLighthouse ${preset} preset, median of ${runs} run(s) per page:\n`);
  console.log(`| page | perf ${preset} | LCP | TBT | CLS | transfer |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const { name, figures: f } of rows)
    console.log(
      `| ${name} | ${f.perf} | ${(f.lcp / 1000).toFixed(1)} s | ${Math.round(f.tbt)} ms | ${f.cls.toFixed(3)} | ${Math.round(f.kb)} kB |`,
    );
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
