// Test kit for the business API tests, on the platform's kit (mock-api/test/kit.ts): a real server on a
// free loopback port with a temporary copy of a cached seed, and small clients logged in as demo accounts.
import { readFileSync, writeFileSync } from 'node:fs';
import { nearestValidQty, tierFor, type Product } from '../../src/domain/index.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { createKit, PASSWORD, request, TODAY, type Json } from '../test/kit.ts';

export { PASSWORD };

export interface Answer<T = Json> {
  status: number;
  body: T;
  /** The body as text (CSV answers). */
  text: string;
  headers: Headers;
}

export interface Client {
  user: {
    id: string;
    name: string;
    nameEn: string;
    companyId: string;
    departmentId: string;
    roles: string[];
  };
  token: string;
  get<T = Json>(path: string): Promise<Answer<T>>;
  post<T = Json>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
  put<T = Json>(path: string, body?: unknown): Promise<Answer<T>>;
  patch<T = Json>(path: string, body?: unknown): Promise<Answer<T>>;
  del<T = Json>(path: string): Promise<Answer<T>>;
}

export interface TestApi {
  base: string;
  dbFile: string;
  products: Product[];
  db: Record<string, Json[]>;
  as(email: string): Promise<Client>;
  stop(): Promise<void>;
}

export async function startApi(
  opts: {
    skus?: number;
    /** Changes the seeded database before the server starts (extra users, say). */
    prepare?: (db: Record<string, Json[]>) => void;
  } = {},
): Promise<TestApi> {
  const kit = createKit({ skus: opts.skus ?? 400, seed: 'biz-test' });
  const dbFile = kit.freshDb();
  const db = JSON.parse(readFileSync(dbFile, 'utf8'));
  if (opts.prepare) {
    opts.prepare(db);
    writeFileSync(dbFile, JSON.stringify(db));
  }
  const catalog = JSON.parse(readFileSync(catalogFileFor(dbFile), 'utf8'));
  // A running clock from the seed's day (the seed's budgets are for that year), so timestamps differ.
  const t0 = Date.now();
  const api = await kit.start({
    dbFile,
    now: () => Date.parse(`${TODAY}T08:00:00.000Z`) + (Date.now() - t0),
  });
  const base = api.base;
  const call = (
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    request(
      base,
      method,
      path,
      typeof body === 'string' ? { token, raw: body, headers } : { token, body, headers },
    );

  const clients = new Map<string, Client>();
  return {
    base,
    dbFile,
    products: catalog.products,
    db,
    async as(email) {
      const cached = clients.get(email);
      if (cached) return cached;
      const r = await api.login(email);
      if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
      const { token, user } = r.body as { token: string; user: Client['user'] };
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
      await api.close();
      kit.cleanup();
    },
  };
}

let keySeq = 0;
export function idemKey(): { 'idempotency-key': string } {
  return { 'idempotency-key': `t-${process.pid}-${Date.now()}-${++keySeq}` };
}

export const ADDRESS = {
  recipient: '王采购',
  phone: '13800001111',
  address: '上海市嘉定区安亭镇墨玉南路888号',
};

/** What the server charges for `qty` of `p` (its tier price × qty). */
export const total = (p: Product, qty: number): number =>
  tierFor(p.priceTiers, qty)!.unitPriceFen * qty;

/** A valid quantity whose total is close to (and at least) `target`. */
export function qtyFor(p: Product, target: number): number {
  let q = nearestValidQty(p, target / p.priceTiers.at(-1)!.unitPriceFen);
  while (q > p.moq && total(p, q - p.packSize) >= target) q -= p.packSize;
  while (total(p, q) < target) q += p.packSize;
  return q;
}
