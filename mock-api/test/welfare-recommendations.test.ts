// Welfare recommendations (mock-api/openapi.yaml listWelfareRecommendations) from the seeded redemption
// history: a reason per item, deterministic, never a gift the caller already chose; and the seeded
// history keeps every points ledger summing to its balance.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, isProblem, type Api, type Json, type Kit } from './kit.ts';

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
  (await api.call('GET', `/api/welfare/recommendations${q}`, { token })).body as Json[];

it('the seeded history is consistent: every ledger sums to its balance, lots hold it, balanceAfter runs in time order', () => {
  const history = store.all<Json>('welfareRedemptions');
  assert.ok(history.length > 100, `seeded redemptions: ${history.length}`);
  const ledger = store.all<Json>('pointsLedger');
  for (const a of store.all<Json>('pointsAccounts')) {
    const mine = ledger
      .filter((e) => e.userId === a.userId)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    let running = 0;
    for (const e of mine) assert.equal(e.balanceAfter, (running += e.points), e.id);
    assert.equal(running, a.balance, a.userId);
    const lots = store.all<Json>('pointsLots').filter((l) => l.userId === a.userId);
    assert.equal(
      lots.reduce((s, l) => s + l.remaining, 0),
      a.balance,
      a.userId,
    );
  }
  for (const r of history)
    assert.equal(
      r.allocations.reduce((s: number, x: Json) => s + x.points, 0),
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
      .all<Json>('users')
      .filter((u) => u.departmentId === me.departmentId)
      .map((u) => u.id),
  );
  const popular = a.filter((x) => x.reason.code === 'popular-in-department');
  assert.ok(popular.length > 0, 'the seeded department has a favourite');
  for (const x of popular) {
    const n = store
      .all<Json>('welfareRedemptions')
      .filter(
        (r) => deptUsers.has(r.userId) && r.lines.some((l: Json) => l.productId === x.product.id),
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
  const history = store.all<Json>('welfareRedemptions');
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
    (p) => p.channels.includes('welfare') && !taken.has(p.id) && p.stock > 0,
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

it('the gift list: welfare only, paged with X-Total-Count, sorted by popularity by default, points, newest', async () => {
  const all = api.server.ctx.catalog.products.filter((p) => p.channels.includes('welfare'));
  const first = await api.call('GET', '/api/welfare/gifts', { token: emp });
  assert.equal(first.status, 200);
  assert.equal(first.body.length, 20);
  assert.equal(Number(first.headers.get('x-total-count')), all.length);
  // The current campaign (published above, for the whole company) puts its two gifts first; the
  // rest follow in the order asked for.
  const rest = (xs: Json[]): Json[] => {
    const k = xs.findIndex((g) => !g.inCampaign);
    assert.ok(
      xs.slice(k).every((g) => !g.inCampaign),
      'the campaign range comes first',
    );
    return xs.slice(k);
  };
  assert.deepEqual(
    first.body.slice(0, 2).map((g: Json) => g.inCampaign),
    [true, true],
  );
  const pop = rest(first.body).map((g: Json) => g.redemptions);
  assert.deepEqual(
    pop,
    [...pop].sort((a: number, b: number) => b - a),
  );
  assert.ok(pop[0] > 0, 'the seeded history makes some gifts popular');
  // popularity = quantities redeemed in the company (not cancelled)
  const g0 = rest(first.body)[0];
  const qty = store
    .all<Json>('welfareRedemptions')
    .filter((r) => r.companyId === 'c1' && r.status !== 'cancelled')
    .flatMap((r) => r.lines)
    .filter((l: Json) => l.productId === g0.id)
    .reduce((s: number, l: Json) => s + l.qty, 0);
  assert.equal(g0.redemptions, qty);
  const page2 = (await api.call('GET', '/api/welfare/gifts?_page=2&_limit=20', { token: emp }))
    .body;
  assert.ok(page2.every((g: Json) => !first.body.some((f: Json) => f.id === g.id)));
  const byPoints = (
    await api.call('GET', '/api/welfare/gifts?_sort=points&_limit=100', { token: emp })
  ).body;
  const prices = rest(byPoints).map((g: Json) => g.pointsPrice);
  assert.deepEqual(
    prices,
    [...prices].sort((a: number, b: number) => a - b),
  );
  const newest = (await api.call('GET', '/api/welfare/gifts?_sort=newest&_limit=7', { token: emp }))
    .body;
  assert.deepEqual(
    rest(newest).map((g: Json) => g.id),
    all
      .filter((p) => !newest.some((g: Json) => g.inCampaign && g.id === p.id))
      .map((p) => p.id)
      .sort()
      .reverse()
      .slice(0, 5),
  );
});

it('the gift list: within my balance, points range, search, campaign range first; bad parameters 400', async () => {
  const balance = (await api.call('GET', '/api/points/account', { token: emp })).body.balance;
  const within = await api.call('GET', '/api/welfare/gifts?withinBalance=true&_limit=100', {
    token: emp,
  });
  assert.ok(within.body.length > 0 && within.body.every((g: Json) => g.pointsPrice <= balance));
  const all = api.server.ctx.catalog.products.filter((p) => p.channels.includes('welfare'));
  assert.equal(
    Number(within.headers.get('x-total-count')),
    all.filter((p) => p.pointsPrice! <= balance).length,
  );
  const range = await api.call('GET', '/api/welfare/gifts?pointsMin=100&pointsMax=200&_limit=100', {
    token: emp,
  });
  assert.ok(range.body.every((g: Json) => g.pointsPrice >= 100 && g.pointsPrice <= 200));
  const word = all[0].name.split(' ')[0];
  const found = (
    await api.call('GET', `/api/welfare/gifts?q=${encodeURIComponent(word)}`, { token: emp })
  ).body;
  assert.ok(found.some((g: Json) => g.id === all[0].id));

  const hr = await api.token('hr@c1.example');
  const picked = [all[5].id, all[7].id];
  const c = await api.call('POST', '/api/welfare/campaigns', {
    token: hr,
    body: {
      name: '三八节',
      nameEn: "Women's Day",
      occasion: 'womens-day',
      pointsPerEmployee: 100,
      audience: { kind: 'all' },
      grantDate: '2027-03-08',
      costCenterId: 'cc-c1-03',
      giftRange: { kind: 'products', productIds: picked },
    },
  });
  assert.equal(c.status, 201, c.text);
  // A draft is not the employee's to see: 404, as another company's.
  const draft = await api.call('GET', `/api/welfare/gifts?campaignId=${c.body.id}`, { token: emp });
  assert.ok(isProblem(draft, 404, 'NOT_FOUND'));
  await api.call('POST', `/api/welfare/campaigns/${c.body.id}/publish`, { token: hr, body: {} });
  const list = (await api.call('GET', `/api/welfare/gifts?campaignId=${c.body.id}`, { token: emp }))
    .body;
  assert.deepEqual(
    list
      .slice(0, 2)
      .map((g: Json) => [g.id, g.inCampaign])
      .sort(),
    picked.map((id) => [id, true]).sort(),
  );
  assert.ok(list.slice(2).every((g: Json) => !g.inCampaign));
  const other = await api.token('employee@c2.example');
  assert.ok(
    isProblem(
      await api.call('GET', `/api/welfare/gifts?campaignId=${c.body.id}`, { token: other }),
      404,
      'NOT_FOUND',
    ),
  );
  for (const q of [
    '_sort=price',
    'pointsMin=-1',
    'withinBalance=yes',
    '_order=up',
    'pointsMax=1.5',
  ])
    assert.ok(
      isProblem(
        await api.call('GET', `/api/welfare/gifts?${q}`, { token: emp }),
        400,
        'VALIDATION_FAILED',
      ),
      q,
    );
});
