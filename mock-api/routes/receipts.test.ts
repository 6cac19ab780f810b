// API tests of goods receipt (whole and partial), closing short and the order search
// (mock-api/openapi.yaml: receiveOrder, closeOrderShort, listOrders `q`), against a real server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { receivedShareFen, type Budget, type Product } from '../../src/domain/index.ts';
import { ADDRESS, idemKey, startApi, type Client, type TestApi } from './business.test-util.ts';

let api: TestApi;
let buyer: Client;
let hr: Client;
let admin: Client;
let employee: Client;
let buyerC2: Client;
let cc: string;
let budgetId: string;
/** Procurement products sold one by one (pack size 1), cheap enough to stay under the approval threshold. */
let units: Product[];

interface Line {
  productId: string;
  qty: number;
  lineTotalFen: number;
  receivedQty: number;
  outstandingQty: number;
  sku: string;
  name: string;
  nameEn: string;
}
interface Receipt {
  id: string;
  actorId: string;
  lines: { productId: string; qty: number; amountFen: number }[];
  amountFen: number;
  note?: string;
}
interface OrderAnswer {
  id: string;
  status: string;
  totalFen: number;
  receivedFen: number;
  version: number;
  lines: Line[];
  receipts: Receipt[];
  events: { type: string; comment?: string }[];
}
interface Movement {
  type: string;
  amountFen: number;
  reasonCode: string;
  reasonParams: { id?: string; note?: string };
  subjectId: string;
}

async function budget(): Promise<Budget> {
  const r = await hr.get(`/api/budgets/${budgetId}`);
  assert.equal(r.status, 200);
  return r.body;
}

async function movementsOf(orderId: string): Promise<Movement[]> {
  const r = await hr.get(
    `/api/budgets/${budgetId}/movements?_limit=100&_sort=createdAt&_order=asc`,
  );
  assert.equal(r.status, 200);
  return (r.body as Movement[]).filter((m) => m.subjectId === orderId);
}

/** An approved order (under the threshold) of `qty` units of each of `n` products. */
async function placeApproved(qtys: number[]): Promise<OrderAnswer> {
  const r = await buyer.post(
    '/api/orders',
    {
      costCenterId: cc,
      lines: qtys.map((qty, i) => ({ productId: units[i].id, qty: Math.max(qty, units[i].moq) })),
      deliveryAddress: ADDRESS,
    },
    idemKey(),
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.status, 'approved');
  return r.body;
}

const receive = (c: Client, id: string, body?: unknown, headers?: Record<string, string>) =>
  c.post<OrderAnswer & { code?: string; errors?: { path: string }[] }>(
    `/api/orders/${id}/receive`,
    body,
    headers,
  );

before(async () => {
  api = await startApi();
  [buyer, hr, admin, employee, buyerC2] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
      'admin@c1.example',
      'employee@c1.example',
      'buyer@c2.example',
    ].map((e) => api.as(e)),
  );
  cc = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  budgetId = api.db['budgets'].find(
    (b) => b.costCenterId === cc && b.category === 'procurement',
  ).id;
  // Prices that do not divide evenly, so partial amounts need rounding.
  units = api.products
    .filter(
      (p) =>
        p.channels.includes('procurement') &&
        p.packSize === 1 &&
        p.moq <= 2 &&
        p.priceTiers[0].unitPriceFen < 40_000,
    )
    .slice(0, 3);
  assert.equal(units.length, 3, 'seed has products sold by the unit');
});

after(() => api?.stop());

describe('partial goods receipt', () => {
  it('receives part of a line, then the rest; amounts add up to the total exactly', async () => {
    const o = await placeApproved([7, 3]);
    assert.deepEqual(
      o.lines.map((l) => [l.receivedQty, l.outstandingQty]),
      o.lines.map((l) => [0, l.qty]),
    );
    assert.deepEqual([o.receipts, o.receivedFen], [[], 0]);
    const [a, b] = o.lines;
    const b0 = await budget();

    const r1 = await receive(buyer, o.id, {
      lines: [{ productId: a.productId, qty: 2 }],
      note: ' 第一批 ',
    });
    assert.equal(r1.status, 200, JSON.stringify(r1.body));
    assert.equal(r1.body.status, 'partially_received');
    assert.deepEqual(
      r1.body.lines.map((l) => [l.receivedQty, l.outstandingQty]),
      [
        [2, a.qty - 2],
        [0, b.qty],
      ],
    );
    const share2 = Math.round((a.lineTotalFen * 2) / a.qty);
    assert.equal(r1.body.receipts.length, 1);
    assert.deepEqual(r1.body.receipts[0].lines, [
      { productId: a.productId, qty: 2, amountFen: share2 },
    ]);
    assert.equal(r1.body.receipts[0].id, `${o.id}-R1`);
    assert.equal(r1.body.receipts[0].actorId, buyer.user.id);
    assert.equal(r1.body.receipts[0].note, '第一批');
    assert.equal(r1.body.receivedFen, share2);
    assert.equal(r1.body.events.at(-1)!.type, 'partially_received');
    const b1 = await budget();
    assert.equal(b1.committedFen, b0.committedFen - share2);
    assert.equal(b1.spentFen, b0.spentFen + share2);
    assert.equal(b1.availableFen, b0.availableFen);

    // one more of line a and all of line b, then the last of line a
    const r2 = await receive(buyer, o.id, {
      lines: [
        { productId: b.productId, qty: b.qty },
        { productId: a.productId, qty: 1 },
      ],
    });
    assert.equal(r2.status, 200, JSON.stringify(r2.body));
    assert.equal(r2.body.status, 'partially_received');
    assert.equal(
      r2.body.receipts[1].amountFen,
      b.lineTotalFen + receivedShareFen(a, 3) - receivedShareFen(a, 2),
    );
    const r3 = await receive(buyer, o.id, { lines: [{ productId: a.productId, qty: a.qty - 3 }] });
    assert.equal(r3.status, 200, JSON.stringify(r3.body));
    assert.equal(r3.body.status, 'received');
    assert.ok(r3.body.lines.every((l) => l.outstandingQty === 0 && l.receivedQty === l.qty));
    assert.equal(
      r3.body.receipts.reduce((s, x) => s + x.amountFen, 0),
      o.totalFen,
      'the receipts add up to the order total, to the fen',
    );
    assert.equal(r3.body.receivedFen, o.totalFen);
    const b3 = await budget();
    assert.equal(b3.committedFen, b0.committedFen - o.totalFen);
    assert.equal(b3.spentFen, b0.spentFen + o.totalFen);

    const mv = await movementsOf(o.id);
    assert.deepEqual(
      mv.map((m) => [m.type, m.reasonCode]),
      [
        ['commit', 'ORDER_SUBMITTED'],
        ['spend', 'ORDER_PARTIALLY_RECEIVED'],
        ['spend', 'ORDER_PARTIALLY_RECEIVED'],
        ['spend', 'ORDER_RECEIVED'],
      ],
    );
    assert.equal(
      mv.filter((m) => m.type === 'spend').reduce((s, m) => s + m.amountFen, 0),
      o.totalFen,
    );
    assert.equal((await receive(buyer, o.id, {})).status, 409, 'nothing left to receive');
  });

  it('without lines (or without a body) receives everything outstanding, as before', async () => {
    const o = await placeApproved([5, 4]);
    await receive(buyer, o.id, { lines: [{ productId: o.lines[1].productId, qty: 1 }] });
    const b0 = await budget();
    const r = await receive(buyer, o.id);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'received');
    assert.deepEqual(
      r.body.receipts[1].lines.map((l) => [l.productId, l.qty]),
      [
        [o.lines[0].productId, o.lines[0].qty],
        [o.lines[1].productId, o.lines[1].qty - 1],
      ],
    );
    assert.equal(
      (await budget()).spentFen,
      b0.spentFen + (o.totalFen - r.body.receipts[0].amountFen),
    );
    const whole = await placeApproved([2]);
    const w = await receive(buyer, whole.id, {});
    assert.equal(w.body.status, 'received');
    assert.deepEqual(
      w.body.events.map((e) => e.type),
      ['submitted', 'approved', 'received'],
    );
  });

  it('rejects what cannot be received, with the field path, and changes nothing', async () => {
    const o = await placeApproved([3, 2]);
    const b0 = await budget();
    const cases: [unknown, string[]][] = [
      [{ lines: [{ productId: o.lines[0].productId, qty: 4 }] }, ['lines.0.qty']],
      [{ lines: [{ productId: units[2].id, qty: 1 }] }, ['lines.0.productId']],
      [{ lines: [{ productId: 'p-nope', qty: 1 }] }, ['lines.0.productId']],
      [
        {
          lines: [
            { productId: o.lines[0].productId, qty: 1 },
            { productId: o.lines[0].productId, qty: 1 },
          ],
        },
        ['lines.1.productId'],
      ],
      [{ lines: [{ productId: o.lines[0].productId, qty: 0 }] }, ['lines.0.qty']],
      [{ lines: [{ productId: o.lines[0].productId, qty: -1 }] }, ['lines.0.qty']],
      [{ lines: [{ productId: o.lines[0].productId, qty: 1.5 }] }, ['lines.0.qty']],
      [{ lines: [{ productId: o.lines[0].productId, qty: '1' }] }, ['lines.0.qty']],
      [{ lines: [] }, ['lines']],
      [{ lines: [{ productId: o.lines[0].productId, qty: 1, price: 0 }] }, ['lines.0']],
      [{ everything: true }, ['']],
    ];
    for (const [body, paths] of cases) {
      const r = await receive(buyer, o.id, body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.body.code, 'VALIDATION_FAILED');
      const got = (r.body.errors ?? []).map((e) => e.path);
      for (const p of paths)
        assert.ok(
          got.some((g) => g === p || (p === '' ? true : g.startsWith(p))),
          `${JSON.stringify(body)} → ${got}`,
        );
    }
    const after = (await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body;
    assert.equal(after.version, o.version);
    assert.equal(after.status, 'approved');
    assert.deepEqual(await budget(), b0);
  });

  it('receipts at once for the last units never receive more than outstanding', async () => {
    const o = await placeApproved([7]);
    const id = o.lines[0].productId;
    assert.equal((await receive(buyer, o.id, { lines: [{ productId: id, qty: 2 }] })).status, 200);
    const b0 = await budget();
    // 5 outstanding, six buyers' clicks of 2 at once: two fit, the others are above what is left
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => receive(buyer, o.id, { lines: [{ productId: id, qty: 2 }] })),
    );
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 200, 400, 400, 400, 400]);
    const mid = (await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body;
    assert.equal(mid.status, 'partially_received');
    assert.deepEqual([mid.lines[0].receivedQty, mid.lines[0].outstandingQty], [6, 1]);
    // the last unit, twice at once: one receipt completes the order, the other finds it received
    const last = await Promise.all(
      [1, 2].map(() => receive(buyer, o.id, { lines: [{ productId: id, qty: 1 }] })),
    );
    assert.deepEqual(last.map((r) => r.status).sort(), [200, 409]);
    const after = (await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body;
    assert.equal(after.status, 'received');
    assert.equal(after.lines[0].receivedQty, 7);
    assert.equal(after.receipts.length, 4);
    const b1 = await budget();
    assert.equal(b1.spentFen - b0.spentFen, o.totalFen - after.receipts[0].amountFen);
    assert.equal(b1.committedFen, b0.committedFen - (o.totalFen - after.receipts[0].amountFen));
  });

  it('an Idempotency-Key replays the first answer and receives nothing twice', async () => {
    const o = await placeApproved([4]);
    const body = { lines: [{ productId: o.lines[0].productId, qty: 1 }] };
    const key = idemKey();
    const first = await receive(buyer, o.id, body, key);
    const again = await receive(buyer, o.id, body, key);
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    const other = await receive(buyer, o.id, { lines: [{ ...body.lines[0], qty: 2 }] }, key);
    assert.equal(other.status, 422);
    assert.equal(
      (await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body.lines[0].receivedQty,
      1,
    );
  });

  it('only the buyer of the order receives: other company 404, other roles 403', async () => {
    const o = await placeApproved([3]);
    const body = { lines: [{ productId: o.lines[0].productId, qty: 1 }] };
    for (const r of [
      await receive(buyerC2, o.id, body),
      await buyerC2.post(`/api/orders/${o.id}/close-short`, { reason: 'x' }),
    ]) {
      assert.equal(r.status, 404);
      assert.equal(r.body.code, 'NOT_FOUND');
    }
    for (const c of [hr, admin, employee]) {
      assert.equal((await receive(c, o.id, body)).status, 403);
      assert.equal((await c.post(`/api/orders/${o.id}/close-short`, { reason: 'x' })).status, 403);
    }
    const after = (await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body;
    assert.equal(after.version, o.version);
  });

  it('a huge body is refused before anything is received', async () => {
    const o = await placeApproved([3]);
    const many = Array.from({ length: 501 }, (_, i) => ({ productId: `p${i}`, qty: 1 }));
    const r = await receive(buyer, o.id, { lines: many });
    assert.equal(r.status, 400);
    assert.ok((r.body.errors ?? []).some((e) => e.path === 'lines'));
    const note = await receive(buyer, o.id, { note: 'x'.repeat(501) });
    assert.equal(note.status, 400);
    const huge = await receive(buyer, o.id, { note: 'x'.repeat(2_000_000) });
    assert.equal(huge.status, 413);
    assert.equal((await buyer.get<OrderAnswer>(`/api/orders/${o.id}`)).body.version, o.version);
  });

  it('a pending, cancelled or rejected order cannot be received (409)', async () => {
    const o = await placeApproved([2]);
    assert.equal((await buyer.post(`/api/orders/${o.id}/cancel`, {})).status, 200);
    const r = await receive(buyer, o.id, { lines: [{ productId: o.lines[0].productId, qty: 1 }] });
    assert.equal(r.status, 409);
    assert.equal(r.body.code, 'NOT_ALLOWED_IN_STATE');
  });
});

describe('closing short', () => {
  it('releases what is still committed, with the reason; then nothing more can be received', async () => {
    const o = await placeApproved([5, 3]);
    assert.equal(
      (await buyer.post(`/api/orders/${o.id}/close-short`, { reason: '不要了' })).status,
      409,
      'an order with nothing received is cancelled, not closed short',
    );
    const r1 = await receive(buyer, o.id, { lines: [{ productId: o.lines[0].productId, qty: 2 }] });
    const b0 = await budget();
    const blank = await buyer.post(`/api/orders/${o.id}/close-short`, { reason: '   ' });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.errors[0].path, 'reason');
    assert.equal((await buyer.post(`/api/orders/${o.id}/close-short`, {})).status, 400);
    const closed = await buyer.post<OrderAnswer>(`/api/orders/${o.id}/close-short`, {
      reason: ' 供应商停产 ',
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    assert.equal(closed.body.status, 'closed_short');
    assert.deepEqual(closed.body.events.at(-1), {
      ...closed.body.events.at(-1),
      type: 'closed_short',
      comment: '供应商停产',
    });
    assert.deepEqual(
      closed.body.lines.map((l) => l.outstandingQty),
      [o.lines[0].qty - 2, o.lines[1].qty],
    );
    const rest = o.totalFen - r1.body.receivedFen;
    const b1 = await budget();
    assert.equal(b1.committedFen, b0.committedFen - rest);
    assert.equal(b1.spentFen, b0.spentFen);
    assert.equal(b1.availableFen, b0.availableFen + rest);
    const mv = await movementsOf(o.id);
    assert.deepEqual(
      mv.map((m) => [m.type, m.reasonCode, m.amountFen]),
      [
        ['commit', 'ORDER_SUBMITTED', o.totalFen],
        ['spend', 'ORDER_PARTIALLY_RECEIVED', r1.body.receivedFen],
        ['release', 'ORDER_CLOSED_SHORT', rest],
      ],
    );
    assert.equal(mv[2].reasonParams.note, '供应商停产');
    assert.equal((await receive(buyer, o.id, {})).status, 409);
    assert.equal(
      (await buyer.post(`/api/orders/${o.id}/close-short`, { reason: 'again' })).status,
      409,
    );
    assert.equal((await buyer.post(`/api/orders/${o.id}/cancel`, {})).status, 409);
    const listed = await buyer.get<OrderAnswer[]>('/api/orders?status=closed_short&_limit=100');
    assert.ok(listed.body.some((x) => x.id === o.id));
  });

  it('a huge reason is 400 (at most 500 characters)', async () => {
    const o = await placeApproved([3]);
    await receive(buyer, o.id, { lines: [{ productId: o.lines[0].productId, qty: 1 }] });
    const r = await buyer.post(`/api/orders/${o.id}/close-short`, { reason: 'x'.repeat(501) });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].path, 'reason');
  });
});

describe('order search (q)', () => {
  it('finds by order number, SKU and product name (zh or en), case-insensitive', async () => {
    const o = await placeApproved([2, 2]);
    const find = async (q: string) =>
      (
        await buyer.get<OrderAnswer[]>(`/api/orders?_limit=100&q=${encodeURIComponent(q)}`)
      ).body.map((x) => x.id);
    assert.ok((await find(o.id.toLowerCase())).includes(o.id));
    assert.ok((await find(o.id.slice(-4))).includes(o.id));
    assert.ok((await find(o.lines[1].sku)).includes(o.id));
    assert.ok((await find(o.lines[0].name)).includes(o.id));
    assert.ok((await find(o.lines[0].nameEn.toUpperCase())).includes(o.id));
    assert.deepEqual(await find('no-such-thing-anywhere'), []);
    // combines with the other filters
    const r = await buyer.get<OrderAnswer[]>(
      `/api/orders?q=${encodeURIComponent(o.id)}&status=cancelled`,
    );
    assert.deepEqual(r.body, []);
    // another company's buyer finds nothing of ours
    assert.deepEqual(
      (await buyerC2.get<OrderAnswer[]>(`/api/orders?q=${encodeURIComponent(o.id)}`)).body,
      [],
    );
  });

  it('a hostile q is literal, bounded and given once', async () => {
    for (const q of ['.*', '(', '[a-z]+', '%', '\\', "' OR 1=1 --", '$where']) {
      const r = await buyer.get(`/api/orders?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, q);
      assert.deepEqual(r.body, [], q);
    }
    const long = await buyer.get(`/api/orders?q=${'a'.repeat(201)}`);
    assert.equal(long.status, 400);
    assert.equal(long.body.errors[0].path, 'q');
    assert.equal((await buyer.get(`/api/orders?q=${'a'.repeat(200)}`)).status, 200);
    const twice = await buyer.get('/api/orders?q=a&q=b');
    assert.equal(twice.status, 400);
    assert.equal((await buyer.get('/api/orders?q[a]=b')).status, 400);
  });
});
