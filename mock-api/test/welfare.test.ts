// e福礼 grants and redemptions against a real server with a controlled clock (mock-api/openapi.yaml,
// "welfare"; rules in mock-api/README.md "Welfare"): one transaction over budget, approval and lots,
// oldest-expiring lots first, refunds to the original lots, expiry and the payment window on time,
// tenancy, roles, bad input, idempotency and concurrency.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, TODAY, type Answer, type Api, type Json, type Kit } from './kit.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.parse(`${TODAY}T08:00:00.000Z`);
const ADDRESS = {
  recipient: '陈佳琪',
  phone: '13800002222',
  address: '上海市嘉定区安亭镇墨玉南路888号',
};

let kit: Kit;
let api: Api;
let seq = 0;
const key = () => ({ 'idempotency-key': `w-${process.pid}-${++seq}` });

before(async () => {
  kit = createKit();
  api = await kit.start();
});
after(async () => {
  await api.close();
  kit.cleanup();
});

/** A fresh token (sessions idle out when the clock jumps). */
async function tok(email: string): Promise<string> {
  const r = await api.login(email);
  assert.equal(r.status, 200, r.text);
  return r.body.token;
}
const get = (token: string, path: string) => api.call('GET', path, { token });
const post = (token: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  api.call('POST', path, { token, body, headers });
const sum = (rows: { points: number }[]) => rows.reduce((s, e) => s + e.points, 0);

async function wallet(token: string) {
  const account = (await get(token, '/api/points/account')).body;
  const ledger = (await get(token, '/api/points/ledger?_limit=100')).body;
  const lots = (await get(token, '/api/points/lots?_limit=100')).body;
  return { balance: account.balance as number, ledger, lots };
}
async function assertConsistent(token: string) {
  const w = await wallet(token);
  assert.equal(sum(w.ledger), w.balance, 'the ledger sums to the balance');
  const unexpired = w.lots.filter((l: Json) => !l.expired);
  assert.equal(
    unexpired.reduce((s: number, l: Json) => s + l.remaining, 0),
    w.balance,
    'the unexpired lots hold the balance',
  );
  assert.ok(w.balance >= 0);
  return w;
}

async function welfareProducts(token: string): Promise<Json[]> {
  const r = await get(token, '/api/products?channel=welfare&_limit=100');
  assert.equal(r.status, 200);
  return r.body.items ?? r.body;
}
async function procurementOnly(token: string): Promise<Json> {
  const r = await get(token, '/api/products?channel=procurement&_limit=100');
  const items = r.body.items ?? r.body;
  return items.find((p: Json) => !p.channels.includes('welfare'));
}
async function welfareBudget(token: string, cc: string) {
  const r = await get(token, `/api/budgets/b-${cc}-welfare-${TODAY.slice(0, 4)}`);
  assert.equal(r.status, 200, r.text);
  return r.body;
}
const inAYear = new Date(T0 + 365 * DAY).toISOString();
const staff = (c: string, from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `u-${c}-${String(from + i).padStart(4, '0')}`);

describe('grants', () => {
  it('below the approval threshold: budget committed and spent, every employee credited with one lot', async () => {
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await wallet(emp);
    const budget0 = await welfareBudget(hr, 'cc-c1-03');
    const r = await post(hr, '/api/welfare/grants', {
      occasion: '端午节福利',
      points: 200,
      employeeIds: ['u-c1-employee', 'u-c1-0001'],
      expiresAt: inAYear,
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'credited');
    assert.equal(r.body.costFen, 200 * 100 * 2);
    assert.deepEqual(r.body.taskIds, []);
    assert.equal(r.body.costCenterId, 'cc-c1-03', "default: the caller's department's cost center");
    const budget1 = await welfareBudget(hr, 'cc-c1-03');
    assert.equal(budget1.spentFen, budget0.spentFen + 40_000);
    assert.equal(budget1.committedFen, budget0.committedFen);
    const moves = (await get(hr, `/api/budgets/${budget1.id}/movements`)).body;
    assert.deepEqual(
      moves
        .filter((m: Json) => m.subjectId === r.body.id)
        .map((m: Json) => m.type)
        .sort(),
      ['commit', 'spend'],
    );
    assert.ok(
      moves
        .filter((m: Json) => m.subjectId === r.body.id)
        .every((m: Json) => m.reasonCode === 'WELFARE_GRANT' && m.reasonParams.id === r.body.id),
    );
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance + 200);
    const lot = after.lots.find((l: Json) => l.grantId === r.body.id);
    assert.equal(lot.remaining, 200);
    assert.equal(lot.expiresAt, inAYear);
    assert.equal((await get(hr, `/api/welfare/grants/${r.body.id}`)).body.status, 'credited');
  });

  it('at the threshold it waits for approval by another hr user, then credits everyone; the creator may not approve', async () => {
    const hr = await tok('hr@c1.example');
    const hr2 = await tok('hr2@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await wallet(emp);
    const budget0 = await welfareBudget(hr, 'cc-c1-03');
    // c1: approvalThresholdFen 500,000 = 5,000 points at 100 fen; 10 × 500 points reach it.
    const ids = ['u-c1-employee', ...staff('c1', 10, 9)];
    const r = await post(hr, '/api/welfare/grants', {
      occasion: '春节福利',
      points: 500,
      employeeIds: ids,
      expiresAt: inAYear,
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'pending_approval');
    assert.equal(r.body.taskIds.length, 1);
    assert.equal((await wallet(emp)).balance, before.balance, 'nobody credited yet');
    const toldEmp = async () =>
      ((await get(emp, '/api/notifications')).body as Json[]).filter(
        (n) => n.subjectId === r.body.id,
      );
    assert.deepEqual(await toldEmp(), [], 'nobody told before the approval');
    const budget1 = await welfareBudget(hr, 'cc-c1-03');
    assert.equal(budget1.committedFen, budget0.committedFen + 500_000);

    const taskId = r.body.taskIds[0];
    const own = (await get(hr, `/api/approvals/${taskId}`)).body;
    assert.equal(own.subjectType, 'grant');
    assert.equal(own.canDecide, false);
    assert.equal(own.subject.id, r.body.id);
    const mine = await post(hr, `/api/approvals/${taskId}/decision`, {
      decision: 'approve',
      version: own.version,
    });
    assert.ok(isProblem(mine, 403, 'FORBIDDEN'));
    const inbox = (await get(hr2, '/api/approvals?subjectType=grant&status=pending')).body;
    assert.ok(inbox.some((t: Json) => t.id === taskId && t.canDecide));
    const ok = await post(hr2, `/api/approvals/${taskId}/decision`, {
      decision: 'approve',
      version: own.version,
    });
    assert.equal(ok.status, 200, ok.text);
    const g = (await get(hr, `/api/welfare/grants/${r.body.id}`)).body;
    assert.equal(g.status, 'credited');
    const budget2 = await welfareBudget(hr, 'cc-c1-03');
    assert.equal(budget2.committedFen, budget0.committedFen);
    assert.equal(budget2.spentFen, budget0.spentFen + 500_000);
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance + 500);
    const told = (await get(hr, '/api/notifications')).body.find(
      (n: Json) => n.subjectId === r.body.id,
    );
    assert.equal(told.kind, 'grant_approved');
    assert.match(told.messageEn, /^Your welfare points grant WG.* \(¥5,000\.00\) was approved by /);
    assert.equal(told.params.amountFen, 500_000);
    const credited = await toldEmp();
    assert.equal(credited.length, 1);
    assert.equal(credited[0].kind, 'points_credited');
    assert.deepEqual(credited[0].params, { points: 500, expiresAt: inAYear, occasion: '春节福利' });
  });

  it('every credited employee is told: points, expiry and occasion, in their own notifications only', async () => {
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const r = await post(hr, '/api/welfare/grants', {
      occasion: '三八节福利',
      points: 120,
      employeeIds: ['u-c1-employee'],
      expiresAt: inAYear,
    });
    assert.equal(r.status, 201, r.text);
    const mine = ((await get(emp, '/api/notifications?unread=true')).body as Json[]).filter(
      (n) => n.subjectId === r.body.id,
    );
    assert.equal(mine.length, 1);
    const n = mine[0];
    assert.equal(n.kind, 'points_credited');
    assert.equal(n.subjectType, 'grant');
    assert.deepEqual(n.params, { points: 120, expiresAt: inAYear, occasion: '三八节福利' });
    const until = new Date(Date.parse(inAYear) + 8 * HOUR).toISOString().slice(0, 10);
    assert.equal(n.message, `三八节福利：120 福利积分已到账，${until} 前有效`);
    assert.equal(
      n.messageEn,
      `120 welfare points for 三八节福利 are in your wallet, valid until ${until}`,
    );
    // The hr user who granted is not told, nor anyone of another company.
    for (const who of ['hr@c1.example', 'employee@c2.example']) {
      const t = await tok(who);
      const theirs = (await get(t, '/api/notifications')).body as Json[];
      assert.ok(
        theirs.every((x) => x.subjectId !== r.body.id),
        who,
      );
    }
  });

  it('a rejected grant releases the budget and credits nobody', async () => {
    const hr = await tok('hr@c1.example');
    const hr2 = await tok('hr2@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await wallet(emp);
    const budget0 = await welfareBudget(hr, 'cc-c1-03');
    const r = await post(hr, '/api/welfare/grants', {
      occasion: '中秋福利',
      points: 5000,
      employeeIds: ['u-c1-employee'],
      expiresAt: inAYear,
    });
    assert.equal(r.body.status, 'pending_approval');
    const task = (await get(hr2, `/api/approvals/${r.body.taskIds[0]}`)).body;
    const no = await post(hr2, `/api/approvals/${task.id}/decision`, {
      decision: 'reject',
      comment: '预算另有安排',
      version: task.version,
    });
    assert.equal(no.status, 200, no.text);
    assert.equal((await get(hr, `/api/welfare/grants/${r.body.id}`)).body.status, 'rejected');
    const told = (await get(hr, '/api/notifications')).body.find(
      (n: Json) => n.subjectId === r.body.id,
    );
    assert.equal(told.kind, 'grant_rejected');
    assert.deepEqual(
      (({ committedFen, spentFen }) => ({ committedFen, spentFen }))(
        await welfareBudget(hr, 'cc-c1-03'),
      ),
      { committedFen: budget0.committedFen, spentFen: budget0.spentFen },
    );
    assert.equal((await wallet(emp)).balance, before.balance);
  });

  it('over the welfare budget: 422 BUDGET_EXCEEDED and nobody credited', async () => {
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await wallet(emp);
    const budget0 = await welfareBudget(hr, 'cc-c1-03');
    const r = await post(hr, '/api/welfare/grants', {
      occasion: '超预算',
      points: 1_000_000,
      employeeIds: ['u-c1-employee', 'u-c1-0001'],
      expiresAt: inAYear,
    });
    assert.ok(isProblem(r, 422, 'BUDGET_EXCEEDED'), r.text);
    assert.deepEqual(await welfareBudget(hr, 'cc-c1-03'), budget0);
    assert.equal((await wallet(emp)).balance, before.balance);
  });

  it('two grants at once that fit the budget only one at a time: exactly one is accepted', async () => {
    const hr = await tok('hr@c1.example');
    const b = await welfareBudget(hr, 'cc-c1-05');
    // 10 employees, each grant costs 60 % of what is available.
    const points = Math.floor((b.availableFen * 0.6) / 100 / 10);
    const grant = (from: number) =>
      post(hr, '/api/welfare/grants', {
        occasion: '并发',
        points,
        employeeIds: staff('c1', from, 10),
        expiresAt: inAYear,
        costCenterId: 'cc-c1-05',
      });
    const rs = await Promise.all([grant(30), grant(40)]);
    assert.deepEqual(rs.map((r) => r.status).sort(), [201, 422]);
    const b1 = await welfareBudget(hr, 'cc-c1-05');
    assert.equal(b1.availableFen, b.availableFen - points * 100 * 10);
  });

  it("another company's employees are named and nothing is credited; bad input changes nothing", async () => {
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await wallet(emp);
    const budget0 = await welfareBudget(hr, 'cc-c1-03');
    const base = { occasion: '端午', points: 100, expiresAt: inAYear };
    const other = await post(hr, '/api/welfare/grants', {
      ...base,
      employeeIds: ['u-c1-employee', 'u-c2-0001', 'nobody'],
    });
    assert.ok(isProblem(other, 400, 'VALIDATION_FAILED'));
    assert.deepEqual(other.body.errors, [
      { path: 'employeeIds.1', message: 'Unknown employee u-c2-0001' },
      { path: 'employeeIds.2', message: 'Unknown employee nobody' },
    ]);
    const dup = await post(hr, '/api/welfare/grants', {
      ...base,
      employeeIds: ['u-c1-employee', 'u-c1-employee'],
    });
    assert.deepEqual(
      dup.body.errors.map((e: Json) => e.path),
      ['employeeIds.1'],
    );
    const past = await post(hr, '/api/welfare/grants', {
      ...base,
      employeeIds: ['u-c1-employee'],
      expiresAt: new Date(T0 - DAY).toISOString(),
    });
    assert.deepEqual(
      past.body.errors.map((e: Json) => e.path),
      ['expiresAt'],
    );
    for (const bad of [
      { ...base, points: 0, employeeIds: ['u-c1-employee'] },
      { ...base, employeeIds: [] },
      { ...base, employeeIds: ['u-c1-employee'], expiresAt: 'next year' },
      { ...base, employeeIds: ['u-c1-employee'], extra: 1 },
      { ...base, employeeIds: ['u-c1-employee'], costCenterId: 'cc-c2-01' },
    ]) {
      const r = await post(hr, '/api/welfare/grants', bad);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(bad));
    }
    assert.deepEqual(await welfareBudget(hr, 'cc-c1-03'), budget0);
    assert.equal((await wallet(emp)).balance, before.balance);
  });

  it('only hr grants and lists grants (403); another company reads 404', async () => {
    const body = { occasion: 'x', points: 1, employeeIds: ['u-c1-employee'], expiresAt: inAYear };
    for (const who of ['employee@c1.example', 'buyer@c1.example', 'admin@c1.example']) {
      const t = await tok(who);
      assert.ok(isProblem(await post(t, '/api/welfare/grants', body), 403, 'FORBIDDEN'), who);
      assert.ok(isProblem(await get(t, '/api/welfare/grants'), 403, 'FORBIDDEN'), who);
    }
    const hr = await tok('hr@c1.example');
    const list = await get(hr, '/api/welfare/grants');
    assert.ok(list.body.length > 0 && list.body.every((g: Json) => g.companyId === 'c1'));
    const c2 = await tok('hr@c2.example');
    assert.ok(isProblem(await get(c2, `/api/welfare/grants/${list.body[0].id}`), 404, 'NOT_FOUND'));
    assert.ok((await get(c2, '/api/welfare/grants')).body.every((g: Json) => g.companyId === 'c2'));
  });
});

describe('redemptions', () => {
  let gift: Json; // a welfare product
  let other: Json; // a procurement-only product
  before(async () => {
    const t = await tok('employee@c1.example');
    const list = await welfareProducts(t);
    gift = list.find((p: Json) => p.pointsPrice >= 50 && p.pointsPrice <= 150) ?? list[0];
    other = await procurementOnly(t);
    assert.ok(gift && other);
  });
  const redeem = (token: string, qty: number, pointsToUse: number, h = key()) =>
    post(
      token,
      '/api/welfare/redemptions',
      { lines: [{ productId: gift.id, qty }], pointsToUse, deliveryAddress: ADDRESS },
      h,
    );

  it('points only: paid at once, spent from the oldest-expiring lot, the server computes the totals', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const oldest = before.lots
      .filter((l: Json) => !l.expired && l.remaining > 0)
      .sort((a: Json, b: Json) => a.expiresAt.localeCompare(b.expiresAt))[0];
    const r = await post(
      emp,
      '/api/welfare/redemptions',
      {
        lines: [{ productId: gift.id, qty: 1 }],
        pointsToUse: gift.pointsPrice,
        deliveryAddress: ADDRESS,
      },
      key(),
    );
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'paid');
    assert.equal(r.body.totalPoints, gift.pointsPrice);
    assert.equal(r.body.pointsUsed, gift.pointsPrice);
    assert.equal(r.body.cashFen, 0);
    assert.equal(r.body.allocations[0].lotId, oldest.id);
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance - gift.pointsPrice);
    const lot = after.lots.find((l: Json) => l.id === oldest.id);
    assert.equal(lot.remaining, oldest.remaining - Math.min(oldest.remaining, gift.pointsPrice));
  });

  it('points + cash: placed until paid; cash = (total − points) × pointValueFen; paying twice is 409', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const r = await redeem(emp, 2, 10);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'placed');
    assert.equal(r.body.cashFen, (gift.pointsPrice * 2 - 10) * 100);
    assert.equal(r.body.payBy, new Date(T0 + 30 * MIN).toISOString());
    const paid = await post(emp, `/api/welfare/redemptions/${r.body.id}/pay`, { method: 'card' });
    assert.equal(paid.status, 200, paid.text);
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.paymentMethod, 'card');
    const again = await post(emp, `/api/welfare/redemptions/${r.body.id}/pay`, { method: 'card' });
    assert.ok(isProblem(again, 409, 'NOT_ALLOWED_IN_STATE'));
    const bad = await post(emp, `/api/welfare/redemptions/${r.body.id}/pay`, { method: 'cash' });
    assert.ok(isProblem(bad, 400, 'VALIDATION_FAILED'));
  });

  it('unpaid after 30 minutes: cancelled and its points back in their original lots, on time', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const r = await redeem(emp, 3, 40);
    assert.equal(r.body.status, 'placed');
    api.clock.now = T0 + 30 * MIN;
    // The balance read alone brings the redemption up to the clock.
    const w = await assertConsistent(emp);
    assert.equal(w.balance, before.balance);
    for (const a of r.body.allocations) {
      const lot = w.lots.find((l: Json) => l.id === a.lotId);
      const was = before.lots.find((l: Json) => l.id === a.lotId);
      assert.equal(lot.remaining, was.remaining);
      assert.equal(lot.expiresAt, was.expiresAt);
    }
    const d = (await get(emp, `/api/welfare/redemptions/${r.body.id}`)).body;
    assert.equal(d.status, 'cancelled');
    assert.equal(d.cancelReason, 'unpaid');
    assert.deepEqual(d.timeline.map((e: Json) => [e.type, e.at]).slice(1), [
      ['cancelled', r.body.payBy],
      ['refunded', r.body.payBy],
    ]);
    const pay = await post(emp, `/api/welfare/redemptions/${r.body.id}/pay`, { method: 'payroll' });
    assert.ok(isProblem(pay, 409, 'NOT_ALLOWED_IN_STATE'));
    api.clock.now = T0;
  });

  it('paid → shipped → delivered by the clock, then the employee confirms; a shipped gift cannot be cancelled', async () => {
    api.clock.now = T0;
    let emp = await tok('employee@c1.example');
    const r = await redeem(emp, 1, gift.pointsPrice);
    assert.equal(r.body.status, 'paid');
    api.clock.now = T0 + DAY;
    emp = await tok('employee@c1.example');
    const shipped = (await get(emp, `/api/welfare/redemptions/${r.body.id}`)).body;
    assert.equal(shipped.status, 'shipped');
    assert.equal(shipped.shippedAt, new Date(T0 + DAY).toISOString());
    const c = await post(emp, `/api/welfare/redemptions/${r.body.id}/cancel`, {});
    assert.ok(isProblem(c, 409, 'NOT_ALLOWED_IN_STATE'));
    api.clock.now = T0 + 3 * DAY + HOUR;
    emp = await tok('employee@c1.example');
    const list = (await get(emp, '/api/welfare/redemptions?status=delivered')).body;
    const d = list.find((x: Json) => x.id === r.body.id);
    assert.equal(d.deliveredAt, new Date(T0 + 3 * DAY).toISOString());
    assert.deepEqual(
      d.timeline.map((e: Json) => e.type),
      ['placed', 'paid', 'shipped', 'delivered'],
    );
    const ok = await post(emp, `/api/welfare/redemptions/${r.body.id}/confirm`, {});
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.status, 'received');
    const twice = await post(emp, `/api/welfare/redemptions/${r.body.id}/confirm`, {});
    assert.ok(isProblem(twice, 409, 'NOT_ALLOWED_IN_STATE'));
    api.clock.now = T0;
  });

  it('cancel before shipping refunds the points to the lots they came from, with their original expiry', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const r = await redeem(emp, 1, gift.pointsPrice);
    const c = await post(emp, `/api/welfare/redemptions/${r.body.id}/cancel`, { reason: '选错了' });
    assert.equal(c.status, 200, c.text);
    assert.equal(c.body.status, 'cancelled');
    assert.deepEqual(
      c.body.timeline.slice(-2).map((e: Json) => e.type),
      ['cancelled', 'refunded'],
    );
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance);
    assert.deepEqual(
      after.lots.map((l: Json) => [l.id, l.remaining, l.expiresAt]),
      before.lots.map((l: Json) => [l.id, l.remaining, l.expiresAt]),
    );
    const refund = after.ledger.find((e: Json) => e.type === 'refund' && e.ref === r.body.id);
    assert.equal(refund.points, gift.pointsPrice);
  });

  it('more points than min(total, balance), or a non-welfare product, changes nothing', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const overTotal = await redeem(emp, 1, gift.pointsPrice + 1);
    assert.ok(isProblem(overTotal, 422, 'INSUFFICIENT_POINTS'));
    const big = Math.ceil((before.balance + 1) / gift.pointsPrice);
    const overBalance = await redeem(emp, Math.min(99, big), before.balance + 1);
    assert.ok(isProblem(overBalance, 422, 'INSUFFICIENT_POINTS'), overBalance.text);
    const proc = await post(
      emp,
      '/api/welfare/redemptions',
      { lines: [{ productId: other.id, qty: 1 }], pointsToUse: 0, deliveryAddress: ADDRESS },
      key(),
    );
    assert.ok(isProblem(proc, 400, 'VALIDATION_FAILED'));
    assert.equal(proc.body.errors[0].path, 'lines.0.productId');
    for (const bad of [
      { lines: [{ productId: gift.id, qty: 0 }], pointsToUse: 0, deliveryAddress: ADDRESS },
      { lines: [], pointsToUse: 0, deliveryAddress: ADDRESS },
      { lines: [{ productId: gift.id, qty: 1 }], pointsToUse: -1, deliveryAddress: ADDRESS },
      { lines: [{ productId: gift.id, qty: 1 }], pointsToUse: 0 },
      {
        lines: [{ productId: gift.id, qty: 1, pointsPrice: 1 }],
        pointsToUse: 0,
        deliveryAddress: ADDRESS,
      },
    ]) {
      const r = await post(emp, '/api/welfare/redemptions', bad, key());
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(bad));
    }
    const noKey = await post(emp, '/api/welfare/redemptions', {
      lines: [{ productId: gift.id, qty: 1 }],
      pointsToUse: 0,
      deliveryAddress: ADDRESS,
    });
    assert.ok(isProblem(noKey, 400, 'VALIDATION_FAILED'));
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance);
    assert.equal(after.ledger.length, before.ledger.length);
  });

  it('is idempotent: a replay answers the first answer and charges once; another body with the key is 422', async () => {
    api.clock.now = T0;
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const h = key();
    const a = await redeem(emp, 1, 1, h);
    const b = await redeem(emp, 1, 1, h);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(b.body.id, a.body.id);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    const c = await redeem(emp, 1, 2, h);
    assert.ok(isProblem(c, 422, 'IDEMPOTENCY_MISMATCH'));
    assert.equal((await assertConsistent(emp)).balance, before.balance - 1);
  });

  it('20 concurrent redemptions never take the balance below zero; each accepted one is charged once', async () => {
    api.clock.now = T0;
    const buyer = await tok('buyer@c1.example');
    const before = await assertConsistent(buyer);
    const use = Math.ceil(before.balance / 7);
    const qty = Math.min(99, Math.ceil(use / gift.pointsPrice));
    assert.ok(gift.pointsPrice * qty >= use, 'the gift costs at least the points used');
    const rs: Answer[] = await Promise.all(
      Array.from({ length: 20 }, () => redeem(buyer, qty, use)),
    );
    const ok = rs.filter((r) => r.status === 201);
    assert.equal(ok.length, Math.floor(before.balance / use));
    assert.ok(rs.every((r) => r.status === 201 || isProblem(r, 422, 'INSUFFICIENT_POINTS')));
    const after = await assertConsistent(buyer);
    assert.equal(after.balance, before.balance - ok.length * use);
    assert.equal(
      after.ledger.filter((e: Json) => e.type === 'redeem').length -
        before.ledger.filter((e: Json) => e.type === 'redeem').length,
      ok.length,
    );
  });

  it('expired points cannot be spent; expiry writes an expire entry dated at the expiry', async () => {
    api.clock.now = T0 + HOUR; // earlier unpaid redemptions are cancelled and refunded first
    const emp0 = await tok('employee@c1.example');
    const before = await assertConsistent(emp0);
    const first = before.lots
      .filter((l: Json) => !l.expired && l.remaining > 0)
      .sort((a: Json, b: Json) => a.expiresAt.localeCompare(b.expiresAt))[0];
    api.clock.now = Date.parse(first.expiresAt) + 1000;
    const emp = await tok('employee@c1.example');
    // The redemption itself settles the expiry first: spending the old balance is refused.
    const qty = Math.min(99, Math.ceil(before.balance / gift.pointsPrice));
    const r = await redeem(emp, qty, Math.min(before.balance, gift.pointsPrice * qty));
    assert.ok(isProblem(r, 422, 'INSUFFICIENT_POINTS'), r.text);
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance - first.remaining);
    const exp = after.ledger.find((e: Json) => e.type === 'expire' && e.ref === first.id);
    assert.equal(exp.createdAt, first.expiresAt);
    assert.equal(exp.points, -first.remaining);
    api.clock.now = T0;
  });

  it("another user's or company's redemption is 404; lists hold only the caller's", async () => {
    api.clock.now = T0;
    const buyer = await tok('buyer@c1.example');
    const mine = (await get(buyer, '/api/welfare/redemptions')).body;
    assert.ok(mine.length > 0);
    const id = mine[0].id;
    for (const who of ['employee@c1.example', 'hr@c1.example', 'employee@c2.example']) {
      const t = await tok(who);
      assert.ok(isProblem(await get(t, `/api/welfare/redemptions/${id}`), 404, 'NOT_FOUND'), who);
      const pay = await post(t, `/api/welfare/redemptions/${id}/pay`, { method: 'card' });
      assert.ok(isProblem(pay, 404, 'NOT_FOUND'), who);
      const cancel = await post(t, `/api/welfare/redemptions/${id}/cancel`, {});
      assert.ok(isProblem(cancel, 404, 'NOT_FOUND'), who);
      const list = (await get(t, '/api/welfare/redemptions')).body;
      assert.ok(list.every((r: Json) => r.id !== id));
    }
    assert.equal((await get(buyer, `/api/welfare/redemptions/${id}`)).status, 200);
  });
});

describe('attacks', () => {
  it('five cancels of one redemption at once refund it once', async () => {
    api.clock.now = T0 + 2 * HOUR;
    const emp = await tok('employee@c1.example');
    const gifts = await welfareProducts(emp);
    const gift = gifts.find((p: Json) => p.pointsPrice <= 100 && p.stock > 0);
    const before = await assertConsistent(emp);
    const r = await post(
      emp,
      '/api/welfare/redemptions',
      {
        lines: [{ productId: gift.id, qty: 1 }],
        pointsToUse: gift.pointsPrice,
        deliveryAddress: ADDRESS,
      },
      key(),
    );
    assert.equal(r.status, 201, r.text);
    const rs = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(emp, `/api/welfare/redemptions/${r.body.id}/cancel`, {}),
      ),
    );
    assert.deepEqual(rs.map((x) => x.status).sort(), [200, 409, 409, 409, 409]);
    const after = await assertConsistent(emp);
    assert.equal(after.balance, before.balance);
    assert.equal(
      after.ledger.filter((e: Json) => e.type === 'refund' && e.ref === r.body.id).length,
      1,
    );
  });

  it('a huge body is 413, a hostile query string 400, and neither changes anything', async () => {
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const huge = await post(hr, '/api/welfare/grants', {
      occasion: 'x'.repeat(300_000),
      points: 1,
      employeeIds: ['u-c1-employee'],
      expiresAt: inAYear,
    });
    assert.ok(isProblem(huge, 413, 'PAYLOAD_TOO_LARGE'));
    for (const path of [
      '/api/welfare/redemptions?status[a]=b',
      '/api/welfare/redemptions?_delay=5000',
      '/api/welfare/grants?_sort[x]=1',
    ]) {
      const r = await get(hr, path);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), path);
    }
    for (const path of [
      '/api/welfare/redemptions?status=nonsense',
      '/api/welfare/redemptions?status=paid&status=placed',
      '/api/welfare/campaigns?status=x',
    ])
      assert.ok(isProblem(await get(emp, path), 400, 'VALIDATION_FAILED'), path);
    assert.ok(isProblem(await get(hr, '/api/welfare/grants?status=x'), 400, 'VALIDATION_FAILED'));
    assert.equal((await assertConsistent(emp)).balance, before.balance);
  });
});

describe('grant idempotency', () => {
  it('a grant sent twice with one Idempotency-Key credits once; without a key it is a new grant', async () => {
    api.clock.now = T0 + 3 * HOUR;
    const hr = await tok('hr@c1.example');
    const emp = await tok('employee@c1.example');
    const before = await assertConsistent(emp);
    const body = {
      occasion: '双击',
      points: 7,
      employeeIds: ['u-c1-employee'],
      expiresAt: inAYear,
    };
    const h = key();
    const [a, b] = await Promise.all([
      post(hr, '/api/welfare/grants', body, h),
      post(hr, '/api/welfare/grants', body, h),
    ]);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(a.body.id, b.body.id);
    const mismatch = await post(hr, '/api/welfare/grants', { ...body, points: 8 }, h);
    assert.ok(isProblem(mismatch, 422, 'IDEMPOTENCY_MISMATCH'));
    assert.equal((await assertConsistent(emp)).balance, before.balance + 7);
    const bad = await post(hr, '/api/welfare/grants', body, { 'idempotency-key': '' });
    assert.ok(isProblem(bad, 400, 'VALIDATION_FAILED'));
    assert.equal((await post(hr, '/api/welfare/grants', body)).status, 201);
    assert.equal((await assertConsistent(emp)).balance, before.balance + 14);
  });
});
