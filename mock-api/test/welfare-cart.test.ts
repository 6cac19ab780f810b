// The welfare cart (mock-api/openapi.yaml "welfare"): the caller's own, priced as a redemption would
// be, welfare products only. Its delivery addresses come from the shared book (routes/addresses.test.ts).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, isProblem, type Api, type Json, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let emp: string;
let buyer: string;
let gifts: Json[];
before(async () => {
  kit = createKit();
  api = await kit.start();
  emp = await api.token('employee@c1.example');
  buyer = await api.token('buyer@c1.example');
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
