// The store: DB_FILE (the snapshot) has exactly the seed's format (a round trip is byte-identical), a
// transaction is all-or-nothing, a change is on disk (one journal line) once transact resolves, the journal
// is replayed at start-up (a torn last line ignored), and a crash at any step of a compaction loses nothing.
import assert from 'node:assert/strict';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, it } from 'node:test';
import { journalFileFor, serializeDocument } from '../lib/json-file.ts';
import { fail } from '../lib/problem.ts';
import { Store } from '../lib/store.ts';
import type { Tx } from '../services/tx.ts';
import { createKit } from './kit.ts';

const kit = createKit();
const dir = mkdtempSync(join(tmpdir(), 'mock-api-store-'));
after(() => {
  kit.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

type Thing = { id: string; n?: number; name?: string };
const things = (store: Store) =>
  [...store.all<Thing>('things')].sort((a, b) => a.id.localeCompare(b.id));
const lines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];

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
  const snapshot = readFileSync(file);
  const store = new Store(file);
  const budget = store.get<{ id: string; amountFen: number }>(
    'budgets',
    'b-cc-c1-01-procurement-2026',
  )!;
  await store.transact((tx) => {
    tx.insert('things', { id: 't1', name: '第一' });
    tx.update('budgets', { ...budget, amountFen: budget.amountFen + 1 });
  });
  // The write was one journal line with the two records; the snapshot was not rewritten.
  assert.ok(readFileSync(file).equals(snapshot));
  const journal = lines(store.journalFile);
  assert.equal(journal.length, 1);
  assert.deepEqual(JSON.parse(journal[0]), {
    put: [
      ['things', { id: 't1', name: '第一' }],
      ['budgets', { ...budget, amountFen: budget.amountFen + 1 }],
    ],
    del: [],
  });
  // A second store (a restart) reads the snapshot and replays the journal.
  assert.deepEqual(things(new Store(file)), [{ id: 't1', name: '第一' }]);

  await assert.rejects(
    store.transact((tx) => {
      tx.insert('things', { id: 't2' });
      tx.remove('things', 't1');
      tx.update('budgets', { ...budget, amountFen: 0 });
      fail('BUDGET_EXCEEDED', 'no');
    }),
    /no/,
  );
  assert.deepEqual(things(store), [{ id: 't1', name: '第一' }]);
  assert.equal(
    store.get<{ amountFen: number }>('budgets', budget.id)!.amountFen,
    budget.amountFen + 1,
  );
  assert.equal(lines(store.journalFile).length, 1, 'a failed transaction writes nothing');

  await store.transact((tx) => tx.remove('things', 't1'));
  assert.deepEqual(JSON.parse(lines(store.journalFile)[1]), { put: [], del: [['things', 't1']] });
  assert.deepEqual(things(new Store(file)), []);

  // flush() compacts: the snapshot holds everything and the journal is empty.
  await store.flush();
  assert.equal(statSync(store.journalFile).size, 0);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(doc.things, []);
  assert.equal(
    doc.budgets.find((b: { id: string }) => b.id === budget.id).amountFen,
    budget.amountFen + 1,
  );
  await store.close();
});

it('replays the journal at start-up, ignoring and cutting off a torn last line', async () => {
  const file = join(dir, 'torn.json');
  copyFileSync(kit.freshDb(), file);
  let store = new Store(file);
  await store.transact((tx) => tx.insert('things', { id: 'a', n: 1 }));
  await store.transact((tx) => tx.update('things', { id: 'a', n: 2 }));
  await store.close();
  const complete = statSync(store.journalFile).size;
  // A crash in the middle of an append that was never acknowledged.
  appendFileSync(store.journalFile, '{"put":[["things",{"id":"b","n":');
  store = new Store(file);
  assert.deepEqual(things(store), [{ id: 'a', n: 2 }]);
  assert.equal(statSync(store.journalFile).size, complete, 'the torn line is cut off');
  await store.transact((tx) => tx.insert('things', { id: 'c', n: 3 }));
  await store.close();
  assert.deepEqual(things(new Store(file)), [
    { id: 'a', n: 2 },
    { id: 'c', n: 3 },
  ]);
});

it('refuses a journal with a bad line before good ones, naming the file and the line', () => {
  const file = join(dir, 'bad-journal.json');
  copyFileSync(kit.freshDb(), file);
  const journal = journalFileFor(file);
  writeFileSync(
    journal,
    '{"put":[["things",{"id":"a"}]],"del":[]}\nnot json\n{"put":[],"del":[["things","a"]]}\n',
  );
  assert.throws(
    () => new Store(file),
    (err: Error) => err.message === `${journal}: line 2 is not a valid journal entry`,
  );
  assert.equal(lines(journal).length, 3, 'the journal is left as it was');
});

it('a crash at any step of a compaction loses no acknowledged change', async () => {
  const file = join(dir, 'e.json');
  copyFileSync(kit.freshDb(), file);
  const journal = journalFileFor(file);
  const change = (tx: Tx, i: number) => {
    tx.insert('things', { id: `t${i}`, n: i });
    if (i >= 1) tx.update('things', { id: `t${i - 1}`, n: -i });
    if (i >= 2) tx.remove('things', `t${i - 2}`);
  };
  /** The things after the first `k` changes. */
  const stateAfter = (k: number): Thing[] =>
    [k - 2, k - 1]
      .filter((i) => i >= 0)
      .map((i) => ({ id: `t${i}`, n: i === k - 1 ? i : -(i + 1) }));
  let acknowledged = 0;
  /** Copies of the files as a kill -9 at that moment would leave them. */
  const images: { at: string; dir: string; acknowledged: number }[] = [];
  const image = (at: string) => {
    const d = mkdtempSync(join(dir, 'image-'));
    for (const f of [file, journal]) if (existsSync(f)) copyFileSync(f, join(d, basename(f)));
    images.push({ at, dir: d, acknowledged });
  };
  // Compact after every append.
  const store = new Store(file, {
    compaction: { minBytes: 1, ratio: 0 },
    beforeSync: (f) => {
      if (f !== journal) image('snapshot written, not renamed');
    },
    onCompactionStep: image,
  });
  for (let i = 0; i < 8; i++) {
    await store.transact((tx) => change(tx, i));
    acknowledged = i + 1;
    image('acknowledged');
  }
  await store.close();
  assert.deepEqual(
    new Set(images.map((i) => i.at)),
    new Set([
      'snapshot written, not renamed',
      'snapshot-renamed',
      'journal-truncated',
      'acknowledged',
    ]),
  );
  for (const img of images) {
    const got = things(new Store(join(img.dir, basename(file))));
    // Every acknowledged change is there; the one in flight may or may not be.
    assert.ok(
      [img.acknowledged, img.acknowledged + 1].some(
        (k) => JSON.stringify(got) === JSON.stringify(stateAfter(k)),
      ),
      `after a crash at "${img.at}" with ${img.acknowledged} acknowledged: ${JSON.stringify(got)}`,
    );
  }
  assert.deepEqual(things(new Store(file)), stateAfter(8));
});

it('rejects asynchronous transaction functions', async () => {
  const file = join(dir, 'c.json');
  copyFileSync(kit.freshDb(), file);
  const store = new Store(file);
  await assert.rejects(store.transact((async () => undefined) as never), /synchronous/);
});

it('after many writes that grow and shrink the file, a snapshot is byte for byte the serialised state', async () => {
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
  await store.flush();
  assert.equal(readFileSync(file, 'utf8'), expected());
  // Shrink: the file gets shorter than the buffer; no stale bytes may follow the new end.
  await store.transact((tx) => {
    for (let i = 0; i < 40; i++) tx.remove('things', `t${i}`);
    tx.update('more', { id: 'm3', n: -3 });
  });
  await store.flush();
  assert.equal(readFileSync(file, 'utf8'), expected());
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).things, []);
  assert.equal(new Store(file).get<{ n: number }>('more', 'm3')!.n, -3);
});
