// API tests of the ledger behind the budget charts (mock-api/openapi.yaml, GET /api/budgets/movements):
// the movements of the budgets the caller may see, under the list's filters, one month, one type —
// the same figures the charts draw, and never another cost center's or company's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Budget, BudgetMovement, Product, UsageMonth } from '../../src/domain/index.ts';
import { isProblem } from '../test/kit.ts';
import { ADDRESS, idemKey, startApi, type Client, type TestApi } from './business.test-util.ts';

let api: TestApi;
let hr: Client;
let buyer: Client;
let employee: Client;
let hrC2: Client;
let cc: string;
let period: string;

const movements = async (c: Client, query: string) =>
  (await c.get<BudgetMovement[]>(`/api/budgets/movements?_limit=100&${query}`)).body;

before(async () => {
  api = await startApi();
  [hr, buyer, employee, hrC2] = await Promise.all(
    ['hr@c1.example', 'buyer@c1.example', 'employee@c1.example', 'hr@c2.example'].map((e) =>
      api.as(e),
    ),
  );
  cc = api.db['departments'].find((d) => d['id'] === buyer.user.departmentId)!['costCenterId'];
  // an order this month: a commitment in the ledger beside the seeded allocations
  const cheap = api.products.find(
    (p: Product) =>
      p.channels.includes('procurement') && p.moq * p.priceTiers[0].unitPriceFen < 20_000,
  )!;
  const o = await buyer.post(
    '/api/orders',
    {
      costCenterId: cc,
      lines: [{ productId: cheap.id, qty: cheap.moq }],
      deliveryAddress: ADDRESS,
    },
    idemKey(),
  );
  assert.equal(o.status, 201);
  period = o.body.createdAt.slice(0, 4);
});

after(() => api?.stop());

describe('ledger movements behind the budget charts', () => {
  it("one month and type sum to the use-over-time chart's figure for that month", async () => {
    const usage = (await hr.get<UsageMonth[]>(`/api/budgets/usage?period=${period}`)).body;
    const month = usage.find((m) => m.committedFen > 0)!;
    assert.ok(month, 'a month with commitments');
    const rows = await movements(hr, `period=${period}&month=${month.month}&type=commit`);
    assert.ok(rows.length > 0);
    assert.ok(rows.every((m) => m.type === 'commit' && m.createdAt.startsWith(month.month)));
    assert.equal(
      rows.reduce((sum, m) => sum + m.amountFen, 0),
      month.committedFen,
    );
  });

  it("one cost center's movements are exactly those of its budgets, newest first", async () => {
    const budgets = (await hr.get<Budget[]>(`/api/budgets?costCenterId=${cc}&period=${period}`))
      .body;
    assert.ok(budgets.length > 0);
    const perBudget = (
      await Promise.all(
        budgets.map((b) => hr.get<BudgetMovement[]>(`/api/budgets/${b.id}/movements?_limit=100`)),
      )
    ).flatMap((r) => r.body);
    const rows = await movements(hr, `costCenterId=${cc}&period=${period}`);
    assert.deepEqual(rows.map((m) => m.id).sort(), perBudget.map((m) => m.id).sort());
    const times = rows.map((m) => m.createdAt);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  it('a buyer sees only their own cost center; another company sees only its own', async () => {
    const other = api.db['costCenters'].find((c) => c['companyId'] === 'c1' && c['id'] !== cc)!;
    assert.deepEqual(await movements(buyer, `costCenterId=${other['id']}`), []);
    const own = await movements(buyer, '');
    const ownBudgets = new Set(
      api.db['budgets'].filter((b) => b['costCenterId'] === cc).map((b) => b['id']),
    );
    assert.ok(own.length > 0 && own.every((m) => ownBudgets.has(m.budgetId)));
    assert.deepEqual(await movements(hrC2, `costCenterId=${cc}`), []);
    assert.ok((await movements(hrC2, '')).every((m) => m.companyId === 'c2'));
  });

  it('an employee may not read budgets: 403', async () => {
    const r = await employee.get('/api/budgets/movements');
    assert.ok(isProblem(r, 403, 'FORBIDDEN'), JSON.stringify(r.body));
  });

  it('a bad month, an unknown type or an object in the query → 400 naming the parameter', async () => {
    for (const [query, path] of [
      ['month=2026-13', 'query.month'],
      ['month=2026-1', 'query.month'],
      ["month=2026-01'%20OR%201=1", 'query.month'],
      ['type=everything', 'query.type'],
      ['type[$ne]=commit', 'type'],
    ]) {
      const r = await hr.get(`/api/budgets/movements?${query}`);
      assert.equal(r.status, 400, query);
      assert.deepEqual(
        r.body.errors.map((e: { path: string }) => e.path),
        [path],
        query,
      );
    }
  });
});
