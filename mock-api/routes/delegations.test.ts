// API tests of delegation (代理审批): who may name a delegate and whom, the date window, what the delegate is
// offered and may decide (never their own request nor the approver's), how the decision is recorded, other
// companies, and two requests at once (mock-api/openapi.yaml, tag approvals).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Product } from '../../src/domain/index.ts';
import { TODAY } from '../test/kit.ts';
import {
  ADDRESS,
  idemKey,
  qtyFor,
  startApi,
  type Client,
  type TestApi,
} from './business.test-util.ts';

let api: TestApi;
let buyer: Client;
let hr: Client;
let hr2: Client;
let hr3: Client;
let admin: Client;
let employee: Client;
let hrC2: Client;
let cc: string;
let product: Product;

const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

interface Task {
  id: string;
  subjectId: string;
  level: number;
  version: number;
  status: string;
  canDecide: boolean;
  delegatedBy?: { id: string; name: string; nameEn: string };
  onBehalfOf?: string;
  decidedBy?: string;
}

async function placeOrder(targetFen: number, who = buyer) {
  const r = await who.post(
    '/api/orders',
    {
      costCenterId: cc,
      lines: [{ productId: product.id, qty: qtyFor(product, targetFen) }],
      deliveryAddress: ADDRESS,
    },
    idemKey(),
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body as { id: string; totalFen: number };
}

async function tasksOf(subjectId: string): Promise<Task[]> {
  const r = await admin.get('/api/approvals?_limit=100');
  return (r.body as Task[])
    .filter((t) => t.subjectId === subjectId)
    .sort((a, b) => a.level - b.level);
}

async function inbox(c: Client): Promise<Task[]> {
  const r = await c.get('/api/approvals?status=pending&_limit=100');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

/** A budget request by `who` to raise another department's procurement budget (not the buyer's). */
async function budgetRequest(who: Client, deltaFen: number, reason: string) {
  const budgetId = api.db['budgets'].find(
    (b) => b.companyId === 'c1' && b.costCenterId !== cc && b.category === 'procurement',
  ).id;
  const req = await who.post('/api/budget-requests', { budgetId, deltaFen, reason });
  assert.equal(req.status, 201, JSON.stringify(req.body));
  return { ...req, budgetId };
}

const decideAs = (c: Client, t: { id: string; version: number }, decision = 'approve') =>
  c.post(`/api/approvals/${t.id}/decision`, {
    decision,
    comment: decision === 'reject' ? '不同意' : '同意',
    version: t.version,
  });

const delegate = (c: Client, delegateId: string, startDate = TODAY, endDate = day(3)) =>
  c.post('/api/delegations', { delegateId, startDate, endDate });

before(async () => {
  api = await startApi({
    prepare: (db) => {
      const hr2Row = db['users'].find((u) => u.email === 'hr2@c1.example');
      db['users'].push({ ...hr2Row, id: 'u-c1-hr3', email: 'hr3@c1.example', name: '何三' });
      // A delegation that ended yesterday: it gives its delegate nothing today.
      db['delegations'].push({
        id: 'DG-past',
        companyId: 'c1',
        delegatorId: 'u-c1-hr3',
        delegatorName: '何三',
        delegatorNameEn: 'He San',
        delegateId: 'u-c1-admin',
        delegateName: '周建国',
        delegateNameEn: 'Zhou Jianguo',
        startDate: day(-5),
        endDate: day(-1),
        createdAt: `${day(-6)}T02:00:00.000Z`,
        version: 1,
      });
    },
  });
  [buyer, hr, hr2, hr3, admin, employee, hrC2] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
      'hr2@c1.example',
      'hr3@c1.example',
      'admin@c1.example',
      'employee@c1.example',
      'hr@c2.example',
    ].map((e) => api.as(e)),
  );
  cc = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  product = api.products
    .filter((p) => p.channels.includes('procurement') && p.priceTiers[0].unitPriceFen >= 5_000)
    .sort(
      (a, b) =>
        a.packSize * a.priceTiers[0].unitPriceFen - b.packSize * b.priceTiers[0].unitPriceFen,
    )[0];
});

after(() => api?.stop());

describe('naming a delegate', () => {
  it('needs the role hr: a buyer, an employee or an admin gets 403', async () => {
    for (const c of [buyer, employee, admin]) {
      const r = await delegate(c, hr.user.id);
      assert.equal(r.status, 403, `${c.user.id}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.code, 'FORBIDDEN');
    }
  });

  it('refuses oneself, a past start, an end before the start; another company’s user is 404 like a missing one', async () => {
    const self = await delegate(hr, hr.user.id);
    assert.equal(self.status, 400);
    assert.deepEqual(
      self.body.errors.map((e: { path: string }) => e.path),
      ['delegateId'],
    );
    const past = await delegate(hr, buyer.user.id, day(-1), day(2));
    assert.equal(past.status, 400);
    assert.deepEqual(
      past.body.errors.map((e: { path: string }) => e.path),
      ['startDate'],
    );
    const reversed = await delegate(hr, buyer.user.id, day(3), day(2));
    assert.equal(reversed.status, 400);
    assert.deepEqual(
      reversed.body.errors.map((e: { path: string }) => e.path),
      ['endDate'],
    );
    const bad = await delegate(hr, buyer.user.id, '2026-02-30', day(2));
    assert.equal(bad.status, 400);
    const foreign = await delegate(hr, hrC2.user.id);
    const missing = await delegate(hr, 'u-nobody');
    assert.deepEqual([foreign.status, missing.status], [404, 404]);
    assert.equal(foreign.body.detail, `User ${hrC2.user.id} was not found`);
    const { given } = (await hr.get('/api/delegations')).body;
    assert.equal(given.length, 0, 'nothing was stored');
  });

  it('a hostile query string or a huge body is refused before anything is read', async () => {
    assert.equal((await hr.get('/api/delegations?_delay=5000')).status, 400);
    assert.equal((await hr.get('/api/approvals?status[a]=b')).status, 400);
    const huge = await hr.post('/api/delegations', {
      delegateId: buyer.user.id,
      startDate: TODAY,
      endDate: day(1),
      padding: 'x'.repeat(300_000),
    });
    assert.equal(huge.status, 413);
    const extra = await delegate(hr, buyer.user.id);
    assert.equal(extra.status, 201, 'nothing was stored by the refused ones');
    assert.equal((await hr.post(`/api/delegations/${extra.body.id}/end`, {})).status, 200);
  });

  it('refuses an inactive delegate', async () => {
    const api2 = await startApi({
      prepare: (db) => {
        db['users'].find((u) => u.email === 'employee@c1.example').active = false;
      },
    });
    try {
      const h = await api2.as('hr@c1.example');
      const r = await h.post('/api/delegations', {
        delegateId: 'u-c1-employee',
        startDate: TODAY,
        endDate: day(1),
      });
      assert.equal(r.status, 400);
      assert.equal(r.body.errors[0].path, 'delegateId');
    } finally {
      await api2.stop();
    }
  });

  it('two delegations at once by the same approver: one is stored, the other is 409', async () => {
    const [a, b] = await Promise.all([
      delegate(hr3, employee.user.id, day(10), day(12)),
      delegate(hr3, buyer.user.id, day(10), day(12)),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    const { given } = (await hr3.get('/api/delegations')).body;
    assert.equal(given.filter((d: { state: string }) => d.state !== 'ended').length, 1);
    // withdrawn before it starts, it no longer blocks a new one
    const stored = a.status === 201 ? a.body : b.body;
    assert.equal(stored.state, 'scheduled');
    const ended = await hr3.post(`/api/delegations/${stored.id}/end`, {});
    assert.equal(ended.status, 200);
    assert.equal(ended.body.state, 'ended');
    assert.equal((await hr3.post(`/api/delegations/${stored.id}/end`, {})).status, 409);
  });

  it('the delegate is told, and both see the delegation; only its approver ends it (others 403, other company 404)', async () => {
    const r = await delegate(hr, buyer.user.id, TODAY, day(3));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(
      [r.body.delegatorId, r.body.delegateId, r.body.state, r.body.delegateName],
      [hr.user.id, buyer.user.id, 'active', buyer.user.name],
    );
    const again = await delegate(hr, employee.user.id, day(5), day(6));
    assert.equal(again.status, 409, 'one delegation per approver that is not over');
    const notes = (await buyer.get('/api/notifications?unread=true')).body as {
      kind: string;
      subjectId: string;
      params: { delegatorName: string; startDate: string; endDate: string };
      messageEn: string;
    }[];
    const note = notes.find((n) => n.kind === 'delegation_received');
    assert.ok(note, 'the delegate is notified');
    assert.deepEqual(
      [note.subjectId, note.params.delegatorName, note.params.startDate, note.params.endDate],
      [r.body.id, hr.user.name, TODAY, day(3)],
    );
    assert.match(note.messageEn, /on their behalf/);
    const received = (await buyer.get('/api/delegations')).body.received;
    assert.equal(received[0].id, r.body.id);
    assert.equal((await buyer.post(`/api/delegations/${r.body.id}/end`, {})).status, 403);
    assert.equal((await hr2.post(`/api/delegations/${r.body.id}/end`, {})).status, 403);
    assert.equal((await hrC2.post(`/api/delegations/${r.body.id}/end`, {})).status, 404);
    assert.equal((await hrC2.get('/api/delegations')).body.given.length, 0);
  });
});

describe('deciding on behalf of an approver', () => {
  it('the delegate (no hr role) is offered the approver’s tasks, marked; never their own request', async () => {
    // hr → buyer is in force (previous test). The buyer's own order is not theirs to decide.
    const own = await placeOrder(600_000);
    const [ownTask] = await tasksOf(own.id);
    const offered = await inbox(buyer);
    assert.ok(!offered.some((t) => t.id === ownTask.id), 'never their own request');
    const refused = await decideAs(buyer, ownTask);
    assert.equal(refused.status, 403);
    // A budget request by an employee's colleague: hr may decide it, so the buyer may for hr.
    const req = await budgetRequest(hr2, 30_000, '办公耗材');
    const [t] = await tasksOf(req.body.id);
    const row = (await inbox(buyer)).find((x) => x.id === t.id);
    assert.ok(row, 'offered to the delegate');
    assert.equal(row.canDecide, true);
    assert.deepEqual(row.delegatedBy, {
      id: hr.user.id,
      name: hr.user.name,
      nameEn: hr.user.nameEn,
    });
    assert.equal(
      (await inbox(hr)).find((x) => x.id === t.id)?.delegatedBy,
      undefined,
      'hr decides in their own right',
    );
    const detail = await buyer.get(`/api/approvals/${t.id}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.delegatedBy.id, hr.user.id);
    // a task the delegate is not offered is not theirs to read
    assert.equal((await buyer.get(`/api/approvals/${ownTask.id}`)).status, 403);

    const d = await decideAs(buyer, row);
    assert.equal(d.status, 200, JSON.stringify(d.body));
    assert.deepEqual(
      [d.body.status, d.body.decidedBy, d.body.onBehalfOf, d.body.onBehalfOfName],
      ['approved', buyer.user.id, hr.user.id, hr.user.name],
    );
    const history = (await hr.get(`/api/approvals/${t.id}`)).body.history;
    assert.deepEqual(
      [history[0].deciderId, history[0].onBehalfOf, history[0].onBehalfOfNameEn],
      [buyer.user.id, hr.user.id, hr.user.nameEn],
    );
    // the delegate still reads what they decided
    assert.equal((await buyer.get(`/api/approvals/${t.id}`)).status, 200);
  });

  it('the outcome names the approver too: the budget request, its requester’s notification, a trip’s timeline', async () => {
    // hr → buyer is still in force
    const req = await budgetRequest(hr2, 20_000, '会议用品');
    const [t] = await tasksOf(req.body.id);
    assert.equal((await decideAs(buyer, t)).status, 200);
    const decided = (await hr2.get(`/api/budget-requests/${req.body.id}`)).body;
    assert.deepEqual(
      [decided.deciderId, decided.onBehalfOfName, decided.onBehalfOfNameEn],
      [buyer.user.id, hr.user.name, hr.user.nameEn],
    );
    const note = (await hr2.get('/api/notifications')).body.find(
      (n: { subjectId: string }) => n.subjectId === req.body.id,
    );
    assert.deepEqual(
      [note.params.deciderName, note.params.onBehalfOfName, note.params.onBehalfOfNameEn],
      [buyer.user.name, hr.user.name, hr.user.nameEn],
    );
    assert.match(note.message, new RegExp(`已被${buyer.user.name}（代${hr.user.name}）批准`));
    assert.match(
      note.messageEn,
      new RegExp(`by ${buyer.user.nameEn} on behalf of ${hr.user.nameEn}`),
    );

    const trip = await employee.post(
      '/api/travel/trips',
      { purpose: '客户拜访', destination: 'BJS', startDate: day(20), endDate: day(22) },
      idemKey(),
    );
    assert.equal(trip.status, 201, JSON.stringify(trip.body));
    const [tripTask] = await tasksOf(trip.body.id);
    assert.equal((await decideAs(buyer, tripTask)).status, 200);
    const events = (await employee.get(`/api/travel/trips/${trip.body.id}`)).body.events;
    const approved = events.find((e: { type: string }) => e.type === 'approved');
    assert.deepEqual(
      [approved.actorId, approved.onBehalfOfName, approved.onBehalfOfNameEn],
      [buyer.user.id, hr.user.name, hr.user.nameEn],
    );
    // an approver deciding in their own right is named alone
    const own = await employee.post(
      '/api/travel/trips',
      { purpose: '供应商审核', destination: 'BJS', startDate: day(24), endDate: day(25) },
      idemKey(),
    );
    const [ownTask] = await tasksOf(own.body.id);
    assert.equal((await decideAs(hr2, ownTask)).status, 200);
    const ownEvent = (await employee.get(`/api/travel/trips/${own.body.id}`)).body.events.find(
      (e: { type: string }) => e.type === 'approved',
    );
    assert.equal(ownEvent.actorId, hr2.user.id);
    assert.equal('onBehalfOfName' in ownEvent, false);
  });

  it('never the approver’s own request', async () => {
    const req = await budgetRequest(hr, 20_000, '培训');
    const [t] = await tasksOf(req.body.id);
    assert.ok(!(await inbox(buyer)).some((x) => x.id === t.id));
    const r = await decideAs(buyer, t);
    assert.equal(r.status, 403);
    assert.equal((await decideAs(hr2, t)).status, 200, 'another approver decides it');
  });

  it('two levels: the level decided for an approver counts as theirs and the delegate’s; a third person decides the other', async () => {
    const o = await placeOrder(5_000_000);
    const [l1] = await tasksOf(o.id);
    // hr decides level 1 themselves.
    assert.equal((await decideAs(hr, l1)).status, 200);
    const [, l2] = await tasksOf(o.id);
    assert.equal(l2.status, 'pending');
    // The buyer (hr's delegate) is the requester: 403; hr decided level 1: 403; hr2 may.
    assert.equal((await decideAs(buyer, l2)).status, 403);
    assert.equal((await decideAs(hr, l2)).status, 403);
    const row = (await inbox(hr2)).find((x) => x.id === l2.id);
    assert.equal(row?.canDecide, true);
  });

  it('a delegate who decided level 1 for one approver may not decide level 2 for another, nor that approver themselves', async () => {
    // hr3 → employee, in force today; hr → buyer is in force too.
    const r = await delegate(hr3, employee.user.id, TODAY, day(1));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const o = await placeOrder(5_000_000);
    const [l1] = await tasksOf(o.id);
    const first = await decideAs(employee, l1);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.onBehalfOf, hr3.user.id);
    const events = (await buyer.get(`/api/orders/${o.id}`)).body.events as {
      type: string;
      actorId: string;
      onBehalfOfName?: string;
    }[];
    assert.deepEqual(
      events.filter((e) => e.type === 'level_approved').map((e) => [e.actorId, e.onBehalfOfName]),
      [[employee.user.id, '何三']],
      'the order records for whom the level was approved',
    );
    const [, l2] = await tasksOf(o.id);
    assert.equal((await decideAs(hr3, l2)).status, 403, 'hr3 acted on level 1 through employee');
    assert.ok(!(await inbox(employee)).some((x) => x.id === l2.id));
    assert.equal((await decideAs(employee, l2)).status, 403);
    assert.equal((await decideAs(hr2, l2)).status, 200);
    const end = await hr3.post(`/api/delegations/${r.body.id}/end`, {});
    assert.equal(end.status, 200);
  });

  it('two decisions at once, by the approver and their delegate: the task is decided once', async () => {
    const req = await budgetRequest(hr2, 40_000, '备件');
    const [t] = await tasksOf(req.body.id);
    const amount0 = (await admin.get(`/api/budgets/${req.budgetId}`)).body.amountFen;
    const answers = await Promise.all([decideAs(hr, t), decideAs(buyer, t), decideAs(hr, t)]);
    const statuses = answers.map((a) => a.status).sort();
    assert.deepEqual(statuses, [200, 409, 409]);
    const amount1 = (await admin.get(`/api/budgets/${req.budgetId}`)).body.amountFen;
    assert.equal(amount1 - amount0, 40_000, 'raised once');
  });

  it('outside the range: a past or future delegation gives nothing (403); ending it early takes the tasks back', async () => {
    // admin's delegation from hr3 ended yesterday; the seed's from hr2 to admin starts next month.
    const req = await budgetRequest(hr2, 10_000, '工具');
    const [t] = await tasksOf(req.body.id);
    assert.equal((await decideAs(admin, t)).status, 403, 'past and future ranges');
    assert.equal(
      (await admin.get('/api/delegations')).body.received.find(
        (d: { delegatorId: string }) => d.delegatorId === hr2.user.id,
      ).state,
      'scheduled',
    );
    // A delegate (no hr role) whose delegation starts later sees an empty inbox and decides nothing.
    assert.equal((await delegate(hr3, employee.user.id, day(5), day(7))).status, 201);
    const early = await employee.get('/api/approvals?status=pending');
    assert.deepEqual([early.status, early.body], [200, []], 'nothing offered yet');
    assert.equal((await decideAs(employee, t)).status, 403, 'future range');
    // hr ends the delegation to the buyer: the buyer's inbox closes.
    const mine = (await hr.get('/api/delegations')).body.given.find(
      (d: { state: string }) => d.state === 'active',
    );
    assert.equal((await hr.post(`/api/delegations/${mine.id}/end`, {})).status, 200);
    assert.equal((await buyer.get('/api/approvals?status=pending')).status, 403);
    assert.equal((await buyer.get(`/api/approvals/${t.id}`)).status, 403);
    assert.equal((await decideAs(buyer, t)).status, 403, 'ended early');
    assert.equal((await decideAs(hr, t)).status, 200, 'the approver still decides');
  });

  it('another company’s delegate or task is 404 like a missing one', async () => {
    const o = await placeOrder(600_000);
    const [t] = await tasksOf(o.id);
    assert.equal((await hrC2.get(`/api/approvals/${t.id}`)).status, 404);
    assert.equal((await decideAs(hrC2, t)).status, 404);
  });
});
