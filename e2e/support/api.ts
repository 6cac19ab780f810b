import { PASSWORD } from './session';

// Read-only look-ups against the mock API for the journeys' assertions (which product has a given MOQ or
// pack size, what a budget says before and after). The journeys themselves are done in the UI.

export const API_URL = `http://127.0.0.1:${process.env['E2E_WEB_PORT'] ?? 4900}/api`;

export interface Tier {
  minQty: number;
  unitPriceFen: number;
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  nameEn: string;
  unit: string;
  moq: number;
  packSize: number;
  stock: number;
  priceTiers: Tier[];
  channels: string[];
}

export interface Budget {
  id: string;
  costCenterId: string;
  category: string;
  period: string;
  amountFen: number;
  committedFen: number;
  spentFen: number;
  availableFen: number;
}

export interface Order {
  id: string;
  status: string;
  totalFen: number;
  costCenterId: string;
  events?: { type: string; level?: number; actorName?: string; comment?: string }[];
}

const tokens = new Map<string, string>();
const names = new Map<string, string>();
const namesEn = new Map<string, string>();

async function token(email: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const res = await fetch(`${API_URL}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const body = (await res.json()) as { token: string; user: { name: string; nameEn: string } };
  tokens.set(email, body.token);
  names.set(email, body.user.name);
  namesEn.set(email, body.user.nameEn);
  return body.token;
}

/** The display name of a demo user, in Chinese or (`'en'`) in English. */
export async function userName(email: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  if (!names.has(email)) {
    tokens.delete(email);
    await token(email);
  }
  return (lang === 'en' ? namesEn : names).get(email)!;
}

/** GET against the API as `email`; returns the body and X-Total-Count. */
export async function apiGet<T>(
  email: string,
  path: string,
): Promise<{ body: T; total: number | null }> {
  let res = await fetch(`${API_URL}${path}`, {
    headers: { authorization: `Bearer ${await token(email)}` },
  });
  if (res.status === 401) {
    // The UI's logout of the same user ends its sessions: sign in again.
    tokens.delete(email);
    res = await fetch(`${API_URL}${path}`, {
      headers: { authorization: `Bearer ${await token(email)}` },
    });
  }
  if (!res.ok) throw new Error(`GET ${path} as ${email}: ${res.status} ${await res.text()}`);
  const total = res.headers.get('x-total-count');
  return { body: (await res.json()) as T, total: total === null ? null : Number(total) };
}

/** POST a JSON body to the API as `email`; returns the created record. */
export async function apiPost<T>(email: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await token(email)}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} as ${email}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The first procurement products matching `q` that satisfy `ok` (searched in pages of 100). */
export async function findProducts(
  email: string,
  q: string,
  ok: (p: Product) => boolean,
  count = 1,
): Promise<Product[]> {
  const found: Product[] = [];
  for (let page = 1; page <= 10 && found.length < count; page++) {
    const { body } = await apiGet<Product[]>(
      email,
      `/products?q=${encodeURIComponent(q)}&channels_like=procurement&_limit=100&_page=${page}`,
    );
    found.push(...body.filter(ok));
    if (body.length < 100) break;
  }
  if (found.length < count) throw new Error(`only ${found.length} products for "${q}" fit`);
  return found.slice(0, count);
}

/** The unit price that applies at `qty` (the tier with the largest minQty ≤ qty). */
export function unitPriceAt(p: Product, qty: number): number {
  const tiers = [...p.priceTiers].sort((a, b) => a.minQty - b.minQty);
  let price = tiers[0].unitPriceFen;
  for (const t of tiers) if (t.minQty <= qty) price = t.unitPriceFen;
  return price;
}

/** The smallest orderable quantity ≥ `qty` (≥ MOQ, a multiple of the pack size). */
export function validQtyAtLeast(p: Pick<Product, 'moq' | 'packSize'>, qty: number): number {
  const min = Math.max(qty, p.moq);
  return Math.ceil(min / p.packSize) * p.packSize;
}

export async function budget(email: string, id: string): Promise<Budget> {
  return (await apiGet<Budget>(email, `/budgets/${id}`)).body;
}

/** The procurement budget of a cost center for the current year. */
export async function procurementBudget(email: string, costCenterId: string): Promise<Budget> {
  const { body } = await apiGet<Budget[]>(
    email,
    `/budgets?costCenterId=${costCenterId}&category=procurement&period=${new Date().getFullYear()}`,
  );
  if (body.length !== 1)
    throw new Error(`expected one procurement budget of ${costCenterId}, got ${body.length}`);
  return body[0];
}

export async function order(email: string, id: string): Promise<Order> {
  return (await apiGet<Order>(email, `/orders/${id}`)).body;
}

/** How many orders `email` can see (X-Total-Count of the orders list). */
export async function orderCount(email: string): Promise<number> {
  const { total } = await apiGet<Order[]>(email, '/orders?_limit=1');
  if (total === null) throw new Error('no X-Total-Count on /orders');
  return total;
}

/** A count as the app shows it (the `count` pipe): "1,500" points. */
export function count(n: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Money as the app shows it (the `money` pipe): "¥1,234.50" in the given locale. */
export function money(fen: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(fen / 100);
}
