// First start: a missing DB_FILE is created from the seed (default 5,000 products) before serving; a
// missing catalog file is regenerated from the seed parameters recorded in DB_FILE; data survives a restart.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { startServer } from '../server.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { request } from './kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'mock-api-start-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('seeds a missing database, regenerates a missing catalog, and keeps data across restarts', async () => {
  const dbFile = join(dir, 'nested', 'db.json');
  let s = await startServer({ port: 0, dbFile });
  try {
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
