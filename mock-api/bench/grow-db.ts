// A grown database for the benchmark: a seeded DB_FILE plus N procurement orders placed by the real
// domain code (mock-api/services/procurement-service.ts) — each with its budget commitment movement, its
// approval tasks when over the company's threshold, and, for the orders of the last 24 hours, the
// idempotency record with the full answer that POST /api/orders keeps — written directly into the file
// in one go instead of through N HTTP calls. Budgets are first raised by an `amount` movement (as an
// approved budget request does) so that every order fits, and buyers are granted every cost center of
// their company so that the orders spread over all of them.
import { createHash } from 'node:crypto';
import { nearestValidQty, type Budget, type Product } from '../../src/domain/index.ts';
import { changeAmount } from '../services/ledger.ts';
import { MemoryTx } from '../services/memory-tx.test-util.ts';
import { idsFor, placeOrderFor } from '../services/procurement-service.ts';
import { C, type Caller } from '../services/tx.ts';
import { IDEMPOTENCY_COLLECTION, type IdempotencyRecord } from '../lib/http.ts';
import { readDocument, serializeDocument, writeFileAtomicSync } from '../lib/json-file.ts';
import type { UserRecord } from '../seed/generate.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function growDatabase(
  dbFile: string,
  products: readonly Product[],
  opts: { orders: number; now: number },
): { bytes: number; orders: number; movements: number; approvals: number; idempotency: number } {
  const doc = readDocument(dbFile);
  const collections = Object.fromEntries(
    Object.entries(doc).filter(([, v]) => Array.isArray(v)),
  ) as Record<string, { id: string }[]>;
  const tx = new MemoryTx(collections);
  const byId = new Map(products.map((p) => [p.id, p]));
  const find = (id: string) => byId.get(id);
  const lines = products
    .filter((p) => p.channels.includes('procurement'))
    .slice(0, 2000)
    .map((p) => ({ p, qty: nearestValidQty(p, p.moq) }));
  const buyers: Caller[] = tx
    .all<UserRecord>(C.users)
    .filter((u) => u.roles.includes('buyer'))
    .map((u) => ({ ...u }));
  const costCenters = new Map(
    buyers.map((b) => [
      b.id,
      tx
        .all<{ id: string; companyId: string }>(C.costCenters)
        .filter((c) => c.companyId === b.companyId)
        .map((c) => c.id),
    ]),
  );
  // Buyers may charge only their department's and granted cost centers: to spread a year of orders over
  // every cost center (as a company with a central purchasing team does), an admin granted them all.
  for (const b of buyers) {
    const u = tx.get<UserRecord>(C.users, b.id)!;
    tx.update(C.users, { ...u, grantedCostCenterIds: costCenters.get(b.id)! });
  }

  // Orders from 1 January of this year until now, the last 24 hours' share with idempotency records.
  const end = opts.now - 60_000;
  const start = Math.max(
    Date.parse(`${new Date(end).getUTCFullYear()}-01-01T00:00:00Z`),
    end - 300 * DAY_MS,
  );
  const iso = (t: number) => new Date(t).toISOString();
  const year = iso(end).slice(0, 4);
  for (const b of tx
    .all<Budget>(C.budgets)
    .filter((x) => x.category === 'procurement' && x.period === year)) {
    const r = changeAmount(b, 100_000_000_00, {
      id: idsFor(tx, iso(start)).next('movement'),
      actorId: 'u-c1-admin',
      reason: 'Budget raised for a year of orders',
      subjectType: null,
      subjectId: null,
      now: iso(start),
    });
    tx.update(C.budgets, r.budget);
    tx.insert(C.movements, r.movement);
  }

  let idempotency = 0;
  for (let i = 0; i < opts.orders; i++) {
    const t = start + Math.floor(((end - start) * i) / opts.orders);
    const now = iso(t);
    const buyer = buyers[i % buyers.length];
    const ccs = costCenters.get(buyer.id)!;
    // Mostly small orders; every 10th one needs approval (several lines, larger quantities).
    const n = i % 10 === 0 ? 4 : 1 + (i % 3);
    const orderLines = Array.from({ length: n }, (_, k) => {
      const { p, qty } = lines[(i * 7 + k * 13) % lines.length];
      return { productId: p.id, qty: i % 10 === 0 ? nearestValidQty(p, qty * 20) : qty };
    });
    const body = {
      costCenterId: ccs[i % ccs.length],
      lines: orderLines,
      deliveryAddress: {
        recipient: buyer.name,
        phone: '13800001111',
        address: `上海市浦东新区张江路 ${(i % 900) + 1} 号`,
      },
    };
    const order = placeOrderFor(tx, buyer, body, find, now);
    if (opts.now - t < DAY_MS) {
      const key = `grown-${i}`;
      const rec: IdempotencyRecord = {
        id: `ik-${createHash('sha256').update(`${buyer.id}\u0000${key}`).digest('hex').slice(0, 40)}`,
        userId: buyer.id,
        key,
        fingerprint: createHash('sha256').update(JSON.stringify(body)).digest('hex'),
        status: 201,
        body: order,
        createdAt: now,
      };
      tx.insert(IDEMPOTENCY_COLLECTION, rec);
      idempotency++;
    }
  }

  const grown: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) grown[key] = Array.isArray(doc[key]) ? tx.all(key) : doc[key];
  grown[IDEMPOTENCY_COLLECTION] = tx.all(IDEMPOTENCY_COLLECTION);
  const text = serializeDocument(grown);
  writeFileAtomicSync(dbFile, text);
  return {
    bytes: Buffer.byteLength(text),
    orders: tx.all(C.orders).length,
    movements: tx.all(C.movements).length,
    approvals: tx.all(C.approvals).length,
    idempotency,
  };
}
