// API tests of every order rule (mock-api/openapi.yaml) against a real server and a temporary database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nearestValidQty, tierFor, type Budget, type Product } from '../../src/domain/index.ts';
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
let admin: Client;
let employee: Client;
let buyerC2: Client;
let hrC2: Client;
let cc: string;
let budgetId: string;
let tiered: Product;
let welfareOnly: Product;
let cheap: Product;
let pricey: Product;

async function budget(): Promise<Budget> {
  const r = await hr.get(`/api/budgets/${budgetId}`);
  assert.equal(r.status, 200);
  return r.body;
}

async function counts() {
  return {
    orders: (await hr.get('/api/orders?_limit=1')).headers.get('x-total-count'),
    budget: await budget(),
  };
}

const order = (lines: unknown, extra: Record<string, unknown> = {}) => ({
  costCenterId: cc,
  lines,
  deliveryAddress: ADDRESS,
  ...extra,
});

before(async () => {
  api = await startApi();
  [buyer, hr, admin, employee, buyerC2, hrC2] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
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
  const proc = api.products.filter((p) => p.channels.includes('procurement'));
  tiered = proc.find((p) => p.priceTiers.length >= 3 && p.moq > p.packSize && p.packSize > 1)!;
  welfareOnly = api.products.find((p) => p.channels.length === 1 && p.channels[0] === 'welfare')!;
  cheap = proc.find((p) => p.moq * p.priceTiers[0].unitPriceFen < 20_000)!;
  pricey = [...proc].sort((a, b) => b.priceTiers[0].unitPriceFen - a.priceTiers[0].unitPriceFen)[0];
  assert.ok(tiered && welfareOnly && cheap && pricey, 'seed has the products these tests need');
});

after(() => api?.stop());

describe('pricing', () => {
  it('prices every line from the tiers (highest minQty ≤ qty), ignores client prices, keeps the supplier', async () => {
    const [t1, t2, t3] = tiered.priceTiers;
    const lines = [{ productId: tiered.id, qty: t2.minQty, unitPriceFen: 1, lineTotalFen: 1 }];
    const r = await buyer.post('/api/orders', order(lines), idemKey());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.lines[0].unitPriceFen, t2.unitPriceFen);
    assert.equal(r.body.lines[0].lineTotalFen, t2.unitPriceFen * t2.minQty);
    assert.equal(r.body.totalFen, t2.unitPriceFen * t2.minQty);
    assert.equal(r.body.lines[0].sku, tiered.sku);
    // The line keeps its supplier: the purchase order is addressed to them.
    assert.equal(r.body.lines[0].supplierId, tiered.supplierId);
    const p = await buyer.post('/api/orders/preview', {
      costCenterId: cc,
      lines: [{ productId: tiered.id, qty: tiered.moq }],
    });
    assert.equal(p.status, 200);
    assert.equal(p.body.lines[0].unitPriceFen, t1.unitPriceFen);
    const top = await buyer.post('/api/orders/preview', {
      costCenterId: cc,
      lines: [{ productId: tiered.id, qty: nearestValidQty(tiered, t3.minQty) }],
    });
    assert.equal(
      top.body.lines[0].unitPriceFen,
      tierFor(tiered.priceTiers, nearestValidQty(tiered, t3.minQty))!.unitPriceFen,
    );
    for (const field of [
      'id',
      'status',
      'totalFen',
      'lines',
      'costCenterId',
      'createdBy',
      'createdAt',
      'version',
    ])
      assert.ok(field in r.body, field);
    assert.equal(r.body.createdBy, buyer.user.id);
  });

  it('the preview shows exactly the numbers of the real order', async () => {
    const lines = [
      { productId: tiered.id, qty: qtyFor(tiered, 600_000) },
      { productId: cheap.id, qty: cheap.moq },
    ];
    const pv = await buyer.post('/api/orders/preview', { costCenterId: cc, lines });
    assert.equal(pv.status, 200);
    const before = await budget();
    assert.equal(pv.body.budget.availableFen, before.availableFen);
    const r = await buyer.post('/api/orders', order(lines), idemKey());
    assert.equal(r.status, 201);
    assert.equal(pv.body.totalFen, r.body.totalFen);
    assert.deepEqual(
      pv.body.lines,
      r.body.lines.map(
        ({ receivedQty: _r, outstandingQty: _o, ...l }: Record<string, unknown>) => l,
      ),
      "the order's lines are the preview's, with what is received and outstanding",
    );
    assert.ok(
      r.body.lines.every(
        (l: { qty: number; receivedQty: number; outstandingQty: number }) =>
          l.receivedQty === 0 && l.outstandingQty === l.qty,
      ),
    );
    assert.equal(pv.body.budget.availableAfterFen, (await budget()).availableFen);
    assert.equal(pv.body.approval.levels, r.body.status === 'pending_approval' ? 1 : 0);
    assert.equal(pv.body.approval.rule, 'approvalThreshold');
    assert.equal(pv.body.fitsBudget, true);
  });
});

describe('validation (400, nothing changes)', () => {
  async function rejected(body: unknown, paths: string[]) {
    const before = await counts();
    const r = await buyer.post('/api/orders', body, idemKey());
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.equal(r.body.code, 'VALIDATION_FAILED');
    assert.match(r.headers.get('content-type')!, /application\/problem\+json/);
    assert.deepEqual(
      r.body.errors.map((e: { path: string }) => e.path),
      paths,
    );
    assert.deepEqual(await counts(), before);
  }

  it('quantities: integer, ≥ moq, multiple of packSize, ≤ 100000', async () => {
    const bigPack = api.products.find(
      (p) => p.channels.includes('procurement') && p.packSize === 1 && p.moq === 1,
    )!;
    await rejected(order([{ productId: tiered.id, qty: tiered.moq - tiered.packSize }]), [
      'lines.0.qty',
    ]);
    await rejected(order([{ productId: tiered.id, qty: tiered.moq + 1 }]), ['lines.0.qty']);
    await rejected(order([{ productId: bigPack.id, qty: 100_001 }]), ['lines.0.qty']);
    await rejected(order([{ productId: tiered.id, qty: 2.5 }]), ['lines.0.qty']);
    await rejected(order([{ productId: tiered.id, qty: '20' }]), ['lines.0.qty']);
    await rejected(
      order([
        { productId: cheap.id, qty: cheap.moq },
        { productId: tiered.id, qty: tiered.moq + 1 },
        { productId: 'nope', qty: 1 },
      ]),
      ['lines.1.qty', 'lines.2.productId'],
    );
  });

  it('procurement channel only', async () => {
    await rejected(
      order([{ productId: welfareOnly.id, qty: nearestValidQty(welfareOnly, welfareOnly.moq) }]),
      ['lines.0.productId'],
    );
  });

  it('1 to 500 lines, one line per product', async () => {
    await rejected(order([]), ['lines']);
    const many = Array.from({ length: 501 }, () => ({ productId: cheap.id, qty: cheap.moq }));
    await rejected(order(many), ['lines']);
    await rejected(
      order([
        { productId: cheap.id, qty: cheap.moq },
        { productId: cheap.id, qty: cheap.moq },
      ]),
      ['lines.1.productId'],
    );
  });

  it('missing, unknown and wrong-typed fields; unknown cost center', async () => {
    await rejected({ lines: [{ productId: cheap.id, qty: cheap.moq }], deliveryAddress: ADDRESS }, [
      'costCenterId',
    ]);
    await rejected(order([{ productId: cheap.id, qty: cheap.moq }], { extra: 1 }), ['extra']);
    await rejected(
      order([{ productId: cheap.id, qty: cheap.moq }], {
        deliveryAddress: { recipient: '', phone: '1', address: 'x' },
      }),
      ['deliveryAddress.recipient', 'deliveryAddress.phone'],
    );
    // The phone is a mainland mobile number (11 digits, 1[3-9]…): "12345" or a landline is refused.
    for (const phone of ['12345', '021-5550 1234', '12800138000'])
      await rejected(
        order([{ productId: cheap.id, qty: cheap.moq }], {
          deliveryAddress: { ...ADDRESS, phone },
        }),
        ['deliveryAddress.phone'],
      );
    await rejected(
      order([{ productId: cheap.id, qty: cheap.moq }], {
        costCenterId: api.db['costCenters'].find((c) => c.companyId === 'c2').id,
      }),
      ['costCenterId'],
    );
    const r = await buyer.post('/api/orders', '{"costCenterId": ', idemKey());
    assert.equal(r.status, 400);
  });

  it('an order over the budget → 422 BUDGET_EXCEEDED and nothing changes', async () => {
    const before = await counts();
    const qty = qtyFor(pricey, before.budget.availableFen + 1);
    assert.ok(qty <= 100_000, 'the seed has a product pricey enough');
    const pv = await buyer.post('/api/orders/preview', {
      costCenterId: cc,
      lines: [{ productId: pricey.id, qty }],
    });
    assert.equal(pv.body.fitsBudget, false);
    assert.ok(pv.body.budget.availableAfterFen < 0);
    const r = await buyer.post('/api/orders', order([{ productId: pricey.id, qty }]), idemKey());
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'BUDGET_EXCEEDED');
    assert.deepEqual(await counts(), before);
    const movements = await hr.get(`/api/budgets/${budgetId}/movements?_limit=100`);
    assert.ok(
      !movements.body.some(
        (m: { reason: string; amountFen: number }) => m.amountFen === total(pricey, qty),
      ),
    );
  });
});

describe('idempotency', () => {
  it('the same key and body returns the first answer and creates nothing new', async () => {
    const key = idemKey();
    const body = order([{ productId: cheap.id, qty: cheap.moq }]);
    const first = await buyer.post('/api/orders', body, key);
    assert.equal(first.status, 201);
    const mid = await counts();
    const again = await buyer.post('/api/orders', body, key);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(await counts(), mid);
    const parallel = await Promise.all([1, 2, 3].map(() => buyer.post('/api/orders', body, key)));
    assert.deepEqual(
      parallel.map((r) => r.body.id),
      [first.body.id, first.body.id, first.body.id],
    );
    assert.deepEqual(await counts(), mid);
  });

  it('the same key with another body → 422 IDEMPOTENCY_MISMATCH; no key → 400', async () => {
    const key = idemKey();
    assert.equal(
      (await buyer.post('/api/orders', order([{ productId: cheap.id, qty: cheap.moq }]), key))
        .status,
      201,
    );
    const before = await counts();
    const r = await buyer.post(
      '/api/orders',
      order([{ productId: cheap.id, qty: cheap.moq * 2 }]),
      key,
    );
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'IDEMPOTENCY_MISMATCH');
    const none = await buyer.post('/api/orders', order([{ productId: cheap.id, qty: cheap.moq }]));
    assert.equal(none.status, 400);
    assert.deepEqual(await counts(), before);
  });

  it('a parallel burst with one key creates one order', async () => {
    const key = idemKey();
    const before = await counts();
    const rs = await Promise.all(
      Array.from({ length: 8 }, () =>
        buyer.post('/api/orders', order([{ productId: cheap.id, qty: cheap.moq }]), key),
      ),
    );
    assert.ok(rs.every((r) => r.status === 201));
    assert.equal(new Set(rs.map((r) => r.body.id)).size, 1);
    assert.equal(Number((await counts()).orders), Number(before.orders) + 1);
  });
});

describe('status, cancel and receive', () => {
  it('status from the thresholds: approved, one task, two tasks', async () => {
    const small = await buyer.post(
      '/api/orders',
      order([{ productId: cheap.id, qty: cheap.moq }]),
      idemKey(),
    );
    assert.equal(small.body.status, 'approved');
    const one = await buyer.post(
      '/api/orders',
      order([{ productId: tiered.id, qty: qtyFor(tiered, 500_000) }]),
      idemKey(),
    );
    assert.ok(one.body.totalFen >= 500_000 && one.body.totalFen < 5_000_000);
    assert.equal(one.body.status, 'pending_approval');
    const two = await buyer.post(
      '/api/orders',
      order([{ productId: pricey.id, qty: qtyFor(pricey, 5_000_000) }]),
      idemKey(),
    );
    assert.ok(two.body.totalFen >= 5_000_000);
    assert.equal(two.body.status, 'pending_approval');
    const tasksOf = async (id: string) =>
      (await hr.get(`/api/approvals?subjectType=order&_limit=100`)).body.filter(
        (t: { subjectId: string }) => t.subjectId === id,
      );
    assert.equal((await tasksOf(small.body.id)).length, 0);
    assert.deepEqual(
      (await tasksOf(one.body.id)).map((t: { level: number }) => t.level),
      [1],
    );
    assert.deepEqual(
      (await tasksOf(two.body.id)).map((t: { level: number }) => t.level).sort(),
      [1, 2],
    );
  });

  it('cancel (pending or approved) releases the commitment; then 409', async () => {
    const b0 = await budget();
    const pending = await buyer.post(
      '/api/orders',
      order([{ productId: tiered.id, qty: qtyFor(tiered, 700_000) }]),
      idemKey(),
    );
    assert.equal((await budget()).committedFen, b0.committedFen + pending.body.totalFen);
    const c = await buyer.post(`/api/orders/${pending.body.id}/cancel`, { reason: '不需要了' });
    assert.equal(c.status, 200);
    assert.equal(c.body.status, 'cancelled');
    assert.deepEqual(
      c.body.events.map((e: { type: string }) => e.type),
      ['submitted', 'approval_requested', 'cancelled'],
    );
    const b1 = await budget();
    assert.equal(b1.committedFen, b0.committedFen);
    assert.equal(b1.availableFen, b1.amountFen - b1.committedFen - b1.spentFen);
    // the release says why as a code and parameters (the buyer's reason kept as written)
    const released = (await hr.get(`/api/budgets/${b1.id}/movements?_limit=100`)).body.find(
      (m: { subjectId: string; type: string }) =>
        m.subjectId === pending.body.id && m.type === 'release',
    );
    assert.equal(released.reasonCode, 'ORDER_CANCELLED');
    assert.deepEqual(released.reasonParams, { id: pending.body.id, note: '不需要了' });
    const tasks = (await hr.get('/api/approvals?_limit=100')).body.filter(
      (t: { subjectId: string }) => t.subjectId === pending.body.id,
    );
    assert.deepEqual(
      tasks.map((t: { status: string }) => t.status),
      ['cancelled'],
    );
    const again = await buyer.post(`/api/orders/${pending.body.id}/cancel`, {});
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'NOT_ALLOWED_IN_STATE');
    assert.equal(
      (await buyer.post(`/api/orders/${pending.body.id}/receive`, {})).body.code,
      'NOT_ALLOWED_IN_STATE',
    );

    const approved = await buyer.post(
      '/api/orders',
      order([{ productId: cheap.id, qty: cheap.moq }]),
      idemKey(),
    );
    assert.equal(
      (await buyer.post(`/api/orders/${approved.body.id}/cancel`)).body.status,
      'cancelled',
    );
    assert.equal((await budget()).committedFen, b0.committedFen);
  });

  it('receive (approved only) moves the amount from committed to spent; then 409', async () => {
    const pending = await buyer.post(
      '/api/orders',
      order([{ productId: tiered.id, qty: qtyFor(tiered, 600_000) }]),
      idemKey(),
    );
    const early = await buyer.post(`/api/orders/${pending.body.id}/receive`, {});
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'NOT_ALLOWED_IN_STATE');
    const b0 = await budget();
    const o = await buyer.post(
      '/api/orders',
      order([{ productId: cheap.id, qty: cheap.moq }]),
      idemKey(),
    );
    const r = await buyer.post(`/api/orders/${o.body.id}/receive`, {});
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'received');
    const b1 = await budget();
    assert.equal(b1.committedFen, b0.committedFen);
    assert.equal(b1.spentFen, b0.spentFen + o.body.totalFen);
    assert.equal(b1.availableFen, b0.availableFen - o.body.totalFen);
    assert.equal((await buyer.post(`/api/orders/${o.body.id}/receive`, {})).status, 409);
    assert.equal((await buyer.post(`/api/orders/${o.body.id}/cancel`, {})).status, 409);
    const detail = await buyer.get(`/api/orders/${o.body.id}`);
    assert.deepEqual(
      detail.body.events.map((e: { type: string }) => e.type),
      ['submitted', 'approved', 'received'],
    );
    const mv = (await hr.get(`/api/budgets/${budgetId}/movements?_limit=100`)).body.filter(
      (m: { subjectId: string }) => m.subjectId === o.body.id,
    );
    assert.deepEqual(mv.map((m: { type: string }) => m.type).sort(), ['commit', 'spend']);
  });
});

describe('lists, tenancy and roles', () => {
  it('a buyer lists their own orders, hr and admin the company’s, filtered and paged', async () => {
    const mine = await buyer.get('/api/orders?_limit=100');
    assert.equal(mine.status, 200);
    assert.ok(
      mine.body.length > 0 &&
        mine.body.every((o: { createdBy: string }) => o.createdBy === buyer.user.id),
    );
    const total = Number(mine.headers.get('x-total-count'));
    assert.equal(Number((await hr.get('/api/orders')).headers.get('x-total-count')), total);
    assert.equal(Number((await admin.get('/api/orders')).headers.get('x-total-count')), total);
    const page = await buyer.get('/api/orders?_page=2&_limit=2');
    assert.equal(page.body.length, 2);
    assert.equal(page.body[0].id, mine.body[2].id, 'newest first, paged');
    const cancelled = await buyer.get('/api/orders?status=cancelled');
    assert.ok(
      cancelled.body.length >= 2 &&
        cancelled.body.every((o: { status: string }) => o.status === 'cancelled'),
    );
    assert.equal((await buyer.get('/api/orders?costCenterId=nope')).body.length, 0);
    // the other company sees its own (demo) orders only, never ours
    for (const c of [buyerC2, hrC2]) {
      const theirs = (await c.get('/api/orders?_limit=100')).body as {
        id: string;
        companyId: string;
      }[];
      assert.ok(theirs.every((o) => o.companyId === 'c2'));
      assert.ok(!theirs.some((o) => mine.body.some((m: { id: string }) => m.id === o.id)));
    }
  });

  it('another company’s order answers 404 (read, cancel, receive)', async () => {
    const o = (await buyer.get('/api/orders?_limit=1')).body[0];
    for (const r of [
      await buyerC2.get(`/api/orders/${o.id}`),
      await hrC2.get(`/api/orders/${o.id}`),
      await buyerC2.post(`/api/orders/${o.id}/cancel`, {}),
      await buyerC2.post(`/api/orders/${o.id}/receive`, {}),
    ]) {
      assert.equal(r.status, 404);
      assert.equal(r.body.code, 'NOT_FOUND');
    }
    assert.equal((await buyer.get('/api/orders/PO-nope')).status, 404);
  });

  it('only buyers order, cancel and receive; employees do not see orders', async () => {
    const o = (await buyer.get('/api/orders?status=approved&_limit=1')).body[0];
    for (const c of [hr, admin, employee]) {
      assert.equal(
        (await c.post('/api/orders', order([{ productId: cheap.id, qty: cheap.moq }]), idemKey()))
          .status,
        403,
      );
      assert.equal(
        (
          await c.post('/api/orders/preview', {
            costCenterId: cc,
            lines: [{ productId: cheap.id, qty: cheap.moq }],
          })
        ).status,
        403,
      );
      assert.equal((await c.post(`/api/orders/${o.id}/cancel`, {})).status, 403);
    }
    assert.equal((await employee.get('/api/orders')).status, 403);
    assert.equal((await hr.get(`/api/orders/${o.id}`)).status, 200);
    const anon = await fetch(`${api.base}/api/orders`);
    assert.equal(anon.status, 401);
  });
});

describe('cart', () => {
  it('replace, add (summing), price with savings, validate, clear', async () => {
    assert.deepEqual((await buyer.del('/api/cart')).status, 204);
    assert.deepEqual((await buyer.get('/api/cart')).body.lines, []);
    const t2 = tiered.priceTiers[1];
    const put = await buyer.put('/api/cart', { lines: [{ productId: tiered.id, qty: t2.minQty }] });
    assert.equal(put.status, 200);
    assert.equal(put.body.lines[0].unitPriceFen, t2.unitPriceFen);
    assert.equal(
      put.body.lines[0].savingsFen,
      (tiered.priceTiers[0].unitPriceFen - t2.unitPriceFen) * t2.minQty,
    );
    assert.equal(put.body.lines[0].product.id, tiered.id);
    const add = await buyer.post('/api/cart/lines', {
      lines: [
        { productId: tiered.id, qty: tiered.moq },
        { productId: cheap.id, qty: cheap.moq },
      ],
    });
    assert.equal(add.status, 200);
    assert.deepEqual(
      add.body.lines.map((l: { productId: string; qty: number }) => [l.productId, l.qty]),
      [
        [tiered.id, t2.minQty + tiered.moq],
        [cheap.id, cheap.moq],
      ],
    );
    assert.equal(
      add.body.totalFen,
      add.body.lines.reduce((s: number, l: { lineTotalFen: number }) => s + l.lineTotalFen, 0),
    );
    const bad = await buyer.put('/api/cart', {
      lines: [{ productId: tiered.id, qty: tiered.moq + 1 }],
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['lines.0.qty'],
    );
    assert.equal(
      (await buyer.get('/api/cart')).body.lines.length,
      2,
      'a rejected change keeps the cart',
    );
    assert.equal((await buyerC2.get('/api/cart')).body.lines.length, 0, 'carts are per user');
    assert.equal((await hr.get('/api/cart')).status, 403);
    assert.equal((await buyer.del('/api/cart')).status, 204);
    assert.equal((await buyer.get('/api/cart')).body.lines.length, 0);
  });

  it('one line at a time: a stale tab changes its line and keeps a line added elsewhere', async () => {
    await buyer.del('/api/cart');
    // tab A and tab B both see the cart with `tiered`
    await buyer.put('/api/cart', { lines: [{ productId: tiered.id, qty: tiered.moq }] });
    // tab A adds `cheap`; tab B, which has not seen it, changes the quantity of `tiered`
    await buyer.post('/api/cart/lines', { lines: [{ productId: cheap.id, qty: cheap.moq }] });
    const qty = tiered.priceTiers[1].minQty;
    const set = await buyer.put(`/api/cart/lines/${tiered.id}`, { qty });
    assert.equal(set.status, 200);
    const lines = (l: { productId: string; qty: number }[]) => l.map((x) => [x.productId, x.qty]);
    assert.deepEqual(lines(set.body.lines), [
      [tiered.id, qty],
      [cheap.id, cheap.moq],
    ]);
    // tab B removes `tiered`: `cheap` stays
    const removed = await buyer.del(`/api/cart/lines/${tiered.id}`);
    assert.equal(removed.status, 200);
    assert.deepEqual(lines(removed.body.lines), [[cheap.id, cheap.moq]]);
    assert.equal((await buyer.del(`/api/cart/lines/${tiered.id}`)).status, 200, 'already gone');

    // a bad quantity names `qty` and changes nothing
    const bad = await buyer.put(`/api/cart/lines/${cheap.id}`, { qty: cheap.moq - 1 || 0 });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['qty'],
    );
    assert.equal((await buyer.put('/api/cart/lines/nope', { qty: 1 })).status, 404);
    assert.equal((await buyer.put(`/api/cart/lines/${cheap.id}`, { qty: 5, x: 1 })).status, 400);
    assert.deepEqual(lines((await buyer.get('/api/cart')).body.lines), [[cheap.id, cheap.moq]]);
    // roles and ownership: only the buyer's own cart
    assert.equal((await hr.put(`/api/cart/lines/${cheap.id}`, { qty: cheap.moq })).status, 403);
    await buyerC2.put(`/api/cart/lines/${tiered.id}`, { qty: tiered.moq });
    assert.deepEqual(lines((await buyer.get('/api/cart')).body.lines), [[cheap.id, cheap.moq]]);
    await buyerC2.del('/api/cart');
  });
});
