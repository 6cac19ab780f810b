// The narrow view of the store that the business services need. One Tx is one store transaction:
// services read and write through it, and the store applies the writes all together or not at all.
import type { Budget, BudgetCategory, Role } from '../../src/domain/index.ts';
import { fail } from './errors.ts';

export interface Tx {
  all<T>(collection: string): readonly T[];
  get<T>(collection: string, id: string): T | undefined;
  insert<T extends { id: string }>(collection: string, record: T): void;
  /** Replaces the record with the same id. */
  update<T extends { id: string }>(collection: string, record: T): void;
  remove(collection: string, id: string): void;
}

export const C = {
  companies: 'companies',
  users: 'users',
  departments: 'departments',
  costCenters: 'costCenters',
  budgets: 'budgets',
  movements: 'budgetMovements',
  orders: 'orders',
  approvals: 'approvals',
  budgetRequests: 'budgetRequests',
  notifications: 'notifications',
  carts: 'carts',
} as const;

/** The authenticated caller as the services see it. */
export interface Caller {
  id: string;
  name: string;
  /** The user's name in English (present for every stored user). */
  nameEn?: string;
  email?: string;
  roles: readonly Role[];
  companyId: string;
  departmentId: string;
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}

export function requireRole(caller: Caller, ...roles: Role[]): void {
  if (!hasRole(caller, ...roles)) fail('FORBIDDEN', `This needs the role ${roles.join(' or ')}`);
}

/** A record of the caller's company, or 404 exactly as a missing one. */
export function ownRecord<T extends { companyId: string }>(
  tx: Tx,
  collection: string,
  id: string,
  caller: Caller,
  what: string,
): T {
  const rec = tx.get<T>(collection, id);
  if (!rec || rec.companyId !== caller.companyId) fail('NOT_FOUND', `${what} ${id} was not found`);
  return rec;
}

export type Query = Record<string, string | string[] | undefined>;

export function q1(query: Query, key: string): string | undefined {
  const v = query[key];
  return Array.isArray(v) ? v[0] : v;
}

/** json-server style paging and sorting: `_page` (1-based), `_limit` (≤ 100, default 20 when `_page` is given), `_sort`, `_order`. */
export function pageOf<T>(
  items: T[],
  query: Query,
  opts: { sortable: readonly string[]; defaultSort: string; defaultOrder?: 'asc' | 'desc' },
): { items: T[]; total: number } {
  const sortRaw = q1(query, '_sort');
  const sort = sortRaw && opts.sortable.includes(sortRaw) ? sortRaw : opts.defaultSort;
  const order =
    (q1(query, '_order') ?? (sortRaw ? 'asc' : (opts.defaultOrder ?? 'desc'))).toLowerCase() ===
    'desc'
      ? -1
      : 1;
  const sorted = [...items].sort((a, b) => {
    const x = (a as Record<string, unknown>)[sort] as string | number | undefined;
    const y = (b as Record<string, unknown>)[sort] as string | number | undefined;
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return (x < y ? -1 : 1) * order;
  });
  const limitRaw = Number(q1(query, '_limit'));
  const pageRaw = Number(q1(query, '_page'));
  const limit = Math.min(
    100,
    Number.isInteger(limitRaw) && limitRaw > 0 ? limitRaw : q1(query, '_page') ? 20 : 100,
  );
  const page = Number.isInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  return { items: sorted.slice((page - 1) * limit, page * limit), total: items.length };
}

export function newId(tx: Tx, collection: string, prefix: string, now: string): string {
  const day = now.slice(0, 10).replaceAll('-', '');
  for (;;) {
    const id = `${prefix}${day}-${Math.random().toString(36).slice(2, 8).toUpperCase().padEnd(6, '0')}`;
    if (!tx.get(collection, id)) return id;
  }
}

/** The cost center's budget of `category` for the year `now` falls in (orders, grants, trips). */
export function currentBudget(
  tx: Tx,
  companyId: string,
  costCenterId: string,
  category: BudgetCategory,
  now: string,
): Budget | undefined {
  const year = now.slice(0, 4);
  return tx
    .all<Budget>(C.budgets)
    .find(
      (b) =>
        b.companyId === companyId &&
        b.costCenterId === costCenterId &&
        b.category === category &&
        b.period === year,
    );
}
