// API tests of the cost-center authorization rule (mock-api/openapi.yaml, GET /api/me/cost-centers):
// a user charges only their department's cost center plus those an admin granted them; orders and
// order previews on any other are 403 FORBIDDEN and change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Product } from '../../src/domain/index.ts';
import { isProblem } from '../test/kit.ts';
import { ADDRESS, idemKey, startApi, type Client, type TestApi } from './business.test-util.ts';

let api: TestApi;
let buyer: Client;
let admin: Client;
let hr: Client;
let employee: Client;
let buyerC2: Client;
let own: string;
let other: string;
let product: Product;

const budgetOf = async (cc: string) =>
  (await hr.get(`/api/budgets?costCenterId=${cc}&category=procurement`)).body[0];
const orderCount = async () =>
  Number((await hr.get('/api/orders?_limit=1')).headers.get('x-total-count'));
const order = (costCenterId: string) => ({
  costCenterId,
  lines: [{ productId: product.id, qty: product.moq }],
  deliveryAddress: ADDRESS,
});

before(async () => {
  api = await startApi();
  [buyer, admin, hr, employee, buyerC2] = await Promise.all(
    [
      'buyer@c1.example',
      'admin@c1.example',
      'hr@c1.example',
      'employee@c1.example',
      'buyer@c2.example',
    ].map((e) => api.as(e)),
  );
  own = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  other = api.db['costCenters'].find((c) => c.companyId === 'c1' && c.id !== own).id;
  product = api.products.find(
    (p) => p.channels.includes('procurement') && p.moq * p.priceTiers[0].unitPriceFen < 100_000,
  )!;
  assert.ok(product);
});

after(() => api?.stop());

describe('cost-center authorization', () => {
  it('GET /api/me/cost-centers lists only the department cost center by default', async () => {
    const r = await buyer.get('/api/me/cost-centers');
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.map((c: { id: string; source: string }) => [c.id, c.source]),
      [[own, 'department']],
    );
    assert.equal(r.headers.get('x-total-count'), '1');
    const e = await employee.get('/api/me/cost-centers');
    assert.equal(e.status, 200);
    assert.equal(e.body.length, 1);
    assert.equal((await buyerC2.get('/api/me/cost-centers')).body[0].companyId, 'c2');
  });

  it("an order on another department's cost center is 403 and changes nothing", async () => {
    const before = { orders: await orderCount(), budget: await budgetOf(other) };
    const r = await buyer.post('/api/orders', order(other), idemKey());
    assert.ok(isProblem(r, 403, 'FORBIDDEN'), JSON.stringify(r.body));
    const p = await buyer.post('/api/orders/preview', {
      costCenterId: other,
      lines: order(other).lines,
    });
    assert.ok(isProblem(p, 403, 'FORBIDDEN'));
    assert.equal(await orderCount(), before.orders);
    assert.deepEqual(await budgetOf(other), before.budget);
    // its own cost center still works
    assert.equal((await buyer.post('/api/orders', order(own), idemKey())).status, 201);
  });

  it('another company cost center stays 400 (unknown), as before', async () => {
    const c2cc = api.db['costCenters'].find((c) => c.companyId === 'c2').id;
    const r = await buyer.post('/api/orders', order(c2cc), idemKey());
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'));
    assert.equal(r.body.errors[0].path, 'costCenterId');
  });

  it('an admin grant lets the user charge it; revoking takes it back', async () => {
    const g = await admin.put(`/api/users/${buyer.user.id}/cost-centers`, {
      grantedCostCenterIds: [other, other, own],
    });
    assert.equal(g.status, 200, JSON.stringify(g.body));
    assert.deepEqual(g.body, {
      userId: buyer.user.id,
      departmentCostCenterId: own,
      grantedCostCenterIds: [other],
    });
    const list = await buyer.get('/api/me/cost-centers');
    assert.deepEqual(
      list.body.map((c: { id: string; source: string }) => [c.id, c.source]),
      [
        [own, 'department'],
        [other, 'granted'],
      ],
    );
    const before = await budgetOf(other);
    const r = await buyer.post('/api/orders', order(other), idemKey());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.ok((await budgetOf(other)).committedFen > before.committedFen);
    // the buyer now sees that budget too
    const seen = await buyer.get(`/api/budgets?costCenterId=${other}`);
    assert.ok(seen.body.length >= 1);
    const user = await admin.get(`/api/users/${buyer.user.id}`);
    assert.deepEqual(user.body.grantedCostCenterIds, [other]);

    assert.equal(
      (await admin.put(`/api/users/${buyer.user.id}/cost-centers`, { grantedCostCenterIds: [] }))
        .status,
      200,
    );
    assert.ok(
      isProblem(await buyer.post('/api/orders', order(other), idemKey()), 403, 'FORBIDDEN'),
    );
  });

  it('grants: other roles 403, another company 404, bad input 400, nothing changed', async () => {
    const path = `/api/users/${buyer.user.id}/cost-centers`;
    for (const c of [buyer, hr, employee])
      assert.ok(isProblem(await c.put(path, { grantedCostCenterIds: [other] }), 403, 'FORBIDDEN'));
    const c2user = api.db['users'].find((u) => u.companyId === 'c2').id;
    assert.ok(
      isProblem(
        await admin.put(`/api/users/${c2user}/cost-centers`, { grantedCostCenterIds: [] }),
        404,
        'NOT_FOUND',
      ),
    );
    assert.ok(
      isProblem(
        await admin.put('/api/users/u-nobody/cost-centers', { grantedCostCenterIds: [] }),
        404,
        'NOT_FOUND',
      ),
    );
    const c2cc = api.db['costCenters'].find((c) => c.companyId === 'c2').id;
    for (const body of [
      { grantedCostCenterIds: [c2cc] },
      { grantedCostCenterIds: ['nope'] },
      { grantedCostCenterIds: 'cc' },
      { grantedCostCenterIds: [other], extra: 1 },
      {},
      { grantedCostCenterIds: Array.from({ length: 51 }, () => other) },
    ]) {
      const r = await admin.put(path, body);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(body));
    }
    assert.deepEqual(
      (await admin.get(`/api/users/${buyer.user.id}`)).body.grantedCostCenterIds,
      [],
    );
  });

  it('two grants at once: both durable in turn, the last one wins', async () => {
    const path = `/api/users/${buyer.user.id}/cost-centers`;
    const [a, b] = await Promise.all([
      admin.put(path, { grantedCostCenterIds: [other] }),
      admin.put(path, { grantedCostCenterIds: [] }),
    ]);
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    assert.deepEqual(
      (await admin.get(`/api/users/${buyer.user.id}`)).body.grantedCostCenterIds,
      [],
    );
  });
});
