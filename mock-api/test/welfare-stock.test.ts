// e福礼 gift stock against a real server with a controlled clock (mock-api/openapi.yaml createRedemption):
// a redemption takes its units in the same transaction as its points, 422 OUT_OF_STOCK changes nothing,
// concurrent redemptions of the last units never oversell, and a cancellation (by the employee or when
// unpaid) gives the units back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, TODAY, type Answer, type Api, type Json, type Kit } from './kit.ts';

const MIN = 60_000;
const T0 = Date.parse(`${TODAY}T08:00:00.000Z`);
const ADDRESS = {
  recipient: '陈佳琪',
  phone: '13800002222',
  address: '上海市嘉定区安亭镇墨玉南路888号',
};

let kit: Kit;
let api: Api;
let seq = 0;
let gift: Json;

before(async () => {
  kit = createKit();
  api = await kit.start();
  api.clock.now = T0;
  const t = await api.token('employee@c1.example');
  const r = await api.call(
    'GET',
    '/api/products?channel=welfare&inStock=true&_sort=stock&_order=asc&_limit=100',
    { token: t },
  );
  assert.equal(r.status, 200, r.text);
  // A gift with a small stock, but enough for the last five to be a fraction of it.
  gift = (r.body.items ?? r.body).find((p: Json) => p.stock >= 10);
  assert.ok(gift.stock > 0 && gift.pointsPrice > 0);
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const redeem = (token: string, qty: number, productId = gift.id, pointsToUse = 0) =>
  api.call('POST', '/api/welfare/redemptions', {
    token,
    body: { lines: [{ productId, qty }], pointsToUse, deliveryAddress: ADDRESS },
    headers: { 'idempotency-key': `s-${process.pid}-${++seq}` },
  });
const left = async (token: string): Promise<number> => {
  const r = await api.call('GET', `/api/products/${gift.id}`, { token });
  assert.equal(r.status, 200, r.text);
  return r.body.stock;
};
const points = async (token: string): Promise<number> =>
  (await api.call('GET', '/api/points/account', { token })).body.balance;

/** Redeems (unpaid, no points) until exactly `n` units are left. */
async function bringDownTo(token: string, n: number): Promise<void> {
  for (let have = await left(token); have > n; have = await left(token)) {
    const r = await redeem(token, Math.min(99, have - n));
    assert.equal(r.status, 201, r.text);
  }
  assert.equal(await left(token), n);
}

describe('gift stock', () => {
  it('a redemption takes its units; above what is left it is 422 OUT_OF_STOCK and changes nothing', async () => {
    api.clock.now = T0;
    const emp = await api.token('employee@c1.example');
    const stock0 = await left(emp);
    const r = await redeem(emp, 1, gift.id, Math.min(gift.pointsPrice, await points(emp)));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.stockTaken, true);
    assert.equal(await left(emp), stock0 - 1);

    const balance = await points(emp);
    const over = await redeem(
      emp,
      Math.min(99, stock0),
      gift.id,
      Math.min(balance, gift.pointsPrice),
    );
    if (stock0 - 1 < Math.min(99, stock0)) {
      assert.ok(isProblem(over, 422, 'OUT_OF_STOCK'), over.text);
      assert.equal(over.body.errors[0].path, 'lines.0.qty');
      assert.equal(await points(emp), balance, 'no points spent');
      assert.equal(await left(emp), stock0 - 1, 'no units taken');
    }
    // The gift list shows what is left, too.
    const list = await api.call('GET', `/api/welfare/gifts?q=${encodeURIComponent(gift.sku)}`, {
      token: emp,
    });
    const shown = (list.body as Json[]).find((g) => g.id === gift.id);
    if (shown) assert.equal(shown.stock, await left(emp));
  });

  it('20 concurrent redemptions of the last 5 units: exactly 5 succeed, the rest are OUT_OF_STOCK', async () => {
    api.clock.now = T0;
    const buyer = await api.token('buyer@c1.example');
    await bringDownTo(buyer, 5);
    const users = ['employee@c1.example', 'buyer@c1.example', 'hr@c1.example', 'hr2@c1.example'];
    const tokens = await Promise.all(users.map((u) => api.token(u)));
    const rs: Answer[] = await Promise.all(
      Array.from({ length: 20 }, (_, i) => redeem(tokens[i % tokens.length], 1)),
    );
    assert.equal(rs.filter((r) => r.status === 201).length, 5);
    assert.ok(rs.every((r) => r.status === 201 || isProblem(r, 422, 'OUT_OF_STOCK')));
    assert.equal(await left(buyer), 0);
    const none = await redeem(buyer, 1);
    assert.ok(isProblem(none, 422, 'OUT_OF_STOCK'), none.text);
    assert.match(none.body.errors[0].message, /out of stock/);
    // Nobody is recommended a gift that is gone.
    for (const t of tokens) {
      const recs = await api.call('GET', '/api/welfare/recommendations?_limit=24', { token: t });
      assert.equal(recs.status, 200, recs.text);
      assert.ok(recs.body.every((x: Json) => x.product.id !== gift.id));
    }
  });

  it("a cancellation gives the units back; an unpaid one's units come back when its window ends", async () => {
    api.clock.now = T0;
    const emp = await api.token('employee@c1.example');
    assert.equal(await left(emp), 0);
    const mine = (await api.call('GET', '/api/welfare/redemptions?status=placed', { token: emp }))
      .body as Json[];
    const one = mine.find((r) => r.lines[0].productId === gift.id && r.lines[0].qty === 1);
    assert.ok(one, 'an unpaid redemption of one unit');
    const c = await api.call('POST', `/api/welfare/redemptions/${one.id}/cancel`, {
      token: emp,
      body: {},
    });
    assert.equal(c.status, 200, c.text);
    assert.equal(await left(emp), 1);
    const again = await api.call('POST', `/api/welfare/redemptions/${one.id}/cancel`, {
      token: emp,
      body: {},
    });
    assert.ok(isProblem(again, 409, 'NOT_ALLOWED_IN_STATE'), 'no second give-back');
    assert.equal(await left(emp), 1);

    // Everything else of this gift is unpaid: 31 minutes later every unit is free again, though
    // no owner of those redemptions has looked since.
    api.clock.now = T0 + 31 * MIN;
    const c2 = await api.token('employee@c2.example');
    assert.equal(await left(c2), gift.stock);
    const r = await redeem(c2, Math.min(99, gift.stock));
    assert.equal(r.status, 201, r.text);
    assert.equal(await left(c2), gift.stock - Math.min(99, gift.stock));
    const buyer = await api.token('buyer@c1.example');
    const cancelled = (
      await api.call('GET', '/api/welfare/redemptions?status=cancelled', { token: buyer })
    ).body as Json[];
    assert.ok(
      cancelled.some((x) => x.cancelReason === 'unpaid' && x.lines[0].productId === gift.id),
    );
    api.clock.now = T0;
  });
});
