// e福礼 campaigns (mock-api/openapi.yaml "welfare"): drafts, publish, close, the audience check's row
// rules, preview numbers, granting through the grant rules, tenancy, roles and bad input.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, isProblem, TODAY, type Api, type Json, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let hr: string;
let hr2: string;
let emp: string;
let c2: string;
let db: { users: Json[]; departments: Json[] };
before(async () => {
  kit = createKit();
  api = await kit.start();
  hr = await api.token('hr@c1.example');
  hr2 = await api.token('hr2@c1.example');
  emp = await api.token('employee@c1.example');
  c2 = await api.token('hr@c2.example');
  const users = (await api.call('GET', '/api/users?_limit=100&_page=1', { token: hr })).body;
  const more = [];
  for (let p = 2; p <= 3; p++)
    more.push(...(await api.call('GET', `/api/users?_limit=100&_page=${p}`, { token: hr })).body);
  db = {
    users: [...users, ...more],
    departments: (await api.call('GET', '/api/departments', { token: hr })).body,
  };
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const get = (token: string, path: string) => api.call('GET', path, { token });
const post = (token: string, path: string, body?: unknown) =>
  api.call('POST', path, { token, body: body ?? {} });
const draft = (over: Record<string, unknown> = {}) => ({
  name: '端午节福利',
  nameEn: 'Dragon Boat Festival',
  occasion: 'dragon-boat',
  pointsPerEmployee: 100,
  audience: { kind: 'list', employees: ['C100005'] },
  grantDate: TODAY,
  costCenterId: 'cc-c1-03',
  giftRange: { kind: 'all' },
  ...over,
});
async function create(over: Record<string, unknown> = {}) {
  const r = await post(hr, '/api/welfare/campaigns', draft(over));
  assert.equal(r.status, 201, r.text);
  return r.body;
}
const budget = async () =>
  (await get(hr, `/api/budgets/b-cc-c1-03-welfare-${TODAY.slice(0, 4)}`)).body;

it('a draft gets a default expiry 12 months after the grant date; it can be edited, published, closed', async () => {
  const c = await create();
  assert.equal(c.status, 'draft');
  assert.equal(c.expiresAt, `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4)}T15:59:59.000Z`);
  const p = await api.call('PATCH', `/api/welfare/campaigns/${c.id}`, {
    token: hr,
    body: { pointsPerEmployee: 150, grantDate: '2026-07-01' },
  });
  assert.equal(p.status, 200, p.text);
  assert.equal(p.body.pointsPerEmployee, 150);
  assert.equal(
    p.body.expiresAt,
    '2027-07-01T15:59:59.000Z',
    'a default expiry moves with the date',
  );
  assert.equal(p.body.version, 2);
  // Employees see published campaigns only.
  assert.ok(isProblem(await get(emp, `/api/welfare/campaigns/${c.id}`), 404, 'NOT_FOUND'));
  const pub = await post(hr, `/api/welfare/campaigns/${c.id}/publish`);
  assert.equal(pub.body.status, 'published');
  assert.equal((await get(emp, `/api/welfare/campaigns/${c.id}`)).status, 200);
  assert.ok(
    (await get(emp, '/api/welfare/campaigns')).body.every((x: Json) => x.status === 'published'),
  );
  const edit = await api.call('PATCH', `/api/welfare/campaigns/${c.id}`, {
    token: hr,
    body: { pointsPerEmployee: 1 },
  });
  assert.ok(isProblem(edit, 409, 'NOT_ALLOWED_IN_STATE'));
  const del = await api.call('DELETE', `/api/welfare/campaigns/${c.id}`, { token: hr });
  assert.ok(isProblem(del, 409, 'NOT_ALLOWED_IN_STATE'));
  const closed = await post(hr, `/api/welfare/campaigns/${c.id}/close`);
  assert.equal(closed.body.status, 'closed');
  assert.ok(
    isProblem(await post(hr, `/api/welfare/campaigns/${c.id}/close`), 409, 'NOT_ALLOWED_IN_STATE'),
  );
  const d = await create();
  assert.equal(
    (await api.call('DELETE', `/api/welfare/campaigns/${d.id}`, { token: hr })).status,
    204,
  );
  assert.ok(isProblem(await get(hr, `/api/welfare/campaigns/${d.id}`), 404, 'NOT_FOUND'));
});

it('the audience check explains every bad row: unknown, other company, duplicate, left the company', async () => {
  const c = await create();
  const me = db.users.find((u) => u.email === 'employee@c1.example');
  const left = db.users.find((u) => u.companyId === 'c1' && u.active === false);
  assert.ok(me && left, 'the seed has an employee who left');
  const r = await post(hr, `/api/welfare/campaigns/${c.id}/audience/check`, {
    rows: [
      me.employeeNo,
      ' EMPLOYEE@C1.EXAMPLE ',
      '',
      'nobody@c1.example',
      'someone@c2.example',
      'C299999',
      left.email,
      'Ｃ１００００５',
    ],
  });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(
    r.body.rows.map((x: Json) => [x.row, x.status, x.firstRow ?? null]),
    [
      [1, 'ok', null],
      [2, 'duplicate', 1],
      [4, 'unknown', null],
      [5, 'other-company', null],
      [6, 'other-company', null],
      [7, 'left', null],
      [8, 'duplicate', 1],
    ],
  );
  assert.equal(r.body.ok, 1);
  assert.equal(r.body.bad, 6);
  const tooMany = await post(hr, `/api/welfare/campaigns/${c.id}/audience/check`, {
    rows: Array.from({ length: 1001 }, (_, i) => `x${i}@c1.example`),
  });
  assert.ok(isProblem(tooMany, 400, 'VALIDATION_FAILED'));
});

it('preview: reach, points, cost, budget before → after, approval; granting credits the good rows only', async () => {
  const me = db.users.find((u) => u.email === 'employee@c1.example');
  const c = await create({
    audience: { kind: 'list', employees: [me.employeeNo, 'nobody@c1.example', me.email] },
    pointsPerEmployee: 120,
  });
  const b0 = await budget();
  const pv = (await get(hr, `/api/welfare/campaigns/${c.id}/preview`)).body;
  assert.deepEqual(
    { ...pv, budget: { ...pv.budget } },
    {
      campaignId: c.id,
      employees: 1,
      badRows: 2,
      pointsPerEmployee: 120,
      totalPoints: 120,
      pointValueFen: 100,
      costFen: 12_000,
      budget: {
        budgetId: b0.id,
        availableBeforeFen: b0.availableFen,
        availableAfterFen: b0.availableFen - 12_000,
      },
      approvalLevels: 0,
      needsApproval: false,
      overBudget: false,
      budgetRequest: null,
    },
  );
  assert.ok(
    isProblem(await post(hr, `/api/welfare/campaigns/${c.id}/grant`), 409, 'NOT_ALLOWED_IN_STATE'),
    'a draft is not granted',
  );
  await post(hr, `/api/welfare/campaigns/${c.id}/publish`);
  const balance0 = (await get(emp, '/api/points/account')).body.balance;
  const g = await post(hr, `/api/welfare/campaigns/${c.id}/grant`);
  assert.equal(g.status, 201, g.text);
  assert.equal(g.body.status, 'credited');
  assert.equal(g.body.campaignId, c.id);
  assert.deepEqual(g.body.employeeIds, [me.id]);
  assert.equal(g.body.expiresAt, c.expiresAt);
  assert.equal((await get(emp, '/api/points/account')).body.balance, balance0 + 120);
  const told = ((await get(emp, '/api/notifications')).body as Json[]).find(
    (n) => n.subjectId === g.body.id,
  );
  assert.equal(told.kind, 'points_credited');
  assert.deepEqual(told.params, {
    points: 120,
    expiresAt: c.expiresAt,
    occasion: c.name,
    occasionEn: c.nameEn,
  });
  assert.match(told.messageEn, /^120 welfare points for Dragon Boat Festival are in your wallet/);
  assert.equal((await get(hr, `/api/welfare/campaigns/${c.id}`)).body.grantId, g.body.id);
  assert.ok(
    isProblem(await post(hr, `/api/welfare/campaigns/${c.id}/grant`), 409, 'NOT_ALLOWED_IN_STATE'),
    'granted once',
  );
  assert.equal((await budget()).availableFen, b0.availableFen - 12_000);
});

it('a whole-company campaign above the threshold waits for the other hr user; over budget it is blocked with a budget request prefill', async () => {
  const c = await create({ audience: { kind: 'all' }, pointsPerEmployee: 50 });
  const active = db.users.filter((u) => u.companyId === 'c1' && u.active).length;
  let pv = (await get(hr, `/api/welfare/campaigns/${c.id}/preview`)).body;
  assert.equal(pv.employees, active);
  assert.equal(pv.costFen, 50 * 100 * active);
  assert.equal(pv.needsApproval, true);
  await post(hr, `/api/welfare/campaigns/${c.id}/publish`);
  const g = await post(hr, `/api/welfare/campaigns/${c.id}/grant`);
  assert.equal(g.body.status, 'pending_approval');
  const task = (await get(hr2, `/api/approvals/${g.body.taskIds[0]}`)).body;
  assert.equal(task.canDecide, true);
  assert.equal(task.subjectType, 'grant');
  assert.deepEqual(task.summary, {
    title: `福利发放 ${c.name}（${active} 人）`,
    titleEn: `Welfare grant ${c.nameEn} (${active} employees)`,
  });

  const big = await create({ audience: { kind: 'all' }, pointsPerEmployee: 1_000_000 });
  pv = (await get(hr, `/api/welfare/campaigns/${big.id}/preview`)).body;
  assert.equal(pv.overBudget, true);
  assert.deepEqual(pv.budgetRequest, {
    budgetId: pv.budget.budgetId,
    deltaFen: pv.costFen - pv.budget.availableBeforeFen,
  });
  await post(hr, `/api/welfare/campaigns/${big.id}/publish`);
  const b0 = await budget();
  const no = await post(hr, `/api/welfare/campaigns/${big.id}/grant`);
  assert.ok(isProblem(no, 422, 'BUDGET_EXCEEDED'));
  assert.deepEqual(await budget(), b0);
  assert.equal((await get(hr, `/api/welfare/campaigns/${big.id}`)).body.grantId, undefined);
});

it('departments audience reaches their active employees', async () => {
  const dept = db.departments.find((d) => d.companyId === 'c1' && d.id === 'd-c1-07');
  const c = await create({ audience: { kind: 'departments', departmentIds: [dept.id] } });
  const pv = (await get(hr, `/api/welfare/campaigns/${c.id}/preview`)).body;
  assert.equal(pv.employees, db.users.filter((u) => u.departmentId === dept.id && u.active).length);
});

it('bad input is 400 with one error per problem and creates nothing', async () => {
  const before = (await get(hr, '/api/welfare/campaigns')).body.length;
  for (const [bad, path] of [
    [{ occasion: '春节' }, 'occasion'],
    [{ pointsPerEmployee: 0 }, 'pointsPerEmployee'],
    [{ audience: { kind: 'departments' } }, 'audience.departmentIds'],
    [{ audience: { kind: 'departments', departmentIds: ['d-c2-01'] } }, 'audience.departmentIds.0'],
    [{ giftRange: { kind: 'products', productIds: ['nope'] } }, 'giftRange.productIds.0'],
    [{ costCenterId: 'cc-c2-01' }, 'costCenterId'],
    [{ grantDate: '2026-13-45' }, 'grantDate'],
    [{ expiresAt: `${TODAY}T00:00:00Z` }, 'expiresAt'],
    [{ extra: 1 }, 'extra'],
  ] as const) {
    const r = await post(hr, '/api/welfare/campaigns', draft(bad));
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(bad));
    assert.ok(
      r.body.errors.some((e: Json) => e.path === path),
      `${path}: ${r.text}`,
    );
  }
  assert.equal((await get(hr, '/api/welfare/campaigns')).body.length, before);
  const empty = await create({ audience: { kind: 'list', employees: ['nobody@c1.example'] } });
  assert.ok(
    isProblem(
      await post(hr, `/api/welfare/campaigns/${empty.id}/publish`),
      400,
      'VALIDATION_FAILED',
    ),
  );
});

it('only hr creates and changes campaigns (403); another company gets 404 for every campaign route', async () => {
  const c = await create();
  for (const who of ['employee@c1.example', 'buyer@c1.example', 'admin@c1.example']) {
    const t = await api.token(who);
    assert.ok(isProblem(await post(t, '/api/welfare/campaigns', draft()), 403, 'FORBIDDEN'), who);
    assert.ok(isProblem(await post(t, `/api/welfare/campaigns/${c.id}/publish`), 403, 'FORBIDDEN'));
    assert.ok(isProblem(await get(t, `/api/welfare/campaigns/${c.id}/preview`), 403, 'FORBIDDEN'));
    assert.ok(
      isProblem(
        await post(t, `/api/welfare/campaigns/${c.id}/audience/check`, { rows: ['x'] }),
        403,
        'FORBIDDEN',
      ),
    );
    assert.ok(isProblem(await post(t, `/api/welfare/campaigns/${c.id}/grant`), 403, 'FORBIDDEN'));
  }
  const nf = (r: Json) => isProblem(r, 404, 'NOT_FOUND');
  assert.ok(nf(await get(c2, `/api/welfare/campaigns/${c.id}`)));
  assert.ok(nf(await get(c2, `/api/welfare/campaigns/${c.id}/preview`)));
  assert.ok(
    nf(
      await api.call('PATCH', `/api/welfare/campaigns/${c.id}`, {
        token: c2,
        body: { pointsPerEmployee: 5 },
      }),
    ),
  );
  assert.ok(nf(await api.call('DELETE', `/api/welfare/campaigns/${c.id}`, { token: c2 })));
  assert.ok(nf(await post(c2, `/api/welfare/campaigns/${c.id}/publish`)));
  assert.ok(nf(await post(c2, `/api/welfare/campaigns/${c.id}/close`)));
  assert.ok(nf(await post(c2, `/api/welfare/campaigns/${c.id}/grant`)));
  assert.ok(nf(await post(c2, `/api/welfare/campaigns/${c.id}/audience/check`, { rows: ['x'] })));
  assert.ok(
    (await get(c2, '/api/welfare/campaigns')).body.every((x: Json) => x.companyId === 'c2'),
  );
  assert.equal((await get(hr, `/api/welfare/campaigns/${c.id}`)).body.status, 'draft');
});

it('two grants of one campaign at once: exactly one is made', async () => {
  const c = await create({ pointsPerEmployee: 10 });
  await post(hr, `/api/welfare/campaigns/${c.id}/publish`);
  const rs = await Promise.all([
    post(hr, `/api/welfare/campaigns/${c.id}/grant`),
    post(hr, `/api/welfare/campaigns/${c.id}/grant`),
  ]);
  assert.deepEqual(rs.map((r) => r.status).sort(), [201, 409]);
});

it('reports: a campaign’s reached, redeemed, outstanding, expired and top gifts; liability; CSV for finance', async () => {
  const t0 = api.clock.now;
  const me = db.users.find((u) => u.email === 'employee@c1.example');
  const expiresAt = new Date(t0 + 10 * 86_400_000).toISOString(); // sooner than the seed's lots: spent first
  const c = await create({
    name: '=HYPERLINK("x")',
    audience: { kind: 'list', employees: [me.employeeNo] },
    pointsPerEmployee: 300,
    expiresAt,
  });
  const liab0 = (await get(hr, '/api/welfare/reports/liability')).body;
  await post(hr, `/api/welfare/campaigns/${c.id}/publish`);
  const g = (await post(hr, `/api/welfare/campaigns/${c.id}/grant`)).body;
  const liab1 = (await get(hr, '/api/welfare/reports/liability')).body;
  assert.equal(liab1.outstandingPoints, liab0.outstandingPoints + 300);
  assert.equal(liab1.outstandingFen, liab1.outstandingPoints * liab1.pointValueFen);
  assert.equal(liab1.expiringIn30DaysPoints, liab0.expiringIn30DaysPoints + 300);
  assert.equal(liab1.expiringIn90DaysPoints, liab0.expiringIn90DaysPoints + 300);

  const gifts = (await get(emp, '/api/products?channel=welfare&_limit=100')).body;
  const gift = (gifts.items ?? gifts).find((p: Json) => p.pointsPrice <= 100 && p.stock >= 2);
  const r = await api.call('POST', '/api/welfare/redemptions', {
    token: emp,
    body: {
      lines: [{ productId: gift.id, qty: 2 }],
      pointsToUse: gift.pointsPrice * 2,
      deliveryAddress: { recipient: '陈佳琪', phone: '13800002222', address: '上海市' },
    },
    headers: { 'idempotency-key': `rep-${process.pid}` },
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.allocations[0].lotId.endsWith(g.id), true, 'the campaign lot expires first');
  const used = gift.pointsPrice * 2;
  let rep = (await get(hr, `/api/welfare/campaigns/${c.id}/report`)).body;
  assert.deepEqual(
    { ...rep.grant, createdAt: undefined },
    {
      grantId: g.id,
      campaignId: c.id,
      occasion: c.name,
      createdAt: undefined,
      expiresAt,
      status: 'credited',
      reached: 1,
      pointsGranted: 300,
      pointsRedeemed: used,
      redeemedPercent: Math.round((used / 300) * 1000) / 10,
      pointsOutstanding: 300 - used,
      pointsExpired: 0,
      costFen: 30_000,
    },
  );
  assert.deepEqual(rep.topGifts, [
    { productId: gift.id, name: gift.name, nameEn: gift.nameEn, qty: 2, redemptions: 1 },
  ]);

  const csv = await api.call('GET', '/api/welfare/reports/grants?format=csv', { token: hr });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  assert.ok(csv.text.startsWith('grantId,campaignId,occasion,'));
  const raw = new Uint8Array(
    await (
      await fetch(`${api.base}/api/welfare/reports/grants?format=csv`, {
        headers: { authorization: `Bearer ${hr}` },
      })
    ).arrayBuffer(),
  );
  assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM for Excel');
  const lines = csv.text.trimEnd().split('\r\n');
  const json = (await get(hr, '/api/welfare/reports/grants')).body;
  assert.equal(lines.length, json.length + 1);
  const row = lines.find((l) => l.startsWith(g.id))!;
  assert.ok(row.includes(`"'=HYPERLINK(""x"")"`), `formula neutralised: ${row}`);
  assert.ok(
    json.every(
      (x: Json) => x.pointsGranted === x.pointsRedeemed + x.pointsOutstanding + x.pointsExpired,
    ),
  );

  // After the campaign's expiry its unspent points count as expired, and leave the liability.
  api.clock.now = Date.parse(expiresAt) + 1000;
  const hrNow = (await api.login('hr@c1.example')).body.token;
  rep = (await get(hrNow, `/api/welfare/campaigns/${c.id}/report`)).body;
  assert.equal(rep.grant.pointsExpired, 300 - used);
  assert.equal(rep.grant.pointsOutstanding, 0);
  api.clock.now = t0; // back in time; the earlier sessions idled out at the later time: sign in again
  hr = (await api.login('hr@c1.example')).body.token;
  emp = (await api.login('employee@c1.example')).body.token;
  c2 = (await api.login('hr@c2.example')).body.token;
});

it('reports: only hr (403), another company 404, a bad format 400', async () => {
  const c = await create();
  assert.ok(isProblem(await get(emp, '/api/welfare/reports/liability'), 403, 'FORBIDDEN'));
  assert.ok(isProblem(await get(emp, '/api/welfare/reports/grants'), 403, 'FORBIDDEN'));
  assert.ok(isProblem(await get(emp, `/api/welfare/campaigns/${c.id}/report`), 403, 'FORBIDDEN'));
  assert.ok(isProblem(await get(c2, `/api/welfare/campaigns/${c.id}/report`), 404, 'NOT_FOUND'));
  const theirs = (await get(c2, '/api/welfare/reports/grants')).body;
  assert.ok(theirs.length > 0 && theirs.every((g: Json) => !g.grantId.includes('c1')));
  assert.ok(
    isProblem(await get(hr, '/api/welfare/reports/grants?format=xml'), 400, 'VALIDATION_FAILED'),
  );
  const draftReport = (await get(hr, `/api/welfare/campaigns/${c.id}/report`)).body;
  assert.deepEqual([draftReport.grant, draftReport.topGifts], [null, []]);
});
