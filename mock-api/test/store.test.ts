// The store: the file it writes has exactly the seed's format (a round trip is byte-identical), a
// transaction is all-or-nothing, and the file on disk holds a change once transact resolves.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { serializeDocument } from '../lib/json-file.ts';
import { fail } from '../lib/problem.ts';
import { Store } from '../lib/store.ts';
import { createKit } from './kit.ts';

const kit = createKit();
const dir = mkdtempSync(join(tmpdir(), 'mock-api-store-'));
after(() => {
  kit.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

it('rewrites a seeded file byte for byte when nothing changed', async () => {
  const file = join(dir, 'a.json');
  copyFileSync(kit.freshDb(), file);
  const before = readFileSync(file);
  const store = new Store(file);
  await store.flush();
  assert.ok(readFileSync(file).equals(before));
});

it('a change is on disk when transact resolves; a failed transaction changes nothing', async () => {
  const file = join(dir, 'b.json');
  copyFileSync(kit.freshDb(), file);
  const store = new Store(file);
  const budget = store.get<{ id: string; amountFen: number }>(
    'budgets',
    'b-cc-c1-01-procurement-2026',
  )!;
  await store.transact((tx) => {
    tx.insert('things', { id: 't1', name: '第一' });
    tx.update('budgets', { ...budget, amountFen: budget.amountFen + 1 });
  });
  let doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(doc.things, [{ id: 't1', name: '第一' }]);
  assert.equal(
    doc.budgets.find((b: { id: string }) => b.id === budget.id).amountFen,
    budget.amountFen + 1,
  );

  await assert.rejects(
    store.transact((tx) => {
      tx.insert('things', { id: 't2' });
      tx.remove('things', 't1');
      tx.update('budgets', { ...budget, amountFen: 0 });
      fail('BUDGET_EXCEEDED', 'no');
    }),
    /no/,
  );
  assert.deepEqual(store.all('things'), [{ id: 't1', name: '第一' }]);
  assert.equal(
    store.get<{ amountFen: number }>('budgets', budget.id)!.amountFen,
    budget.amountFen + 1,
  );
  await store.flush();
  doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(doc.things, [{ id: 't1', name: '第一' }]);
  // A second store reads back what the first wrote.
  assert.equal(
    new Store(file).get<{ amountFen: number }>('budgets', budget.id)!.amountFen,
    budget.amountFen + 1,
  );
});

it('rejects asynchronous transaction functions', async () => {
  const file = join(dir, 'c.json');
  copyFileSync(kit.freshDb(), file);
  const store = new Store(file);
  await assert.rejects(store.transact((async () => undefined) as never), /synchronous/);
});

it('after many writes that grow and shrink the file, it is byte for byte the serialised state', async () => {
  const file = join(dir, 'd.json');
  copyFileSync(kit.freshDb(), file);
  const store = new Store(file);
  const expected = () => {
    const doc = JSON.parse(readFileSync(kit.freshDb(), 'utf8')) as Record<string, unknown>;
    for (const k of [...Object.keys(doc), 'things', 'more'])
      if (k === 'things' || k === 'more' || Array.isArray(doc[k])) doc[k] = store.all(k);
    return serializeDocument(doc);
  };
  // Grow: large records in a new collection and in an existing one (the reused write buffer must grow).
  for (let i = 0; i < 40; i++) {
    await store.transact((tx) => {
      tx.insert('things', { id: `t${i}`, text: '货'.repeat(5000 + i) });
      tx.insert('more', { id: `m${i}`, n: i });
    });
  }
  assert.equal(readFileSync(file, 'utf8'), expected());
  // Shrink: the file gets shorter than the buffer; no stale bytes may follow the new end.
  await store.transact((tx) => {
    for (let i = 0; i < 40; i++) tx.remove('things', `t${i}`);
    tx.update('more', { id: 'm3', n: -3 });
  });
  assert.equal(readFileSync(file, 'utf8'), expected());
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).things, []);
  assert.equal(new Store(file).get<{ n: number }>('more', 'm3')!.n, -3);
});
