// Welfare recommendations (mock-api/openapi.yaml listWelfareRecommendations) from the seeded redemption
// history: a reason per item, deterministic, never a gift the caller already chose; and the seeded
// history keeps every points ledger summing to its balance.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, isProblem, type Api, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let emp: string;
let store: Api['server']['ctx']['store'];
before(async () => {
  kit = createKit();
  api = await kit.start();
  emp = await api.token('employee@c1.example');
  store = api.server.ctx.store;
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const recs = async (token = emp, q = '') =>
  (await api.call('GET', `/api/welfare/recommendations${q}`, { token })).body as any[];

it('the seeded history is consistent: every ledger sums to its balance, lots hold it, balanceAfter runs in time order', () => {
  const history = store.all<any>('welfareRedemptions');
  assert.ok(history.length > 100, `seeded redemptions: ${history.length}`);
  const ledger = store.all<any>('pointsLedger');
  for (const a of store.all<any>('pointsAccounts')) {
    const mine = ledger
      .filter((e) => e.userId === a.userId)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    let running = 0;
    for (const e of mine) assert.equal(e.balanceAfter, (running += e.points), e.id);
    assert.equal(running, a.balance, a.userId);
    const lots = store.all<any>('pointsLots').filter((l) => l.userId === a.userId);
    assert.equal(
      lots.reduce((s, l) => s + l.remaining, 0),
      a.balance,
      a.userId,
    );
  }
  for (const r of history)
    assert.equal(
      r.allocations.reduce((s: number, x: any) => s + x.points, 0),
      r.pointsUsed,
      r.id,
    );
});

it('every item has a reason; the same history gives the same list; gifts the caller chose are left out', async () => {
  const a = await recs();
  assert.ok(a.length === 12, `12 by default, got ${a.length}`);
  assert.deepEqual(await recs(), a);
  const me = (await api.call('GET', '/api/me', { token: emp })).body;
  const balance = (await api.call('GET', '/api/points/account', { token: emp })).body.balance;
  const ids = a.map((x) => x.product.id);
  assert.equal(new Set(ids).size, ids.length, 'no repeats');
  for (const x of a) {
    assert.ok(x.product.channels.includes('welfare'));
    if (x.reason.code === 'within-balance') {
      assert.equal(x.reason.params.balance, balance);
      assert.ok(x.product.pointsPrice <= balance);
    }
  }
  // popular-in-department: the counts are the department's redemptions of that gift.
  const deptUsers = new Set(
    store
      .all<any>('users')
      .filter((u) => u.departmentId === me.departmentId)
      .map((u) => u.id),
  );
  const popular = a.filter((x) => x.reason.code === 'popular-in-department');
  assert.ok(popular.length > 0, 'the seeded department has a favourite');
  for (const x of popular) {
    const n = store
      .all<any>('welfareRedemptions')
      .filter(
        (r) => deptUsers.has(r.userId) && r.lines.some((l: any) => l.productId === x.product.id),
      ).length;
    assert.deepEqual(x.reason.params, { departmentId: me.departmentId, redemptions: n });
  }
  const counts = popular.map((x) => x.reason.params.redemptions);
  assert.deepEqual(
    counts,
    [...counts].sort((p, q) => q - p),
    'most chosen first',
  );
  assert.equal((await recs(emp, '?_limit=3')).length, 3);
  assert.ok(
    isProblem(
      await api.call('GET', '/api/welfare/recommendations?_limit=0', { token: emp }),
      400,
      'VALIDATION_FAILED',
    ),
  );
  assert.ok(
    isProblem(await api.call('GET', '/api/welfare/recommendations'), 401, 'UNAUTHENTICATED'),
  );
});

it('after a redemption: "others who chose X also chose Y" comes first, and X is no longer recommended', async () => {
  const history = store.all<any>('welfareRedemptions');
  // The gift most often chosen together with another one by the same person.
  const byUser = new Map<string, Set<string>>();
  for (const r of history) {
    const s = byUser.get(r.userId) ?? new Set<string>();
    for (const l of r.lines) s.add(l.productId);
    byUser.set(r.userId, s);
  }
  const x = [...byUser.values()]
    .find((s) => s.size > 1)!
    .values()
    .next().value as string;
  const co = new Map<string, number>();
  for (const s of byUser.values())
    if (s.has(x)) for (const y of s) if (y !== x) co.set(y, (co.get(y) ?? 0) + 1);
  const topY = [...co.entries()].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0][0];
  const product = api.server.ctx.catalog.product(x)!;
  const r = await api.call('POST', '/api/welfare/redemptions', {
    token: emp,
    body: {
      lines: [{ productId: x, qty: 1 }],
      pointsToUse: 0,
      deliveryAddress: { recipient: '陈佳琪', phone: '13800002222', address: '上海市' },
    },
    headers: { 'idempotency-key': `rec-${process.pid}` },
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.cashFen, product.pointsPrice! * 100);
  const a = await recs();
  assert.deepEqual(a[0].reason, { code: 'also-chose', params: { productId: x } });
  assert.equal(a[0].product.id, topY);
  assert.ok(a.every((i) => i.product.id !== x));
});

it('a published campaign’s gift range shows up as new-in-campaign; a draft’s does not', async () => {
  const hr = await api.token('hr@c1.example');
  const taken = new Set((await recs(emp, '?_limit=24')).map((x) => x.product.id));
  const gifts = api.server.ctx.catalog.products.filter(
    (p) => p.channels.includes('welfare') && !taken.has(p.id),
  );
  const pick = [gifts[0].id, gifts[1].id];
  const c = await api.call('POST', '/api/welfare/campaigns', {
    token: hr,
    body: {
      name: '中秋福利',
      nameEn: 'Mid-Autumn',
      occasion: 'mid-autumn',
      pointsPerEmployee: 100,
      audience: { kind: 'all' },
      grantDate: '2026-09-01',
      costCenterId: 'cc-c1-03',
      giftRange: { kind: 'products', productIds: pick },
    },
  });
  assert.equal(c.status, 201, c.text);
  assert.ok((await recs()).every((x) => x.reason.code !== 'new-in-campaign'));
  await api.call('POST', `/api/welfare/campaigns/${c.body.id}/publish`, { token: hr, body: {} });
  const fresh = (await recs()).filter((x) => x.reason.code === 'new-in-campaign');
  assert.deepEqual(
    fresh.map((x) => [x.product.id, x.reason.params.campaignId]),
    pick.map((id) => [id, c.body.id]),
  );
  // Another company's campaigns never show.
  const c2 = await api.token('employee@c2.example');
  assert.ok((await recs(c2)).every((x) => x.reason.params.campaignId !== c.body.id));
});
