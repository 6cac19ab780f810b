// API tests of every approval and budget rule (mock-api/openapi.yaml) against a real
// server and a temporary database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Budget, Product } from '../../src/domain/index.ts';
import {
  ADDRESS,
  idemKey,
  qtyFor,
  startApi,
  total,
  type Client,
  type TestApi,
} from './business.test-util.ts';

let api: TestApi;
let buyer: Client;
let hr: Client;
let hr2: Client;
let admin: Client;
let employee: Client;
let buyerC2: Client;
let hrC2: Client;
let cc: string;
let budgetId: string;
let product: Product;

async function budget(id = budgetId): Promise<Budget> {
  return (await hr.get(`/api/budgets/${id}`)).body;
}

function assertInvariant(b: Budget) {
  assert.equal(b.availableFen, b.amountFen - b.committedFen - b.spentFen, `invariant on ${b.id}`);
  assert.ok(
    b.availableFen >= 0 && b.committedFen >= 0 && b.spentFen >= 0,
    `non-negative on ${b.id}`,
  );
}

async function placeOrder(targetFen: number) {
  const r = await buyer.post(
    '/api/orders',
    {
      costCenterId: cc,
      lines: [{ productId: product.id, qty: qtyFor(product, targetFen) }],
      deliveryAddress: ADDRESS,
    },
    idemKey(),
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body as { id: string; status: string; totalFen: number };
}

/** Every task of a subject, level order (as the admin reads them: hr users are offered only what they may decide). */
async function tasksOf(subjectId: string) {
  const r = await admin.get('/api/approvals?_limit=100');
  return (
    r.body as { id: string; subjectId: string; level: number; version: number; status: string }[]
  )
    .filter((t) => t.subjectId === subjectId)
    .sort((a, b) => a.level - b.level);
}

before(async () => {
  api = await startApi();
  [buyer, hr, hr2, admin, employee, buyerC2, hrC2] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
      'hr2@c1.example',
      'admin@c1.example',
      'employee@c1.example',
      'buyer@c2.example',
      'hr@c2.example',
    ].map((e) => api.as(e)),
  );
  cc = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  budgetId = api.db['budgets'].find(
    (b) => b.costCenterId === cc && b.category === 'procurement',
  ).id;
  // A product that can make orders from ~1,000 yuan up to several hundred thousand.
  product = api.products
    .filter((p) => p.channels.includes('procurement') && p.priceTiers[0].unitPriceFen >= 5_000)
    .sort(
      (a, b) =>
        a.packSize * a.priceTiers[0].unitPriceFen - b.packSize * b.priceTiers[0].unitPriceFen,
    )[0];
  assert.ok(product);
});

after(() => api?.stop());

describe('approval levels', () => {
  it('0, 1 or 2 levels from the company thresholds, shown in the inbox with requester and summary', async () => {
    const none = await placeOrder(100_000);
    assert.equal(none.status, 'approved');
    assert.equal((await tasksOf(none.id)).length, 0);
    const one = await placeOrder(500_000);
    assert.equal(one.status, 'pending_approval');
    const [t] = await tasksOf(one.id);
    const row = (
      await hr.get('/api/approvals?status=pending&subjectType=order&_limit=100')
    ).body.find((x: { id: string }) => x.id === t.id);
    assert.deepEqual(
      [
        row.level,
        row.levels,
        row.amountFen,
        row.requesterId,
        row.requesterName,
        row.ruleCode,
        row.summary.lineCount,
      ],
      [1, 1, one.totalFen, buyer.user.id, buyer.user.name, 'approvalThreshold', 1],
    );
    const two = await placeOrder(5_000_000);
    assert.deepEqual(
      (await tasksOf(two.id)).map((x) => [x.level, x.status]),
      [
        [1, 'pending'],
        [2, 'waiting'],
      ],
    );
  });

  it('two levels in turn: level 2 waits for level 1, then goes to a different hr user; the last approves the order', async () => {
    const o = await placeOrder(5_000_000);
    const [l1, l2] = await tasksOf(o.id);
    assert.deepEqual([l1.status, l2.status], ['pending', 'waiting']);
    const pendingIds = async (c: Client) =>
      (await c.get('/api/approvals?status=pending&_limit=100')).body.map(
        (t: { id: string }) => t.id,
      );
    for (const c of [hr, hr2]) {
      const ids = await pendingIds(c);
      assert.ok(ids.includes(l1.id) && !ids.includes(l2.id), 'only level 1 is offered');
    }
    const early = await hr2.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2.version,
    });
    assert.equal(early.status, 409, 'level 2 cannot be decided before level 1');
    assert.equal(early.body.code, 'NOT_ALLOWED_IN_STATE');
    assert.deepEqual(
      (await admin.get(`/api/approvals/${l1.id}`)).body.history.map(
        (h: { level: number; status: string }) => [h.level, h.status],
      ),
      [
        [1, 'pending'],
        [2, 'waiting'],
      ],
    );

    const first = await hr.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      comment: '同意',
      version: l1.version,
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'approved');
    assert.equal(first.body.decidedBy, hr.user.id);
    assert.equal((await buyer.get(`/api/orders/${o.id}`)).body.status, 'pending_approval');
    const [, l2b] = await tasksOf(o.id);
    assert.equal(l2b.status, 'pending', 'level 2 opens once level 1 is approved');
    assert.equal(l2b.version, l2.version + 1, 'the other level sees its subject changed');
    assert.equal(
      (await pendingIds(hr)).includes(l2.id),
      false,
      'not offered to the hr user who approved level 1',
    );
    const row = (await hr2.get('/api/approvals?status=pending&_limit=100')).body.find(
      (t: { id: string }) => t.id === l2.id,
    );
    assert.equal(row?.canDecide, true, 'offered to another hr user');
    assert.equal(
      (await admin.get(`/api/approvals/${l2.id}`)).body.canDecide,
      false,
      'admin reads only',
    );
    const same = await hr.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2b.version,
    });
    assert.equal(same.status, 403);
    assert.equal(same.body.code, 'FORBIDDEN');
    const stale = await hr2.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2.version,
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'VERSION_CONFLICT');
    const second = await hr2.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2b.version,
    });
    assert.equal(second.status, 200);
    const order = (await buyer.get(`/api/orders/${o.id}`)).body;
    assert.equal(order.status, 'approved');
    assert.deepEqual(
      order.events.map((e: { type: string; level?: number; actorId: string }) => [
        e.type,
        e.level ?? null,
      ]),
      [
        ['submitted', null],
        ['approval_requested', 1],
        ['level_approved', 1],
        ['approval_requested', 2],
        ['level_approved', 2],
        ['approved', null],
      ],
    );
    const detail = (await admin.get(`/api/approvals/${l1.id}`)).body;
    assert.deepEqual(
      detail.history.map((h: { level: number; status: string; deciderName: string }) => [
        h.level,
        h.status,
        h.deciderName,
      ]),
      [
        [1, 'approved', hr.user.name],
        [2, 'approved', hr2.user.name],
      ],
    );
    assert.notEqual(hr2.user.nameEn, hr2.user.name);
    assert.deepEqual(
      detail.history.map((h: { deciderName: string; deciderNameEn: string }) => [
        h.deciderName,
        h.deciderNameEn,
      ]),
      [
        [hr.user.name, hr.user.nameEn],
        [hr2.user.name, hr2.user.nameEn],
      ],
      'history carries the decider in both languages',
    );
    assert.deepEqual(detail.rule, { code: 'secondApprovalThreshold', thresholdFen: 5_000_000 });
    assert.equal(detail.subject.id, o.id);
    assert.equal(detail.requester.id, buyer.user.id);
    assert.ok(detail.requester.departmentName);
    assert.equal(detail.budget.before.id, budgetId);
    assert.equal(
      detail.budget.availableAfterFen,
      detail.budget.before.availableFen,
      'an approved order stays committed',
    );
    const note = (await buyer.get('/api/notifications?unread=true')).body.find(
      (n: { subjectId: string }) => n.subjectId === o.id,
    );
    assert.equal(note.kind, 'order_approved');
  });

  it('already decided → 409 ALREADY_DECIDED; unknown or other company’s task → 404', async () => {
    const o = await placeOrder(600_000);
    const [t] = await tasksOf(o.id);
    assert.equal(
      (
        await hr.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: t.version,
        })
      ).status,
      200,
    );
    const again = await hr2.post(`/api/approvals/${t.id}/decision`, {
      decision: 'reject',
      comment: '晚了',
      version: t.version + 1,
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'ALREADY_DECIDED');
    assert.equal(
      (
        await hrC2.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: t.version + 1,
        })
      ).status,
      404,
    );
    assert.equal((await hrC2.get(`/api/approvals/${t.id}`)).status, 404);
    assert.equal(
      (await hrC2.get('/api/approvals')).body.some((x: { id: string }) => x.id === t.id),
      false,
    );
    assert.equal(
      (
        await hr.post('/api/approvals/AT-nope/decision', {
          decision: 'approve',
          comment: '',
          version: 1,
        })
      ).status,
      404,
    );
  });

  it('a rejection needs a comment (400) and changes nothing', async () => {
    const o = await placeOrder(600_000);
    const [t] = await tasksOf(o.id);
    for (const comment of [undefined, '', '   ']) {
      const r = await hr.post(`/api/approvals/${t.id}/decision`, {
        decision: 'reject',
        ...(comment === undefined ? {} : { comment }),
        version: t.version,
      });
      assert.equal(r.status, 400);
      assert.equal(r.body.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        r.body.errors.map((e: { path: string }) => e.path),
        ['comment'],
      );
    }
    const bad = await hr.post(`/api/approvals/${t.id}/decision`, {
      decision: 'maybe',
      comment: 'x',
      version: t.version,
      extra: 1,
    });
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), [
      'decision',
      'extra',
    ]);
    assert.deepEqual(await tasksOf(o.id), [t]);
  });

  it('one rejection rejects the order, cancels the other level, releases the commitment, tells the buyer', async () => {
    const b0 = await budget();
    const o = await placeOrder(5_000_000);
    assert.equal((await budget()).committedFen, b0.committedFen + o.totalFen);
    const [l1, l2] = await tasksOf(o.id);
    const r = await hr2.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'reject',
      comment: '超出季度计划',
      version: l1.version,
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'rejected');
    assert.equal(r.body.comment, '超出季度计划');
    const order = (await buyer.get(`/api/orders/${o.id}`)).body;
    assert.equal(order.status, 'rejected');
    assert.equal(order.events.at(-1).type, 'rejected');
    assert.equal(order.events.at(-1).comment, '超出季度计划');
    const b1 = await budget();
    assert.equal(b1.committedFen, b0.committedFen);
    assertInvariant(b1);
    const [, l2b] = await tasksOf(o.id);
    assert.equal(l2b.status, 'cancelled');
    assert.equal(
      (
        await hr.post(`/api/approvals/${l2.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: l2b.version,
        })
      ).body.code,
      'ALREADY_DECIDED',
    );
    const mv = (await hr.get(`/api/budgets/${budgetId}/movements?_limit=100`)).body.filter(
      (m: { subjectId: string }) => m.subjectId === o.id,
    );
    assert.deepEqual(
      mv.map((m: { type: string; amountFen: number; actorName: string }) => [m.type, m.amountFen]),
      [
        ['release', o.totalFen],
        ['commit', o.totalFen],
      ],
    );
    assert.equal(mv[0].actorId, hr2.user.id);
    assert.ok(mv[0].actorName);
    // the reason travels as a code and parameters, for the app to word in the reader's language
    assert.deepEqual(
      mv.map((m: { reasonCode: string; reasonParams: object }) => [m.reasonCode, m.reasonParams]),
      [
        ['ORDER_REJECTED', { id: o.id, note: '超出季度计划' }],
        ['ORDER_SUBMITTED', { id: o.id }],
      ],
    );
    const note = (await buyer.get('/api/notifications')).body.find(
      (n: { subjectId: string }) => n.subjectId === o.id,
    );
    assert.equal(note.kind, 'order_rejected');
    assert.match(note.messageEn, /rejected/);
    // the app writes it in the reader's language from these
    assert.deepEqual(Object.keys(note.params).sort(), [
      'amountFen',
      'comment',
      'deciderName',
      'deciderNameEn',
    ]);
    assert.equal(note.params.amountFen, o.totalFen);
    assert.equal(note.params.deciderName, hr2.user.name);
    const decided = (await hr.get('/api/approvals?status=decided&_limit=100')).body;
    assert.ok(
      decided.some((t: { id: string }) => t.id === l1.id) &&
        decided.some((t: { id: string }) => t.id === l2.id),
    );
    assert.ok(decided.every((t: { status: string }) => t.status !== 'pending'));
  });

  it('two concurrent decisions on one task: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const o = await placeOrder(600_000);
      const [t] = await tasksOf(o.id);
      const rs = await Promise.all([
        hr.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: t.version,
        }),
        hr2.post(`/api/approvals/${t.id}/decision`, {
          decision: 'reject',
          comment: '不行',
          version: t.version,
        }),
      ]);
      assert.deepEqual(rs.map((r) => r.status).sort(), [200, 409]);
      const winner = rs.find((r) => r.status === 200)!.body;
      const order = (await buyer.get(`/api/orders/${o.id}`)).body;
      assert.equal(order.status, winner.status === 'approved' ? 'approved' : 'rejected');
      assertInvariant(await budget());
    }
  });

  it('the inbox and its count offer an hr user only the tasks they may decide', async () => {
    const otherBudget = api.db['budgets'].find(
      (b) => b.companyId === 'c1' && b.costCenterId !== cc,
    ).id;
    const own = await hr.post('/api/budget-requests', {
      budgetId: otherBudget,
      deltaFen: 20_000,
      reason: '办公用品',
    });
    assert.equal(own.status, 201);
    const [t] = await tasksOf(own.body.id);
    const inbox = async (c: Client) => {
      const count = await c.get('/api/approvals?status=pending&_limit=1');
      const all = await c.get('/api/approvals?status=pending&_limit=100');
      assert.equal(Number(count.headers.get('x-total-count')), all.body.length);
      return all.body as { id: string; canDecide: boolean }[];
    };
    const mine = await inbox(hr);
    assert.equal(
      mine.some((x) => x.id === t.id),
      false,
      'not offered to its requester',
    );
    assert.ok(mine.every((x) => x.canDecide));
    const theirs = await inbox(hr2);
    assert.ok(theirs.some((x) => x.id === t.id && x.canDecide));
    assert.ok(theirs.every((x) => x.canDecide));
    assert.ok(
      (await inbox(admin)).some((x) => x.id === t.id && !x.canDecide),
      'the admin reads every pending task',
    );
  });

  it('roles: only hr decides; admin reads; buyers and employees see no inbox', async () => {
    const o = await placeOrder(600_000);
    const [t] = await tasksOf(o.id);
    assert.equal(
      (
        await admin.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: t.version,
        })
      ).status,
      403,
    );
    assert.equal(
      (
        await buyer.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: t.version,
        })
      ).status,
      403,
    );
    assert.equal((await admin.get(`/api/approvals/${t.id}`)).status, 200);
    assert.equal((await buyer.get('/api/approvals')).status, 403);
    assert.equal((await employee.get('/api/approvals')).status, 403);
    assert.deepEqual(await tasksOf(o.id), [t]);
  });
});

describe('company c2', () => {
  it('has two hr users, so its two-level orders can be approved', async () => {
    const hr2C2 = await api.as('hr2@c2.example');
    assert.deepEqual(
      [hr2C2.user.companyId, hr2C2.user.roles.includes('hr'), hr2C2.user.id !== hrC2.user.id],
      ['c2', true, true],
    );
    const c2 = (await hrC2.get('/api/companies/current')).body.settings;
    const ccC2 = api.db['departments'].find((d) => d.id === buyerC2.user.departmentId).costCenterId;
    const placed = await buyerC2.post(
      '/api/orders',
      {
        costCenterId: ccC2,
        lines: [{ productId: product.id, qty: qtyFor(product, c2.secondApprovalThresholdFen) }],
        deliveryAddress: ADDRESS,
      },
      idemKey(),
    );
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    const pendingTask = async (c: Client, level: number) =>
      (await c.get('/api/approvals?status=pending&_limit=100')).body.find(
        (t: { subjectId: string; level: number }) =>
          t.subjectId === placed.body.id && t.level === level,
      );
    const l1 = await pendingTask(hrC2, 1);
    assert.equal(l1.levels, 2);
    const first = await hrC2.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      comment: '同意',
      version: l1.version,
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const l2 = await pendingTask(hr2C2, 2);
    const second = await hr2C2.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '同意',
      version: l2.version,
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal((await buyerC2.get(`/api/orders/${placed.body.id}`)).body.status, 'approved');
  });
});

describe('budget requests', () => {
  it('approval raises amountFen by deltaFen, records an amount movement and tells the requester', async () => {
    const b0 = await budget();
    const r = await buyer.post('/api/budget-requests', {
      budgetId,
      deltaFen: 1_000_000,
      reason: '新产线备件',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(
      [r.body.status, r.body.deltaFen, r.body.requesterId, r.body.requesterName],
      ['pending', 1_000_000, buyer.user.id, buyer.user.name],
    );
    assert.equal((await budget()).amountFen, b0.amountFen, 'nothing changes before approval');
    const tasks = await tasksOf(r.body.id);
    assert.equal(tasks.length, 1, 'under the second threshold one hr approval decides');
    const [t] = tasks;
    assert.deepEqual(
      [t.level, (t as unknown as { subjectType: string }).subjectType],
      [1, 'budgetRequest'],
    );
    const detail = (await hr.get(`/api/approvals/${t.id}`)).body;
    assert.equal(detail.subject.id, r.body.id);
    assert.equal(detail.rule.code, 'budgetRequest');
    assert.equal(detail.budget.availableAfterFen, detail.budget.before.availableFen + 1_000_000);
    assert.equal(
      (
        await hr.post(`/api/approvals/${t.id}/decision`, {
          decision: 'approve',
          comment: '同意追加',
          version: t.version,
        })
      ).status,
      200,
    );
    const b1 = await budget();
    assert.equal(b1.amountFen, b0.amountFen + 1_000_000);
    assert.equal(b1.availableFen, b0.availableFen + 1_000_000);
    assert.equal(b1.version, b0.version + 1);
    assertInvariant(b1);
    const mine = (await buyer.get('/api/budget-requests?mine=true')).body;
    assert.equal(mine.find((x: { id: string }) => x.id === r.body.id).status, 'approved');
    const mv = (await buyer.get(`/api/budgets/${budgetId}/movements`)).body[0];
    assert.deepEqual(
      [mv.type, mv.amountFen, mv.subjectType, mv.subjectId, mv.actorId],
      ['amount', 1_000_000, 'budgetRequest', r.body.id, hr.user.id],
    );
    assert.equal(mv.reasonCode, 'BUDGET_REQUEST_APPROVED');
    assert.deepEqual(mv.reasonParams, { id: r.body.id, note: '新产线备件' });
    const note = (await buyer.get('/api/notifications?unread=true')).body.find(
      (n: { subjectId: string }) => n.subjectId === r.body.id,
    );
    assert.equal(note.kind, 'budget_request_approved');
    assert.equal((await buyer.post(`/api/notifications/${note.id}/read`)).status, 204);
    assert.equal(
      (await buyer.get('/api/notifications?unread=true')).body.some(
        (n: { id: string }) => n.id === note.id,
      ),
      false,
    );
    assert.equal((await hr.post(`/api/notifications/${note.id}/read`)).status, 404);
  });

  it('rejection changes no money; nobody decides their own request', async () => {
    const b0 = await budget();
    const r = await buyer.post('/api/budget-requests', {
      budgetId,
      deltaFen: 5_000,
      reason: '测试',
    });
    const [t] = await tasksOf(r.body.id);
    assert.equal(
      (
        await hr.post(`/api/approvals/${t.id}/decision`, {
          decision: 'reject',
          comment: '暂不追加',
          version: t.version,
        })
      ).status,
      200,
    );
    assert.deepEqual(await budget(), b0);
    assert.equal((await buyer.get(`/api/budget-requests/${r.body.id}`)).body.status, 'rejected');
    const otherBudget = api.db['budgets'].find(
      (b) => b.companyId === 'c1' && b.costCenterId !== cc,
    ).id;
    const own = await hr.post('/api/budget-requests', {
      budgetId: otherBudget,
      deltaFen: 10_000,
      reason: '培训',
    });
    assert.equal(own.status, 201);
    const [ot] = await tasksOf(own.body.id);
    const self = await hr.post(`/api/approvals/${ot.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: ot.version,
    });
    assert.equal(self.status, 403);
    assert.equal(self.body.code, 'FORBIDDEN');
    assert.equal(
      (
        await hr2.post(`/api/approvals/${ot.id}/decision`, {
          decision: 'approve',
          comment: '',
          version: ot.version,
        })
      ).status,
      200,
    );
  });

  it('at the second threshold two different hr users approve; the amount grows only after both', async () => {
    const b0 = await budget();
    const r = await buyer.post('/api/budget-requests', {
      budgetId,
      deltaFen: 5_000_000,
      reason: '新建装配线',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const [l1, l2, more] = await tasksOf(r.body.id);
    assert.deepEqual(
      [l1?.level, l2?.level, more],
      [1, 2, undefined],
      'two levels, as an order of the same amount',
    );
    const detail = (await admin.get(`/api/approvals/${l1.id}`)).body;
    assert.deepEqual(detail.rule, { code: 'secondApprovalThreshold', thresholdFen: 5_000_000 });
    const first = await hr.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      comment: '同意',
      version: l1.version,
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(await budget(), b0, 'one approval changes no money');
    assert.equal((await buyer.get(`/api/budget-requests/${r.body.id}`)).body.status, 'pending');
    const [, l2b] = await tasksOf(r.body.id);
    const same = await hr.post(`/api/approvals/${l2b.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2b.version,
    });
    assert.equal(same.status, 403, 'the same hr user cannot decide the second level');
    assert.equal(same.body.code, 'FORBIDDEN');
    const second = await hr2.post(`/api/approvals/${l2b.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2b.version,
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    const b1 = await budget();
    assert.equal(b1.amountFen, b0.amountFen + 5_000_000);
    assertInvariant(b1);
    const decided = (await buyer.get(`/api/budget-requests/${r.body.id}`)).body;
    assert.deepEqual([decided.status, decided.deciderId], ['approved', hr2.user.id]);
  });

  it('the requester decides no level of their own request', async () => {
    const otherBudget = api.db['budgets'].find(
      (b) => b.companyId === 'c1' && b.costCenterId !== cc,
    ).id;
    const own = await hr.post('/api/budget-requests', {
      budgetId: otherBudget,
      deltaFen: 6_000_000,
      reason: '年度培训计划',
    });
    assert.equal(own.status, 201);
    const [l1] = await tasksOf(own.body.id);
    const self = await hr.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l1.version,
    });
    assert.equal(self.status, 403);
    assert.equal(self.body.code, 'FORBIDDEN');
    const byHr2 = await hr2.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l1.version,
    });
    assert.equal(byHr2.status, 200);
    const [, l2] = await tasksOf(own.body.id);
    const selfAgain = await hr.post(`/api/approvals/${l2.id}/decision`, {
      decision: 'approve',
      comment: '',
      version: l2.version,
    });
    assert.equal(selfAgain.status, 403);
    assert.equal((await hr.get(`/api/budget-requests/${own.body.id}`)).body.status, 'pending');
  });

  it('validation, roles and tenancy', async () => {
    const bad = await buyer.post('/api/budget-requests', { budgetId, deltaFen: 0, reason: '' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), [
      'deltaFen',
      'reason',
    ]);
    assert.equal(
      (await buyer.post('/api/budget-requests', { budgetId, deltaFen: 1.5, reason: 'x' })).status,
      400,
    );
    const foreign = api.db['budgets'].find((b) => b.companyId === 'c2').id;
    assert.equal(
      (await buyer.post('/api/budget-requests', { budgetId: foreign, deltaFen: 100, reason: 'x' }))
        .status,
      400,
    );
    const notMine = api.db['budgets'].find((b) => b.companyId === 'c1' && b.costCenterId !== cc).id;
    assert.equal(
      (await buyer.post('/api/budget-requests', { budgetId: notMine, deltaFen: 100, reason: 'x' }))
        .status,
      400,
      'a buyer asks only on budgets they can see',
    );
    assert.equal(
      (await employee.post('/api/budget-requests', { budgetId, deltaFen: 100, reason: 'x' }))
        .status,
      403,
    );
    assert.equal(
      (await admin.post('/api/budget-requests', { budgetId, deltaFen: 100, reason: 'x' })).status,
      201,
    );
    assert.equal((await buyerC2.get('/api/budget-requests')).body.length, 0);
  });
});

describe('company settings', () => {
  it('admin changes the thresholds (validated); others 403; new orders follow them', async () => {
    const cur = await hr.get('/api/companies/current');
    const c2Before = (await hrC2.get('/api/companies/current')).body.settings;
    assert.equal(cur.status, 200);
    assert.deepEqual(Object.keys(cur.body.settings).sort(), [
      'approvalThresholdFen',
      'pointValueFen',
      'secondApprovalThresholdFen',
    ]);
    assert.equal(
      (await hr.patch('/api/companies/current/settings', { approvalThresholdFen: 1000 })).status,
      403,
    );
    assert.equal(
      (await buyer.patch('/api/companies/current/settings', { approvalThresholdFen: 1000 })).status,
      403,
    );
    const bad = await admin.patch('/api/companies/current/settings', {
      approvalThresholdFen: 9_000_000,
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['approvalThresholdFen'],
    );
    assert.equal(
      (await admin.patch('/api/companies/current/settings', { pointValueFen: 0 })).status,
      400,
    );
    assert.equal((await admin.patch('/api/companies/current/settings', { other: 1 })).status, 400);
    const ok = await admin.patch('/api/companies/current/settings', {
      approvalThresholdFen: 50_000,
      secondApprovalThresholdFen: 60_000,
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.settings.approvalThresholdFen, 50_000);
    assert.deepEqual(
      (await hrC2.get('/api/companies/current')).body.settings,
      c2Before,
      'other company unchanged',
    );
    const pv = await buyer.post('/api/orders/preview', {
      costCenterId: cc,
      lines: [{ productId: product.id, qty: qtyFor(product, 70_000) }],
    });
    assert.deepEqual(
      [pv.body.approval.levels, pv.body.approval.rule],
      [2, 'secondApprovalThreshold'],
    );
    const o = await placeOrder(70_000);
    assert.equal((await tasksOf(o.id)).length, 2);
    const back = await admin.patch('/api/companies/current/settings', {
      approvalThresholdFen: cur.body.settings.approvalThresholdFen,
      secondApprovalThresholdFen: cur.body.settings.secondApprovalThresholdFen,
    });
    assert.deepEqual(back.body.settings, cur.body.settings);
  });
});

describe('budgets', () => {
  it('hr/admin see the company’s budgets, a buyer only their cost center; other company → 404', async () => {
    const all = await hr.get('/api/budgets?_limit=100');
    assert.equal(all.status, 200);
    assert.equal(
      Number(all.headers.get('x-total-count')),
      api.db['budgets'].filter((b) => b.companyId === 'c1').length,
    );
    all.body.forEach(assertInvariant);
    const mine = (await buyer.get('/api/budgets')).body;
    assert.ok(mine.length >= 1 && mine.every((b: Budget) => b.costCenterId === cc));
    assert.deepEqual(
      (await hr.get('/api/budgets?category=travel&_limit=100')).body
        .map((b: Budget) => b.category)
        .filter((c: string) => c !== 'travel'),
      [],
    );
    const foreign = api.db['budgets'].find((b) => b.companyId === 'c2').id;
    assert.equal((await hr.get(`/api/budgets/${foreign}`)).status, 404);
    assert.equal((await hr.get(`/api/budgets/${foreign}/movements`)).status, 404);
    const notMine = api.db['budgets'].find((b) => b.companyId === 'c1' && b.costCenterId !== cc).id;
    assert.equal((await buyer.get(`/api/budgets/${notMine}`)).status, 404);
    assert.equal((await employee.get('/api/budgets')).status, 403);
  });

  it('movements sum to the budget and usage is reported per month', async () => {
    const b = await budget();
    const mv = await hr.get(`/api/budgets/${budgetId}/movements?_limit=100`);
    assert.ok(Number(mv.headers.get('x-total-count')) <= 100);
    let amount = 0;
    let committed = 0;
    let spent = 0;
    for (const m of mv.body as { type: string; amountFen: number }[]) {
      if (m.type === 'amount') amount += m.amountFen;
      if (m.type === 'commit') committed += m.amountFen;
      if (m.type === 'release') committed -= m.amountFen;
      if (m.type === 'spend') {
        committed -= m.amountFen;
        spent += m.amountFen;
      }
    }
    assert.deepEqual([amount, committed, spent], [b.amountFen, b.committedFen, b.spentFen]);
    const usage = (
      await hr.get(`/api/budgets/usage?period=${b.period}&costCenterId=${cc}&category=procurement`)
    ).body;
    const sum = (k: string) => usage.reduce((s: number, u: Record<string, number>) => s + u[k], 0);
    assert.equal(sum('amountChangeFen'), b.amountFen);
    assert.equal(sum('committedFen') - sum('releasedFen') - sum('spentFen'), b.committedFen);
    assert.ok(usage.every((u: { month: string }) => /^\d{4}-\d{2}$/.test(u.month)));
  });

  it('a burst of 50 parallel orders never breaks the invariant; exactly the orders that fit are accepted', async () => {
    const each = 200_000;
    const b0 = await budget();
    // Leave room for about 30 orders of `each`.
    const fillerTarget = b0.availableFen - Math.round(30.5 * each);
    if (fillerTarget > 0) {
      const fill = await buyer.post(
        '/api/orders',
        {
          costCenterId: cc,
          lines: [{ productId: product.id, qty: qtyFor(product, fillerTarget) }],
          deliveryAddress: ADDRESS,
        },
        idemKey(),
      );
      assert.equal(fill.status, 201, JSON.stringify(fill.body));
    }
    const b1 = await budget();
    const qty = qtyFor(product, each);
    const orderTotal = total(product, qty);
    const rs = await Promise.all(
      Array.from({ length: 50 }, () =>
        buyer.post(
          '/api/orders',
          { costCenterId: cc, lines: [{ productId: product.id, qty }], deliveryAddress: ADDRESS },
          idemKey(),
        ),
      ),
    );
    const ok = rs.filter((r) => r.status === 201).length;
    assert.equal(ok, Math.min(50, Math.floor(b1.availableFen / orderTotal)));
    assert.ok(ok > 0 && ok < 50, `both outcomes happen (ok = ${ok})`);
    assert.ok(rs.every((r) => r.status === 201 || r.body.code === 'BUDGET_EXCEEDED'));
    const b2 = await budget();
    assertInvariant(b2);
    assert.equal(b2.committedFen, b1.committedFen + ok * orderTotal);
    assert.equal(b2.version, b1.version + ok);
  });
});
