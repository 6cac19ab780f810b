// Test kit for the platform tests: a real server (startServer, in-process) on a free port (port 0) with
// a temporary database seeded once per test file, a controllable clock, and small HTTP helpers.
// Every answer received through `request()` is checked against mock-api/openapi.yaml (contract.ts): an
// answer the contract does not allow fails the test that received it, naming the operation and field.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer, type ServerOptions } from '../server.ts';
import { catalogFileFor, writeSeed } from '../seed/generate.ts';
import { contract } from './contract.ts';

export const PASSWORD = 'Passw0rd!';
export const TODAY = '2026-06-15';

/**
 * An answer's parsed JSON, when a test names no type: tests read it freely and their assertions
 * check its shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

export interface Answer<T = Json> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface Kit {
  dir: string;
  /** A fresh copy of the seeded database for one server. */
  freshDb(): string;
  start(opts?: Omit<ServerOptions, 'dbFile' | 'port'> & { dbFile?: string }): Promise<Api>;
  cleanup(): void;
}

export interface Api {
  server: RunningServer;
  base: string;
  clock: { now: number };
  call<T = Json>(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
  login(email: string, password?: string): Promise<Answer<{ token: string; user: Json }>>;
  token(email: string): Promise<string>;
  close(): Promise<void>;
}

/** Routes a test registers for itself (`kit.start({ routes })`) live here; they are not in the contract. */
export const TEST_ONLY_ROUTES = '/api/test-';

export async function request(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  const violations = path.startsWith(TEST_ONLY_ROUTES)
    ? []
    : contract().checkAnswer(method, path, {
        status: res.status,
        contentType: res.headers.get('content-type'),
        text,
        headers: res.headers,
      });
  if (violations.length)
    throw new Error(`The answer breaks mock-api/openapi.yaml:\n  ${violations.join('\n  ')}`);
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

const MOCK_API = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A seeded database for (seed, skus), generated once and reused by later test files: the cache key
 * includes a hash of the generator's sources, so a changed generator never serves a stale seed.
 */
function seededTemplate(seed: string, skus: number): string {
  const sources = [
    'seed/generate.ts',
    'seed/reference.ts',
    'seed/prng.ts',
    'lib/password.ts',
    'lib/json-file.ts',
  ].map((f) => readFileSync(join(MOCK_API, f)));
  const key = createHash('sha1')
    .update(Buffer.concat(sources))
    .update(`${seed}\u0000${skus}\u0000${TODAY}`)
    .digest('hex')
    .slice(0, 16);
  const cacheDir = join(tmpdir(), 'mock-api-test-seeds', key);
  const file = join(cacheDir, 'db.json');
  if (!existsSync(file)) {
    mkdirSync(dirname(cacheDir), { recursive: true });
    const tmp = mkdtempSync(join(dirname(cacheDir), 'tmp-'));
    writeSeed(join(tmp, 'db.json'), { seed, skus, today: TODAY });
    try {
      renameSync(tmp, cacheDir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  }
  if (readdirSync(cacheDir).length < 2) throw new Error(`incomplete seed cache ${cacheDir}`);
  return file;
}

export function createKit(opts: { skus?: number; seed?: string } = {}): Kit {
  const dir = mkdtempSync(join(tmpdir(), 'mock-api-test-'));
  const seeded = seededTemplate(opts.seed ?? 'test', opts.skus ?? 600);
  let n = 0;
  const freshDb = () => {
    const file = join(dir, `db-${++n}.json`);
    copyFileSync(seeded, file);
    copyFileSync(catalogFileFor(seeded), catalogFileFor(file));
    return file;
  };
  return {
    dir,
    freshDb,
    async start(o = {}) {
      const clock = { now: Date.parse(`${TODAY}T08:00:00.000Z`) };
      const server = await startServer({
        ...o,
        port: 0,
        dbFile: o.dbFile ?? freshDb(),
        now: o.now ?? (() => clock.now),
      });
      const base = server.url;
      const tokens = new Map<string, string>();
      const api: Api = {
        server,
        base,
        clock,
        call: (method, path, c) => request(base, method, path, c),
        login: (email, password = PASSWORD) =>
          request(base, 'POST', '/api/auth/login', { body: { email, password } }),
        async token(email) {
          const cached = tokens.get(email);
          if (cached) return cached;
          const r = await api.login(email);
          if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
          tokens.set(email, r.body.token);
          return r.body.token;
        },
        close: () => server.close(),
      };
      return api;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Asserts an answer is problem+json with the given status and code. */
export function isProblem(
  r: Pick<Answer, 'status' | 'body' | 'headers'>,
  status: number,
  code: string,
): boolean {
  const ct = r.headers.get('content-type') ?? '';
  return (
    r.status === status &&
    ct.startsWith('application/problem+json') &&
    r.body?.code === code &&
    r.body?.status === status &&
    typeof r.body?.type === 'string' &&
    typeof r.body?.title === 'string' &&
    typeof r.body?.detail === 'string'
  );
}
