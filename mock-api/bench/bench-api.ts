// `npm run bench:api`: our mock API against plain json-server 0.17.4 on the same 50,000-product data.
// Seeds a temporary database, starts both servers on free loopback ports, measures p50/p95 latency of
// search, filter, product page and order submission (sequential requests, keep-alive, after a warm-up),
// prints a side-by-side table with ratios and writes the figures to bench-results/bench-api-<time>.json.
//
// Plain json-server gets the same data as one flat db.json (products + every other collection, plus a flat
// `priceFen` = first tier price so it can filter a price range) through `jsonServer.router(file)`, which
// rewrites the whole file on every write. It is slow, so it gets a time budget per scenario (at least 30
// requests). Exit code 1 when a target is missed.
//
// Then the same order submission on a grown database (BENCH_GROWN_ORDERS orders with their budget
// movements, approval tasks and idempotency records, written straight into a copy of the seeded file by
// grow-db.ts), interleaved with the fresh database in rounds so that both see the same machine load:
// p95 ≤ 20 ms and ≤ 1.5× the fresh database's p95; and the grown database's start-up time (< 3 s).
//
// Env: BENCH_SKUS (50000), BENCH_REQUESTS (300 per scenario on ours), BENCH_BASELINE_BUDGET_MS
// (time budget per scenario on json-server, 20000), BENCH_JSON_SERVER_MAX (300), BENCH_GROWN_ORDERS
// (20000), BENCH_ONLY (scenario name prefixes, comma-separated, e.g. `order`; `grown` for the grown
// database only; `flight` for the e差旅 flight search, p95 ≤ 30 ms).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogFileFor } from '../seed/generate.ts';
import { growDatabase } from './grow-db.ts';
import { loadSeededData } from './seeded-data.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKUS = Number(process.env['BENCH_SKUS'] ?? 50_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 300);
const BASELINE_BUDGET_MS = Number(process.env['BENCH_BASELINE_BUDGET_MS'] ?? 20_000);
const BASELINE_MAX = Number(process.env['BENCH_JSON_SERVER_MAX'] ?? 300);
const GROWN_ORDERS = Number(process.env['BENCH_GROWN_ORDERS'] ?? 20_000);
const WARMUP = 20;
const GROWN_TARGET = { p95Ms: 20, maxRatio: 1.5, startupMs: 3000 };

interface Scenario {
  name: string;
  target: { p95Ms?: number; minRatio?: number };
  ours: () => Request;
  plain: () => Request;
}

interface Request {
  path: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  expect: number;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
  errors: number;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', rej);
    child.once('exit', (code) =>
      code === 0 ? res() : rej(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(
  base: string,
  make: () => Request,
  maxN: number,
  budgetMs: number,
  warmup: number,
): Promise<Stats> {
  const once = () => timed(base, make());
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  let errors = 0;
  let firstError: number | undefined;
  const until = performance.now() + budgetMs;
  while (times.length < maxN && (times.length < 30 || performance.now() < until)) {
    const { ms, ok, status } = await once();
    times.push(ms);
    if (!ok) {
      errors++;
      firstError ??= status;
    }
  }
  if (errors) console.warn(`  ! ${errors} unexpected statuses (first: ${firstError}) on ${base}`);
  return statsOf(times, errors);
}

function statsOf(samples: number[], errors: number): Stats {
  const times = [...samples].sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    max: times.at(-1)!,
    errors,
  };
}

/**
 * The same scenario on several servers, in alternating rounds (after a warm-up on each), so that a change
 * of the machine's load hits them alike.
 */
async function measureInterleaved(
  targets: { base: string; make: () => Request }[],
  n: number,
  rounds: number,
): Promise<Stats[]> {
  for (const t of targets) for (let i = 0; i < WARMUP; i++) await timed(t.base, t.make());
  const samples = targets.map(() => [] as number[]);
  const errors = targets.map(() => 0);
  for (let r = 0; r < rounds; r++)
    for (const [k, t] of targets.entries())
      for (let i = 0; i < Math.ceil(n / rounds); i++) {
        const { ms, ok } = await timed(t.base, t.make());
        samples[k].push(ms);
        if (!ok) errors[k]++;
      }
  return samples.map((s, k) => statsOf(s, errors[k]));
}

async function timed(
  base: string,
  r: Request,
): Promise<{ ms: number; ok: boolean; status: number }> {
  const t0 = performance.now();
  const res = await fetch(base + r.path, {
    method: r.method ?? 'GET',
    headers: {
      ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...r.headers,
    },
    body: r.body !== undefined ? JSON.stringify(r.body) : undefined,
  });
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  return { ms, ok: res.status === r.expect, status: res.status };
}

/** Starts our server and resolves once it says it is ready: its own start-up time and the wall-clock time. */
function startOurs(
  port: number,
  dbFile: string,
): Promise<{ child: ChildProcess; readyMs: number; wallMs: number; cpuMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['mock-api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DB_FILE: dbFile, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ready in (\d+) ms .*CPU (\d+) ms/.exec(out);
      if (m) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        res({ child, readyMs: Number(m[1]), wallMs: performance.now() - t0, cpuMs: Number(m[2]) });
      }
    });
    child.once('exit', (code) => rej(new Error(`server on ${dbFile} exited with ${code}: ${out}`)));
  });
}

async function loginAs(base: string, email: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Passw0rd!' }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return (await login.json()) as {
    token: string;
    user: { id: string; departmentId: string; companyId: string };
  };
}

function flushDisk(): void {
  try {
    execFileSync('sync');
  } catch {
    /* no sync(1): nothing to flush */
  }
}

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length];
}

/** China local date, `days` from now. */
function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** GET /api/travel/flights on an approved trip: p95 ≤ 30 ms over varied routes and days. */
async function benchFlightSearch(
  base: string,
): Promise<{ name: string; ours: Stats; target: { p95Ms: number }; pass: boolean }> {
  const employee = await loginAs(base, 'employee@c1.example');
  const hr = await loginAs(base, 'hr@c1.example');
  const json = async <T>(token: string, path: string, body?: unknown, key?: string): Promise<T> => {
    const res = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const [start, end] = [chinaDay(7), chinaDay(20)];
  const trip = await json<{ id: string }>(
    employee.token,
    '/api/travel/trips',
    { purpose: '基准测试出差', destinations: ['BJS', 'CTU'], startDate: start, endDate: end },
    `bench-trip-${process.pid}`,
  );
  for (const task of await json<{ id: string; subjectId: string; version: number }[]>(
    hr.token,
    '/api/approvals?subjectType=trip&status=pending',
  ))
    if (task.subjectId === trip.id)
      await json(hr.token, `/api/approvals/${task.id}/decision`, {
        decision: 'approve',
        version: task.version,
      });
  const cities = await json<{ code: string }[]>(employee.token, '/api/travel/cities');
  const to = cities.map((c) => c.code).filter((c) => c !== 'SHA');
  const days = Array.from({ length: 14 }, (_, i) => chinaDay(7 + i));
  let i = 0;
  const make = (): Request => {
    const k = i++;
    return {
      path: `/api/travel/flights?tripId=${trip.id}&from=SHA&to=${pick(to, k)}&date=${pick(days, k * 7 + (k >> 4))}`,
      headers: { authorization: `Bearer ${employee.token}` },
      expect: 200,
    };
  };
  const ours = await measure(base, make, REQUESTS, 60_000, WARMUP);
  const target = { p95Ms: 30 };
  return {
    name: 'flight search (GET /api/travel/flights)',
    ours,
    target,
    pass: ours.errors === 0 && ours.p95 <= target.p95Ms,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const dbFile = join(dir, 'db.json');
    let t = Date.now();
    await run(process.execPath, [
      'mock-api/seed/cli.ts',
      '--out',
      dbFile,
      '--skus',
      String(SKUS),
      '--seed',
      'bench',
    ]);
    console.log(`seeded ${SKUS} products in ${Date.now() - t} ms`);

    // The same data as one flat db.json for plain json-server (products + every other collection).
    const data = loadSeededData(dbFile);

    // The grown database: a copy of the seeded one with GROWN_ORDERS orders written into it (and an
    // untouched copy of the seeded one, to compare start-up times).
    const grownFile = join(dir, 'grown', 'db.json');
    const seededCopy = join(dir, 'seeded-copy', 'db.json');
    for (const file of [grownFile, seededCopy]) {
      mkdirSync(dirname(file));
      copyFileSync(dbFile, file);
      copyFileSync(catalogFileFor(dbFile), catalogFileFor(file));
    }
    t = Date.now();
    const grown = growDatabase(grownFile, data.products, { orders: GROWN_ORDERS, now: Date.now() });
    console.log(
      `grown database: ${grown.orders} orders, ${grown.movements} budget movements, ${grown.approvals} approval tasks, ${grown.idempotency} idempotency records, ${(grown.bytes / 1e6).toFixed(1)} MB, written in ${Date.now() - t} ms`,
    );
    const plainFile = join(dir, 'plain-db.json');
    // json-server cannot filter inside priceTiers: give it the first tier price as a flat field.
    const plainProducts = data.products.map((p) => ({
      ...p,
      priceFen: p.priceTiers[0].unitPriceFen,
    }));
    writeFileSync(
      plainFile,
      JSON.stringify({
        ...data.collections,
        products: plainProducts,
        orders: data.collections['orders'] ?? [],
      }),
    );

    const [ourPort, plainPort] = [await freePort(), await freePort()];
    t = Date.now();
    const ours = start(['mock-api/server.ts'], {
      PORT: String(ourPort),
      DB_FILE: dbFile,
      NODE_ENV: 'production',
    });
    children.push(ours);
    const plain = start([
      '-e',
      `const js = require('json-server'); const app = js.create();
         app.use(js.defaults({ logger: false })); app.use(js.router(process.argv[1]));
         app.listen(Number(process.argv[2]), '127.0.0.1');`,
      plainFile,
      String(plainPort),
    ]);
    children.push(plain);
    const ourBase = `http://127.0.0.1:${ourPort}`;
    const plainBase = `http://127.0.0.1:${plainPort}`;
    await Promise.all([
      waitFor(`${ourBase}/api/health`, ours),
      waitFor(`${plainBase}/categories?_limit=1`, plain),
    ]);
    console.log(
      `both servers up in ${Date.now() - t} ms (ours :${ourPort}, json-server :${plainPort})`,
    );

    const { token, user } = await loginAs(ourBase, 'buyer@c1.example');
    const auth = { authorization: `Bearer ${token}` };

    // Query material from the data itself.
    const word = data.commonWord;
    const procurement = data.products.filter((p) => p.channels.includes('procurement'));
    const byCategory = new Map<string, number>();
    for (const p of data.products)
      byCategory.set(p.categoryId, (byCategory.get(p.categoryId) ?? 0) + 1);
    const categories = [...byCategory.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id]) => id);
    const ids = data.products.map((p) => p.id);
    const costCenterId = data.costCenterOf(user);
    // Cheap lines (at MOQ) so hundreds of orders stay under the budget and the approval threshold.
    const cheap = procurement
      .map((p) => ({ p, total: p.moq * p.priceTiers[0].unitPriceFen }))
      .filter((x) => x.total <= 50_000)
      .slice(0, 500)
      .map((x) => x.p);
    if (!cheap.length) throw new Error('no cheap procurement product to order');
    const address = {
      recipient: '基准测试',
      phone: '13800000000',
      address: '上海市浦东新区测试路 1 号',
    };
    let seq = 0;
    const orderBody = (i: number) => {
      const p = pick(cheap, i);
      return { costCenterId, lines: [{ productId: p.id, qty: p.moq }], deliveryAddress: address };
    };
    const rnd = (n: number) => Math.floor(Math.random() * n);

    const scenarios: Scenario[] = [
      {
        name: `search (q=${word}, _limit=20)`,
        target: { p95Ms: 30, minRatio: 5 },
        ours: () => ({
          path: `/api/products?q=${encodeURIComponent(word)}&_limit=20`,
          headers: auth,
          expect: 200,
        }),
        plain: () => ({ path: `/products?q=${encodeURIComponent(word)}&_limit=20`, expect: 200 }),
      },
      {
        name: 'filter (categoryId + price range)',
        target: {},
        ours: () => ({
          path: `/api/products?categoryId=${pick(categories, seq++)}&priceMin=1000&priceMax=50000&_limit=20`,
          headers: auth,
          expect: 200,
        }),
        plain: () => ({
          path: `/products?categoryId=${pick(categories, seq++)}&priceFen_gte=1000&priceFen_lte=50000&_limit=20`,
          expect: 200,
        }),
      },
      {
        name: 'product page (GET /products/:id)',
        target: { p95Ms: 10 },
        ours: () => ({ path: `/api/products/${ids[rnd(ids.length)]}`, headers: auth, expect: 200 }),
        plain: () => ({ path: `/products/${ids[rnd(ids.length)]}`, expect: 200 }),
      },
      {
        name: 'order submission (POST /orders)',
        target: { p95Ms: 20, minRatio: 10 },
        ours: () => {
          const i = seq++;
          return {
            path: '/api/orders',
            method: 'POST',
            body: orderBody(i),
            headers: { ...auth, 'idempotency-key': `bench-${process.pid}-${i}` },
            expect: 201,
          };
        },
        plain: () => ({ path: '/orders', method: 'POST', body: orderBody(seq++), expect: 201 }),
      },
    ];

    const results: {
      name: string;
      ours: Stats;
      plain: Stats;
      ratioP50: number;
      ratioP95: number;
      target: Scenario['target'];
      pass: boolean;
    }[] = [];
    // Flush the page cache's dirty pages of the setup (≈ 55 MB of seed and json-server files) so that their
    // background writeback does not land in the first measurements.
    flushDisk();
    const only = process.env['BENCH_ONLY']?.split(',');
    for (const s of scenarios.filter((x) => !only || only.some((o) => x.name.startsWith(o)))) {
      t = Date.now();
      const o = await measure(ourBase, s.ours, REQUESTS, 60_000, WARMUP);
      const p = await measure(
        plainBase,
        s.plain,
        Math.min(REQUESTS, BASELINE_MAX),
        BASELINE_BUDGET_MS,
        3,
      );
      flushDisk();
      const ratioP50 = p.p50 / o.p50;
      const ratioP95 = p.p95 / o.p95;
      const pass =
        o.errors === 0 &&
        (s.target.p95Ms === undefined || o.p95 <= s.target.p95Ms) &&
        (s.target.minRatio === undefined || ratioP95 >= s.target.minRatio);
      results.push({ name: s.name, ours: o, plain: p, ratioP50, ratioP95, target: s.target, pass });
      console.log(`  ${s.name}: done in ${Date.now() - t} ms`);
    }

    // Flight search (e差旅): an approved trip of the demo employee, then searches over every route from
    // Shanghai on the trip's days (each query prices that day's flights and evaluates the policy).
    let travelResult: {
      name: string;
      ours: Stats;
      target: { p95Ms: number };
      pass: boolean;
    } | null = null;
    if (!only || only.some((o) => o.startsWith('flight'))) {
      t = Date.now();
      travelResult = await benchFlightSearch(ourBase);
      console.log(`  ${travelResult.name}: done in ${Date.now() - t} ms`);
    }

    // Order submission on the grown database beside the fresh one, in the same run.
    let grownResult: {
      orders: number;
      megabytes: number;
      startupMs: number;
      startupWallMs: number;
      startupCpuMs: number;
      seededStartupWallMs: number;
      seededStartupCpuMs: number;
      fresh: Stats;
      grown: Stats;
      ratioP95: number;
      target: typeof GROWN_TARGET;
      pass: boolean;
    } | null = null;
    if (!only || only.some((o) => o.startsWith('order') || o.startsWith('grown'))) {
      flushDisk();
      const grownPort = await freePort();
      const s0 = await startOurs(await freePort(), seededCopy);
      s0.child.kill('SIGKILL');
      const g = await startOurs(grownPort, grownFile);
      children.push(g.child);
      for (const [name, x] of [
        ['seeded', s0],
        ['grown', g],
      ] as const)
        console.log(
          `${name} database up in ${Math.round(x.wallMs)} ms from spawn (${x.readyMs} ms in startServer, CPU ${x.cpuMs} ms)`,
        );
      const grownBase = `http://127.0.0.1:${grownPort}`;
      const grownLogin = await loginAs(grownBase, 'buyer@c1.example');
      const order = (tok: string, tag: string) => () => {
        const i = seq++;
        return {
          path: '/api/orders',
          method: 'POST' as const,
          body: orderBody(i),
          headers: {
            authorization: `Bearer ${tok}`,
            'idempotency-key': `${tag}-${process.pid}-${i}`,
          },
          expect: 201,
        };
      };
      t = Date.now();
      const [fresh, grownStats] = await measureInterleaved(
        [
          { base: ourBase, make: order(token, 'fresh') },
          { base: grownBase, make: order(grownLogin.token, 'grown') },
        ],
        REQUESTS,
        6,
      );
      console.log(`  order submission, fresh vs grown: done in ${Date.now() - t} ms`);
      const ratioP95 = grownStats.p95 / fresh.p95;
      grownResult = {
        orders: grown.orders,
        megabytes: grown.bytes / 1e6,
        startupMs: g.readyMs,
        startupWallMs: Math.round(g.wallMs),
        startupCpuMs: g.cpuMs,
        seededStartupWallMs: Math.round(s0.wallMs),
        seededStartupCpuMs: s0.cpuMs,
        fresh,
        grown: grownStats,
        ratioP95,
        target: GROWN_TARGET,
        pass:
          fresh.errors === 0 &&
          grownStats.errors === 0 &&
          grownStats.p95 <= GROWN_TARGET.p95Ms &&
          ratioP95 <= GROWN_TARGET.maxRatio &&
          g.wallMs < GROWN_TARGET.startupMs,
      };
    }

    const f = (n: number) => n.toFixed(n < 10 ? 2 : 1);
    const rows = [
      [
        'scenario',
        'ours n',
        'ours p50',
        'ours p95',
        'json-server n',
        'json-server p50',
        'json-server p95',
        'ratio p50',
        'ratio p95',
        'target',
        'ok',
      ],
      ...results.map((r) => [
        r.name,
        String(r.ours.n),
        `${f(r.ours.p50)} ms`,
        `${f(r.ours.p95)} ms`,
        String(r.plain.n),
        `${f(r.plain.p50)} ms`,
        `${f(r.plain.p95)} ms`,
        `${f(r.ratioP50)}×`,
        `${f(r.ratioP95)}×`,
        [
          r.target.p95Ms !== undefined ? `p95 ≤ ${r.target.p95Ms} ms` : '',
          r.target.minRatio !== undefined ? `≥ ${r.target.minRatio}×` : '',
        ]
          .filter(Boolean)
          .join(', ') || '—',
        r.pass ? 'yes' : 'NO',
      ]),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
    console.log(
      `\nbench:api — ${SKUS} products, node ${process.version}, sequential keep-alive requests after warm-up\n`,
    );
    for (const [i, r] of rows.entries()) {
      console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    if (travelResult) {
      const r = travelResult;
      console.log(
        `\n${r.name}: n ${r.ours.n}, p50 ${f(r.ours.p50)} ms, p95 ${f(r.ours.p95)} ms (target p95 ≤ ${r.target.p95Ms} ms) ${r.pass ? 'yes' : 'NO'}`,
      );
    }
    if (grownResult) {
      const r = grownResult;
      const ok = (b: boolean) => (b ? 'yes' : 'NO');
      console.log(
        `\ngrown database: ${r.orders} orders, DB_FILE ${r.megabytes.toFixed(1)} MB — order submission beside the fresh database (interleaved rounds)\n`,
      );
      const grownRows = [
        ['', 'n', 'p50', 'p95', 'target', 'ok'],
        [
          'fresh database',
          String(r.fresh.n),
          `${f(r.fresh.p50)} ms`,
          `${f(r.fresh.p95)} ms`,
          '',
          '',
        ],
        [
          'grown database',
          String(r.grown.n),
          `${f(r.grown.p50)} ms`,
          `${f(r.grown.p95)} ms`,
          `p95 ≤ ${r.target.p95Ms} ms`,
          ok(r.grown.p95 <= r.target.p95Ms),
        ],
        [
          'ratio grown / fresh',
          '',
          '',
          `${f(r.ratioP95)}×`,
          `≤ ${r.target.maxRatio}×`,
          ok(r.ratioP95 <= r.target.maxRatio),
        ],
        [
          'start-up, grown database',
          '',
          '',
          `${(r.startupWallMs / 1000).toFixed(2)} s`,
          `< ${r.target.startupMs / 1000} s`,
          ok(r.startupWallMs < r.target.startupMs),
        ],
      ];
      const w = grownRows[0].map((_, c) => Math.max(...grownRows.map((x) => [...x[c]].length)));
      for (const [i, row] of grownRows.entries()) {
        console.log(row.map((cell, c) => cell.padEnd(w[c])).join('  '));
        if (i === 0) console.log(w.map((n) => '-'.repeat(n)).join('  '));
      }
      console.log(
        `(start-up: ${r.startupWallMs} ms from spawn to ready, ${r.startupMs} ms of it in startServer, ${r.startupCpuMs} ms of CPU; the seeded database in the same run: ${r.seededStartupWallMs} ms, ${r.seededStartupCpuMs} ms of CPU. Wall-clock times grow with the machine's load.)`,
      );
    }
    const out = join(ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `bench-api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          skus: SKUS,
          node: process.version,
          results,
          travel: travelResult,
          grown: grownResult,
        },
        null,
        2,
      ),
    );
    console.log(
      `\nresults written to ${file} (total ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (
      results.some((r) => !r.pass) ||
      (grownResult && !grownResult.pass) ||
      (travelResult && !travelResult.pass)
    )
      process.exitCode = 1;
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
