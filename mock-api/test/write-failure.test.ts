// A command commits in memory and on disk, or in neither (mock-api/README.md, Storage layout and
// durability): when the durable write fails, the request is answered 500, the change is undone in memory
// — together with every other unacknowledged change of the same write and any change made after it —
// and no later write persists it; a retry then creates exactly one order.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Store } from '../lib/store.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { createKit, isProblem } from './kit.ts';

const kit = createKit();
after(() => kit.cleanup());

/** A `beforeSync` seam that fails the next `n` durable writes. */
function faults() {
  const state = { failNext: 0, failed: 0 };
  const beforeSync = () => {
    if (state.failNext > 0) {
      state.failNext--;
      state.failed++;
      throw Object.assign(new Error('EIO: simulated write failure'), { code: 'EIO' });
    }
  };
  return { state, beforeSync };
}

describe('a failed durable write', () => {
  it('answers 500, leaves no order in memory or on disk, and a retry makes exactly one order', async () => {
    const dbFile = kit.freshDb();
    const db = JSON.parse(readFileSync(dbFile, 'utf8'));
    const products = JSON.parse(readFileSync(catalogFileFor(dbFile), 'utf8')).products as {
      id: string;
      moq: number;
      channels: string[];
      priceTiers: { unitPriceFen: number }[];
    }[];
    const cheap = products.find(
      (p) => p.channels.includes('procurement') && p.moq * p.priceTiers[0].unitPriceFen < 50_000,
    )!;
    const f = faults();
    let api = await kit.start({ dbFile, storeOptions: { beforeSync: f.beforeSync } });
    const token = await api.token('buyer@c1.example');
    const me = await api.call('GET', '/api/me', { token });
    const costCenterId = db.departments.find(
      (d: { id: string }) => d.id === me.body.departmentId,
    ).costCenterId;
    const order = {
      costCenterId,
      lines: [{ productId: cheap.id, qty: cheap.moq }],
      deliveryAddress: { recipient: '王采购', phone: '13800001111', address: '上海市嘉定区 1 号' },
    };
    const store = api.server.ctx.store;
    const ordersBefore = store.all('orders').length;
    const budgetsBefore = JSON.stringify(store.all('budgets'));
    const movementsBefore = store.all('budgetMovements').length;

    f.state.failNext = 1;
    const failed = await api.call('POST', '/api/orders', {
      token,
      body: order,
      headers: { 'idempotency-key': 'first-try' },
    });
    assert.ok(isProblem(failed, 500, 'INTERNAL_ERROR'), `${failed.status} ${failed.text}`);
    assert.equal(f.state.failed, 1);
    assert.equal(store.all('orders').length, ordersBefore, 'the order is not kept in memory');
    assert.equal(JSON.stringify(store.all('budgets')), budgetsBefore, 'the budget is unchanged');
    assert.equal(store.all('budgetMovements').length, movementsBefore);

    // A later successful write must not carry the failed order to disk.
    const cart = await api.call('GET', '/api/cart', { token });
    assert.equal(cart.status, 200);
    const retry = await api.call('POST', '/api/orders', {
      token,
      body: order,
      headers: { 'idempotency-key': 'second-try' },
    });
    assert.equal(retry.status, 201, retry.text);
    assert.equal(store.all('orders').length, ordersBefore + 1);
    await api.close();

    api = await kit.start({ dbFile });
    try {
      const orders = api.server.ctx.store.all<{ id: string }>('orders');
      assert.equal(orders.length, ordersBefore + 1, 'exactly one order after the retry');
      assert.ok(orders.some((o) => o.id === retry.body.id));
      // The failed key was never stored: using it again makes a new order, not a replay.
      const token2 = await api.token('buyer@c1.example');
      const again = await api.call('POST', '/api/orders', {
        token: token2,
        body: order,
        headers: { 'idempotency-key': 'first-try' },
      });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), null);
    } finally {
      await api.close();
    }
  });

  it('rolls back every transaction of a failed group commit and those made after it', async () => {
    const file = join(kit.dir, 'group.json');
    copyFileSync(kit.freshDb(), file);
    const f = faults();
    const store = new Store(file, { beforeSync: f.beforeSync });
    await store.transact((tx) => tx.insert('things', { id: 'kept', n: 0 }));

    // t1 starts a write; t2 and t3 arrive while it is in flight and are grouped into the next write,
    // which fails; t4 arrives while that one is in flight and builds on t2.
    const t1 = store.transact((tx) => tx.insert('things', { id: 't1', n: 1 }));
    const t2 = store.transact((tx) => {
      tx.insert('things', { id: 't2', n: 2 });
      tx.update('things', { id: 'kept', n: 2 });
    });
    const t3 = store.transact((tx) => tx.remove('things', 't1'));
    await t1;
    f.state.failNext = 1;
    const t4 = store.transact((tx) =>
      tx.update('things', { ...tx.get<{ id: string; n: number }>('things', 't2')!, n: 4 }),
    );
    const results = await Promise.allSettled([t2, t3, t4]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'rejected'],
    );
    assert.equal(f.state.failed, 1, 'one write failed');
    assert.deepEqual(
      [...store.all<{ id: string; n: number }>('things')].sort((a, b) => a.id.localeCompare(b.id)),
      [
        { id: 'kept', n: 0 },
        { id: 't1', n: 1 },
      ],
      'only acknowledged changes remain in memory',
    );

    await store.transact((tx) => tx.insert('things', { id: 't5', n: 5 }));
    await store.close();
    const reopened = new Store(file);
    assert.deepEqual(
      [...reopened.all<{ id: string; n: number }>('things')].sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
      [
        { id: 'kept', n: 0 },
        { id: 't1', n: 1 },
        { id: 't5', n: 5 },
      ],
      'only acknowledged changes are on disk',
    );
  });
});
