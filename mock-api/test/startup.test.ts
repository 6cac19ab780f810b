// First start: a missing DB_FILE is created from the seed (default 5,000 products) before serving; a
// missing catalog file is regenerated from the seed parameters recorded in DB_FILE; data survives a restart.
// A bad DB_FILE stops the start with one line naming the file and the problem, and is never overwritten;
// temporary files of a write interrupted by a crash are removed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { journalFileFor } from '../lib/json-file.ts';
import { startServer } from '../server.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { createKit, request } from './kit.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'mock-api-start-'));
const kit = createKit();
after(() => {
  rmSync(dir, { recursive: true, force: true });
  kit.cleanup();
});

it('seeds a missing database, regenerates a missing catalog, and keeps data across restarts', async () => {
  const dbFile = join(dir, 'nested', 'db.json');
  // The journal of an earlier database whose DB_FILE was deleted must not be replayed over the new seed.
  mkdirSync(dirname(dbFile));
  writeFileSync(journalFileFor(dbFile), '{"put":[["users",{"id":"u-stale"}]],"del":[]}\n');
  let s = await startServer({ port: 0, dbFile });
  try {
    assert.equal(s.ctx.store.get('users', 'u-stale'), undefined);
    assert.ok(!existsSync(journalFileFor(dbFile)));
    const health = await request(s.url, 'GET', '/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.products, 5000);
    assert.ok(existsSync(dbFile) && existsSync(catalogFileFor(dbFile)));
    const doc = JSON.parse(readFileSync(dbFile, 'utf8'));
    assert.equal(doc.meta.catalogFile, 'db.catalog.json');
    assert.equal(doc.meta.skus, 5000);
    assert.ok(!('products' in doc), 'the catalog is not in DB_FILE');
  } finally {
    await s.close();
  }
  const firstProduct = JSON.parse(readFileSync(catalogFileFor(dbFile), 'utf8')).products[0];
  rmSync(catalogFileFor(dbFile));
  s = await startServer({ port: 0, dbFile });
  try {
    const login = await request(s.url, 'POST', '/api/auth/login', {
      body: { email: 'buyer@c1.example', password: 'Passw0rd!' },
    });
    assert.equal(login.status, 200);
    const p = await request(s.url, 'GET', `/api/products/${firstProduct.id}`, {
      token: login.body.token,
    });
    assert.equal(p.body.name, firstProduct.name, 'the regenerated catalog is the same catalog');
    await s.close();
    s = await startServer({ port: 0, dbFile });
    assert.equal(
      (await request(s.url, 'GET', '/api/me', { token: login.body.token })).status,
      200,
      'the session survived the restart',
    );
  } finally {
    await s.close();
  }
});

describe('a bad DB_FILE', () => {
  const seeded = kit.freshDb();
  const good = readFileSync(seeded, 'utf8');
  const goodDoc = JSON.parse(good);
  const cases: [name: string, content: string | null, problem: RegExp][] = [
    ['an empty file', '', /empty/],
    ['a truncated file', good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
    ['a directory', null, /directory/],
    ['a JSON array', '[]', /JSON object/],
    ['a collection that is not a list', JSON.stringify({ ...goodDoc, users: {} }), /users/],
    ['a record without an id', JSON.stringify({ ...goodDoc, orders: [{ n: 1 }] }), /orders/],
    ['no users', JSON.stringify({ meta: goodDoc.meta, companies: goodDoc.companies }), /users/],
    [
      'a database seeded by an older version',
      JSON.stringify({ ...goodDoc, meta: { ...goodDoc.meta, format: 1 } }),
      /format 1, this API reads format \d+: seed it again with `npm run api:seed`/,
    ],
    [
      'a user without an email',
      JSON.stringify({
        ...goodDoc,
        users: goodDoc.users.map((u: { email?: string }, i: number) =>
          i === 3 ? { ...u, email: undefined } : u,
        ),
      }),
      new RegExp(`user ${goodDoc.users[3].id} has no email`),
    ],
  ];
  for (const [name, content, problem] of cases) {
    it(`${name}: refuses to start with one line naming the file and the problem, and leaves it alone`, async () => {
      const caseDir = mkdtempSync(join(dir, 'bad-'));
      const dbFile = join(caseDir, 'db.json');
      if (content === null) mkdirSync(dbFile);
      else writeFileSync(dbFile, content);
      copyFileSync(catalogFileFor(seeded), catalogFileFor(dbFile));
      const started = startServer({ port: 0, dbFile }).then(async (s) => {
        await s.close();
        throw new Error('started');
      });
      await assert.rejects(started, (err: Error) => {
        assert.match(err.message, problem);
        assert.ok(err.message.includes(dbFile), `names the file: ${err.message}`);
        assert.ok(!err.message.includes('\n'), `one line: ${err.message}`);
        return true;
      });
      if (content === null) assert.ok(statSync(dbFile).isDirectory());
      else assert.equal(readFileSync(dbFile, 'utf8'), content, 'the file is not overwritten');
      assert.deepEqual(readdirSync(caseDir).sort(), ['db.catalog.json', 'db.json']);
    });
  }

  it('`npm run api` prints that one line and exits non-zero', () => {
    const dbFile = join(mkdtempSync(join(dir, 'cli-')), 'db.json');
    writeFileSync(dbFile, '');
    const r = spawnSync(process.execPath, ['mock-api/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DB_FILE: dbFile },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.notEqual(r.status, 0);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /empty/);
    assert.ok(lines[0].includes(dbFile));
    assert.equal(readFileSync(dbFile, 'utf8'), '');
  });
});

it('removes temporary files left by a crash mid-write at start-up', async () => {
  const dbFile = kit.freshDb();
  const stale = [
    join(dirname(dbFile), `.${basename(dbFile)}.${deadPid()}.tmp`),
    join(
      dirname(dbFile),
      `.${JSON.parse(readFileSync(dbFile, 'utf8')).meta.catalogFile}.${deadPid()}.tmp`,
    ),
  ];
  for (const f of stale) writeFileSync(f, '{"half": [');
  const other = join(dirname(dbFile), '.unrelated.tmp');
  writeFileSync(other, 'x');
  const s = await startServer({ port: 0, dbFile });
  try {
    for (const f of stale) assert.ok(!existsSync(f), `${f} removed`);
    assert.ok(existsSync(other), 'files of other names are left alone');
    assert.equal((await request(s.url, 'GET', '/api/health')).status, 200);
  } finally {
    await s.close();
  }
});

/** A process id that is not running. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch {
      return pid;
    }
  }
}
