// Test kit for the business API tests: a real server (mock-api/server.ts) on a free loopback port with a
// freshly seeded temporary database, and small clients logged in as the demo accounts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Product } from '../../src/domain/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PASSWORD = 'Passw0rd!';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  user: { id: string; name: string; companyId: string; departmentId: string; roles: string[] };
  token: string;
  get<T = any>(path: string): Promise<Answer<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
  put<T = any>(path: string, body?: unknown): Promise<Answer<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Answer<T>>;
  del<T = any>(path: string): Promise<Answer<T>>;
}

export interface TestApi {
  base: string;
  dbFile: string;
  products: Product[];
  db: Record<string, any[]>;
  as(email: string): Promise<Client>;
  stop(): Promise<void>;
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

function runNode(args: string[]): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => (code === 0 ? res() : rej(new Error(`node ${args.join(' ')} → ${code}\n${err}`))));
  });
}

export async function startApi(opts: { skus?: number } = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'biz-api-'));
  const dbFile = join(dir, 'db.json');
  await runNode(['mock-api/seed/cli.ts', '--out', dbFile, '--skus', String(opts.skus ?? 400), '--seed', 'biz-test']);
  const db = JSON.parse(readFileSync(dbFile, 'utf8'));
  const catalog = JSON.parse(readFileSync(join(dir, 'db.catalog.json'), 'utf8'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['mock-api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DB_FILE: dbFile, HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}\n${stderr}`);
    try {
      const r = await fetch(`${base}/api/health`);
      await r.arrayBuffer();
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`server did not start\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  async function call(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  const clients = new Map<string, Client>();
  return {
    base,
    dbFile,
    products: catalog.products,
    db,
    async as(email) {
      const cached = clients.get(email);
      if (cached) return cached;
      const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
      if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${await r.text()}`);
      const { token, user } = (await r.json()) as { token: string; user: Client['user'] };
      const c: Client = {
        user,
        token,
        get: (p) => call(token, 'GET', p),
        post: (p, b, h) => call(token, 'POST', p, b, h),
        put: (p, b) => call(token, 'PUT', p, b),
        patch: (p, b) => call(token, 'PATCH', p, b),
        del: (p) => call(token, 'DELETE', p),
      };
      clients.set(email, c);
      return c;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let keySeq = 0;
export function idemKey(): { 'idempotency-key': string } {
  return { 'idempotency-key': `t-${process.pid}-${Date.now()}-${++keySeq}` };
}

export const ADDRESS = { recipient: '王采购', phone: '13800001111', address: '上海市嘉定区安亭镇墨玉南路888号' };
