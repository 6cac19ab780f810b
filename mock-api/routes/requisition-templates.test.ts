// API tests of 常用清单 (mock-api/openapi.yaml, /api/requisition-templates): the owner saves and edits,
// the department's buyers see the shared ones and order from them but cannot change them, nobody else
// sees them; lines follow the cart's rules; the seed gives every demo buyer two.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Product } from '../../src/domain/index.ts';
import { catalogFileFor } from '../seed/generate.ts';
import { createKit, isProblem, request, type Answer, type Api, type Kit } from '../test/kit.ts';

let kit: Kit;
let api: Api;
let products: Product[];

interface Client {
  get(path: string): Promise<Answer>;
  post(path: string, body: unknown): Promise<Answer>;
  put(path: string, body: unknown): Promise<Answer>;
  del(path: string): Promise<Answer>;
}
async function as(email: string): Promise<Client> {
  const token = await api.token(email);
  return {
    get: (path) => request(api.base, 'GET', path, { token }),
    post: (path, body) => request(api.base, 'POST', path, { token, body }),
    put: (path, body) => request(api.base, 'PUT', path, { token, body }),
    del: (path) => request(api.base, 'DELETE', path, { token }),
  };
}

let buyer: Client;
/** Another buyer of the buyer's department, and one of another department (added to the seed). */
let colleague: Client;
let otherDept: Client;
let buyerC2: Client;
let employee: Client;
let orderable: Product[];
const line = (p: Product, packs = 1) => ({
  productId: p.id,
  qty: Math.ceil(p.moq / p.packSize) * p.packSize + (packs - 1) * p.packSize,
});

before(async () => {
  kit = createKit({ seed: 'templates-test', skus: 300 });
  const dbFile = kit.freshDb();
  const db = JSON.parse(readFileSync(dbFile, 'utf8'));
  const demo = db.users.find((u: { email: string }) => u.email === 'buyer@c1.example');
  const otherDeptId = db.departments.find(
    (d: { companyId: string; id: string }) => d.companyId === 'c1' && d.id !== demo.departmentId,
  ).id;
  db.users.push(
    { ...demo, id: 'u-c1-buyer-b', email: 'buyer-b@c1.example', employeeNo: 'C1B', name: '李采购' },
    {
      ...demo,
      id: 'u-c1-buyer-c',
      email: 'buyer-c@c1.example',
      employeeNo: 'C1C',
      departmentId: otherDeptId,
    },
  );
  writeFileSync(dbFile, JSON.stringify(db));
  products = JSON.parse(readFileSync(catalogFileFor(dbFile), 'utf8')).products;
  orderable = products.filter(
    (p) => p.channels.includes('procurement') && p.stock >= p.moq + 3 * p.packSize,
  );
  api = await kit.start({ dbFile });
  [buyer, colleague, otherDept, buyerC2, employee] = await Promise.all(
    [
      'buyer@c1.example',
      'buyer-b@c1.example',
      'buyer-c@c1.example',
      'buyer@c2.example',
      'employee@c1.example',
    ].map(as),
  );
});

after(async () => {
  await api?.close();
  kit?.cleanup();
});

describe('requisition templates', () => {
  it('the seed gives a demo buyer a shared restock list and a starter kit, orderable as they are', async () => {
    const r = await buyer.get('/api/requisition-templates');
    assert.equal(r.status, 200);
    const names = r.body.map((t: { name: string }) => t.name).sort();
    assert.deepEqual(names, ['办公室月度补货', '新员工入职套装']);
    const restock = r.body.find((t: { name: string }) => t.name === '办公室月度补货');
    assert.equal(restock.shared, true);
    const detail = await buyer.get(`/api/requisition-templates/${restock.id}`);
    assert.ok(detail.body.lines.length >= 3);
    assert.ok(detail.body.lines.every((l: { product: Product | null }) => l.product));
    // Orderable as saved: the cart takes every line.
    const cart = await buyer.post('/api/cart/lines', {
      lines: restock.lines.map((l: { productId: string; qty: number }) => l),
    });
    assert.equal(cart.status, 200, JSON.stringify(cart.body));
    await buyer.put('/api/cart', { lines: [] });
  });

  it('the owner saves, renames and deletes; a shared one reaches the department only', async () => {
    const created = await buyer.post('/api/requisition-templates', {
      name: ' 会议室用品 ',
      shared: true,
      lines: [line(orderable[0]), line(orderable[1], 2)],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, '会议室用品');
    assert.deepEqual(created.body.lines, [line(orderable[0]), line(orderable[1], 2)]);
    const id = created.body.id;

    const seen = async (c: Client) =>
      (await c.get('/api/requisition-templates')).body.some((t: { id: string }) => t.id === id);
    assert.equal(await seen(colleague), true);
    assert.equal(await seen(otherDept), false);
    assert.equal(await seen(buyerC2), false);
    assert.equal((await colleague.get(`/api/requisition-templates/${id}`)).status, 200);
    for (const c of [otherDept, buyerC2])
      assert.ok(isProblem(await c.get(`/api/requisition-templates/${id}`), 404, 'NOT_FOUND'));

    // The colleague orders from it but may not change it.
    const body = { name: '改名', lines: [line(orderable[2])] };
    assert.ok(
      isProblem(await colleague.put(`/api/requisition-templates/${id}`, body), 403, 'FORBIDDEN'),
    );
    assert.ok(isProblem(await colleague.del(`/api/requisition-templates/${id}`), 403, 'FORBIDDEN'));
    assert.ok(isProblem(await buyerC2.del(`/api/requisition-templates/${id}`), 404, 'NOT_FOUND'));

    // Unshared, it is the owner's alone again.
    const unshared = await buyer.put(`/api/requisition-templates/${id}`, {
      ...body,
      shared: false,
    });
    assert.equal(unshared.status, 200);
    assert.equal(unshared.body.name, '改名');
    assert.equal(await seen(colleague), false);
    assert.equal((await buyer.del(`/api/requisition-templates/${id}`)).status, 204);
    assert.ok(isProblem(await buyer.get(`/api/requisition-templates/${id}`), 404, 'NOT_FOUND'));
  });

  it('lines follow the cart rules: known procurement products, valid quantities, one line each', async () => {
    const welfareOnly = products.find((p) => !p.channels.includes('procurement'))!;
    const p = orderable[0];
    const small = orderable.find((x) => x.moq > 1)!;
    const bad = [
      { name: 'x', lines: [] },
      { name: '', lines: [line(p)] },
      { name: 'x'.repeat(61), lines: [line(p)] },
      { name: 'x', lines: [{ productId: 'nope', qty: 1 }] },
      { name: 'x', lines: [line(welfareOnly)] },
      { name: 'x', lines: [{ productId: small.id, qty: small.moq - 1 }] },
      { name: 'x', lines: [line(p), line(p)] },
      { name: 'x', lines: [{ ...line(p), unitPriceFen: 1 }] },
      { name: 'x', lines: [line(p)], ownerId: 'u-c1-hr' },
    ];
    const before = (await buyer.get('/api/requisition-templates')).body.length;
    for (const b of bad) {
      const r = await buyer.post('/api/requisition-templates', b);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(b));
    }
    assert.equal((await buyer.get('/api/requisition-templates')).body.length, before);
  });

  it('only buyers keep templates; a detail prices from the product as sold today', async () => {
    assert.ok(isProblem(await employee.get('/api/requisition-templates'), 403, 'FORBIDDEN'));
    assert.ok(
      isProblem(
        await employee.post('/api/requisition-templates', {
          name: 'x',
          lines: [line(orderable[0])],
        }),
        403,
        'FORBIDDEN',
      ),
    );
    const saved = await buyer.post('/api/requisition-templates', {
      name: '今日价格',
      lines: [line(orderable[3])],
    });
    const detail = await buyer.get(`/api/requisition-templates/${saved.body.id}`);
    assert.deepEqual(detail.body.lines[0].product.priceTiers, orderable[3].priceTiers);
    assert.equal(detail.body.lines[0].qty, line(orderable[3]).qty);
  });

  it('two saves at once make two templates; at most 50 per owner', async () => {
    const body = { name: '并发', lines: [line(orderable[0])] };
    const [a, b] = await Promise.all([
      colleague.post('/api/requisition-templates', body),
      colleague.post('/api/requisition-templates', body),
    ]);
    assert.deepEqual([a.status, b.status], [201, 201]);
    assert.notEqual(a.body.id, b.body.id);
    const have = (await colleague.get('/api/requisition-templates')).body.filter(
      (t: { ownerId: string }) => t.ownerId === 'u-c1-buyer-b',
    ).length;
    for (let i = have; i < 50; i++)
      assert.equal((await colleague.post('/api/requisition-templates', body)).status, 201);
    assert.ok(
      isProblem(await colleague.post('/api/requisition-templates', body), 400, 'VALIDATION_FAILED'),
    );
  });
});
