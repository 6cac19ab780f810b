// Reads a seeded database (DB_FILE + its sibling catalog file) for the benchmark: the products, every
// other collection (for plain json-server's flat db.json), a common search word and the buyer's cost center.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Product } from '../../src/domain/index.ts';

export interface SeededData {
  products: Product[];
  /** Every top-level array of both files except products. */
  collections: Record<string, unknown[]>;
  /** The most frequent Chinese word (space-separated token) of product names. */
  commonWord: string;
  costCenterOf(user: { departmentId: string }): string;
}

export function loadSeededData(dbFile: string): SeededData {
  const db = JSON.parse(readFileSync(dbFile, 'utf8')) as Record<string, unknown>;
  const meta = db['meta'] as { catalogFile?: string } | undefined;
  const catalogFile = join(
    dirname(dbFile),
    meta?.catalogFile || basename(dbFile).replace(/\.json$/i, '') + '.catalog.json',
  );
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Record<string, unknown>;
  const collections: Record<string, unknown[]> = {};
  for (const doc of [db, catalog])
    for (const [k, v] of Object.entries(doc))
      if (Array.isArray(v) && k !== 'products') collections[k] = v;
  const products = catalog['products'] as Product[];
  const counts = new Map<string, number>();
  for (const p of products)
    for (const w of p.name.split(/\s+/))
      if (/^[\u4e00-\u9fff]{2,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const commonWord = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? products[0].brand;
  const departments = (db['departments'] ?? []) as { id: string; costCenterId: string }[];
  return {
    products,
    collections,
    commonWord,
    costCenterOf: (user) => {
      const d = departments.find((x) => x.id === user.departmentId);
      if (!d) throw new Error(`no department ${user.departmentId}`);
      return d.costCenterId;
    },
  };
}
