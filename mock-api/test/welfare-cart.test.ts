// The welfare cart and saved delivery addresses (mock-api/openapi.yaml "welfare"): the caller's own,
// the cart priced as a redemption would be, welfare products only, one default address, at most 10.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, isProblem, type Api, type Json, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let emp: string;
let buyer: string;
let c2: string;
let gifts: Json[];
before(async () => {
  kit = createKit();
  api = await kit.start();
  emp = await api.token('employee@c1.example');
  buyer = await api.token('buyer@c1.example');
  c2 = await api.token('employee@c2.example');
  gifts = api.server.ctx.catalog.products.filter((p) => p.channels.includes('welfare'));
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const call = (token: string, method: string, path: string, body?: unknown) =>
  api.call(method, path, { token, body });
const A = { recipient: '陈佳琪', phone: '13800002222', address: '上海市闵行区七莘路1号' };

it('the cart is priced as a redemption would be: total, balance, max points, cash at max points', async () => {
  const empty = (await call(emp, 'GET', '/api/welfare/cart')).body;
  assert.deepEqual(empty.lines, []);
  assert.equal(empty.updatedAt, null);
  const balance = empty.balance;
  const dear = gifts.find((p) => p.pointsPrice * 3 > balance)!;
  const r = await call(emp, 'PUT', '/api/welfare/cart', {
    lines: [{ productId: dear.id, qty: 3 }],
  });
  assert.equal(r.status, 200, r.text);
  const total = dear.pointsPrice * 3;
  assert.equal(r.body.totalPoints, total);
  assert.equal(r.body.maxPoints, Math.min(total, balance));
  assert.equal(r.body.cashFenAtMaxPoints, (total - Math.min(total, balance)) * 100);
  assert.equal(r.body.lines[0].product.id, dear.id);
  assert.deepEqual((await call(emp, 'GET', '/api/welfare/cart')).body, r.body);
  // Separate from the procurement cart, and per user.
  assert.deepEqual((await call(buyer, 'GET', '/api/welfare/cart')).body.lines, []);
  // Redeeming exactly the cart's numbers is accepted with the same cash.
  const red = await api.call('POST', '/api/welfare/redemptions', {
    token: emp,
    body: {
      lines: [{ productId: dear.id, qty: 3 }],
      pointsToUse: r.body.maxPoints,
      deliveryAddress: A,
    },
    headers: { 'idempotency-key': `cart-${process.pid}` },
  });
  assert.equal(red.status, 201, red.text);
  assert.equal(red.body.cashFen, r.body.cashFenAtMaxPoints);
});

it('only welfare products, one line per product: 400 per bad line and the cart unchanged', async () => {
  const before = (await call(emp, 'GET', '/api/welfare/cart')).body;
  const proc = api.server.ctx.catalog.products.find((p) => !p.channels.includes('welfare'))!;
  const r = await call(emp, 'PUT', '/api/welfare/cart', {
    lines: [
      { productId: gifts[0].id, qty: 1 },
      { productId: proc.id, qty: 1 },
      { productId: gifts[0].id, qty: 2 },
      { productId: 'nope', qty: 1 },
    ],
  });
  assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'));
  assert.deepEqual(
    r.body.errors.map((e: Json) => e.path),
    ['lines.1.productId', 'lines.2.productId', 'lines.3.productId'],
  );
  for (const bad of [{ lines: [{ productId: gifts[0].id, qty: 100 }] }, { lines: 'x' }, {}]) {
    const x = await call(emp, 'PUT', '/api/welfare/cart', bad);
    assert.ok(isProblem(x, 400, 'VALIDATION_FAILED'), JSON.stringify(bad));
  }
  assert.deepEqual((await call(emp, 'GET', '/api/welfare/cart')).body, before);
  const cleared = await call(emp, 'PUT', '/api/welfare/cart', { lines: [] });
  assert.deepEqual(cleared.body.lines, []);
});

it('addresses: the first is the default, a new default replaces it, deleting the default promotes the newest', async () => {
  const a = (await call(emp, 'POST', '/api/welfare/addresses', { ...A, label: '家' })).body;
  assert.equal(a.isDefault, true);
  const b = (await call(emp, 'POST', '/api/welfare/addresses', { ...A, address: '公司' })).body;
  assert.equal(b.isDefault, false);
  const c = await call(emp, 'POST', '/api/welfare/addresses', {
    ...A,
    address: '父母家',
    isDefault: true,
  });
  assert.equal(c.status, 201);
  let list = (await call(emp, 'GET', '/api/welfare/addresses')).body;
  assert.deepEqual(
    list.map((x: Json) => [x.id, x.isDefault]),
    [
      [c.body.id, true],
      [b.id, false],
      [a.id, false],
    ],
  );
  const put = await call(emp, 'PUT', `/api/welfare/addresses/${a.id}`, {
    ...A,
    label: '老家',
    isDefault: true,
  });
  assert.equal(put.body.isDefault, true);
  assert.equal(put.body.label, '老家');
  assert.equal(
    (await call(emp, 'GET', '/api/welfare/addresses')).body.filter((x: Json) => x.isDefault).length,
    1,
  );
  assert.equal((await call(emp, 'DELETE', `/api/welfare/addresses/${a.id}`)).status, 204);
  list = (await call(emp, 'GET', '/api/welfare/addresses')).body;
  assert.deepEqual(
    list.map((x: Json) => [x.id, x.isDefault]),
    [
      [c.body.id, true],
      [b.id, false],
    ],
  );
});

it('addresses: another user or company gets 404; at most 10; bad input 400; two defaults at once leave one', async () => {
  const mine = (await call(emp, 'GET', '/api/welfare/addresses')).body;
  const id = mine[0].id;
  for (const t of [buyer, c2]) {
    assert.ok(isProblem(await call(t, 'PUT', `/api/welfare/addresses/${id}`, A), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await call(t, 'DELETE', `/api/welfare/addresses/${id}`), 404, 'NOT_FOUND'));
    assert.ok(
      (await call(t, 'GET', '/api/welfare/addresses')).body.every((x: Json) => x.id !== id),
    );
  }
  for (const bad of [
    { ...A, phone: '1' },
    { ...A, recipient: '  ' },
    { ...A, extra: true },
    { ...A, label: 'x'.repeat(31) },
  ])
    assert.ok(
      isProblem(await call(emp, 'POST', '/api/welfare/addresses', bad), 400, 'VALIDATION_FAILED'),
    );
  const rs = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      call(emp, 'POST', '/api/welfare/addresses', { ...A, address: `地址 ${i}`, isDefault: true }),
    ),
  );
  assert.equal(rs.filter((r) => r.status === 201).length, 10 - mine.length);
  assert.ok(
    rs.filter((r) => r.status !== 201).every((r) => isProblem(r, 400, 'VALIDATION_FAILED')),
  );
  const list = (await call(emp, 'GET', '/api/welfare/addresses')).body;
  assert.equal(list.length, 10);
  assert.equal(list.filter((x: Json) => x.isDefault).length, 1);
});
