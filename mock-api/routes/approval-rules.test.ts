// API tests of the company's approval rules (mock-api/openapi.yaml, getApprovalRules / replaceApprovalRules):
// who reads and changes them, validation, versions, the audit log, category thresholds for new orders (existing
// tasks keep their levels), and the approver pool of each level in the inbox, the detail and the decision.
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
let admin: Client;
let employee: Client;
let hrC2: Client;
let cc: string;
let inCat: Product;
let outCat: Product;
let topCat: string;

const PATH = '/api/companies/current/approval-rules';

interface Rules {
  id: string;
  categories: {
    categoryId: string;
    approvalThresholdFen: number;
    secondApprovalThresholdFen: number;
  }[];
  pools: { level1: string[]; level2: string[] };
  version: number;
}

const rules = async (): Promise<Rules> => (await admin.get(PATH)).body;

async function save(
  over: Partial<Omit<Rules, 'id'>>,
  who: Client = admin,
): Promise<{ status: number; body: Rules & { errors?: { path: string }[] } }> {
  const cur = await rules();
  return who.put(PATH, {
    categories: cur.categories,
    pools: cur.pools,
    version: cur.version,
    ...over,
  });
}

async function placeOrder(p: Product, targetFen: number) {
  const r = await buyer.post(
    '/api/orders',
    {
      costCenterId: cc,
      lines: [{ productId: p.id, qty: qtyFor(p, targetFen) }],
      deliveryAddress: ADDRESS,
    },
    idemKey(),
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body as { id: string; status: string; totalFen: number; approvalLevels: number };
}

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
  [buyer, hr, hr2, admin, employee, hrC2] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
      'hr2@c1.example',
      'admin@c1.example',
      'employee@c1.example',
      'hr@c2.example',
    ].map((e) => api.as(e)),
  );
  cc = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  const orderable = api.products
    .filter((p) => p.channels.includes('procurement') && p.priceTiers[0].unitPriceFen >= 5_000)
    .sort(
      (a, b) =>
        a.packSize * a.priceTiers[0].unitPriceFen - b.packSize * b.priceTiers[0].unitPriceFen,
    );
  inCat = orderable[0];
  topCat = inCat.categoryId.slice(0, 6);
  outCat = orderable.find((p) => !p.categoryId.startsWith(topCat))!;
  assert.ok(inCat && outCat);
});

after(() => api?.stop());

describe('approval rules: who and what', () => {
  it('admin and hr read them (none yet: version 0); a buyer or employee gets 403, and another company its own', async () => {
    const r = await hr.get(PATH);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, {
      id: 'c1',
      categories: [],
      pools: { level1: [], level2: [] },
      version: 0,
    });
    for (const c of [buyer, employee]) assert.equal((await c.get(PATH)).status, 403);
    assert.equal((await hrC2.get(PATH)).body.id, 'c2');
  });

  it('only an admin changes them (hr 403); bad categories, thresholds and pools are 400 with their path', async () => {
    assert.equal((await save({ categories: [] }, hr)).status, 403);
    const unknown = await save({
      categories: [
        { categoryId: 'cat-NOPE', approvalThresholdFen: 100, secondApprovalThresholdFen: 200 },
        { categoryId: topCat, approvalThresholdFen: 300, secondApprovalThresholdFen: 300 },
        { categoryId: topCat, approvalThresholdFen: 100, secondApprovalThresholdFen: 200 },
      ],
    });
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      unknown.body.errors!.map((e) => e.path),
      [
        'categories.0.categoryId',
        'categories.1.secondApprovalThresholdFen',
        'categories.2.categoryId',
      ],
    );
    const pools = await save({
      pools: {
        level1: [buyer.user.id, hrC2.user.id, 'u-nobody'],
        level2: [hr.user.id, hr.user.id],
      },
    });
    assert.equal(pools.status, 400);
    assert.deepEqual(
      pools.body.errors!.map((e) => e.path),
      ['pools.level1.0', 'pools.level1.1', 'pools.level1.2', 'pools.level2.1'],
    );
    assert.equal((await rules()).version, 0, 'nothing stored');
  });

  it('two admins saving the same version at once: one wins, the other gets 409; the change is audited', async () => {
    const body = (pools: Rules['pools']) => ({ categories: [], pools, version: 0 });
    const [a, b] = await Promise.all([
      admin.put(PATH, body({ level1: [hr.user.id], level2: [] })),
      admin.put(PATH, body({ level1: [hr2.user.id], level2: [] })),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const won = a.status === 200 ? a.body : b.body;
    assert.equal(won.version, 1);
    const log = (await admin.get('/api/audit-log?_limit=100')).body as {
      action: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    const entry = log.find((e) => e.action === 'company.approvalRules');
    assert.ok(entry, 'audited');
    assert.deepEqual(
      entry.changes.map((c) => c.field),
      ['pools.level1'],
    );
    // back to no pools
    assert.equal((await save({ pools: { level1: [], level2: [] } })).status, 200);
  });
});

describe('approval rules at work', () => {
  it('a category with lower thresholds: its orders need approval below the company threshold; others do not; existing tasks keep their levels', async () => {
    const before = await placeOrder(inCat, 300_000);
    assert.equal(before.status, 'approved', 'below the company threshold: no approval');
    const oneLevelBefore = await placeOrder(inCat, 600_000);
    assert.equal((await tasksOf(oneLevelBefore.id)).length, 1);
    const r = await save({
      categories: [
        { categoryId: topCat, approvalThresholdFen: 100_000, secondApprovalThresholdFen: 500_000 },
      ],
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const preview = await buyer.post('/api/orders/preview', {
      costCenterId: cc,
      lines: [{ productId: inCat.id, qty: qtyFor(inCat, 300_000) }],
    });
    assert.equal(preview.status, 200, JSON.stringify(preview.body));
    assert.equal(preview.body.approval.levels, 1, 'the preview says what the order will need');
    const small = await placeOrder(inCat, 300_000);
    assert.equal(small.status, 'pending_approval');
    assert.deepEqual(
      (await tasksOf(small.id)).map((t) => [t.level, t.status]),
      [[1, 'pending']],
    );
    const two = await placeOrder(inCat, 600_000);
    assert.equal((await tasksOf(two.id)).length, 2, 'the category’s second threshold');
    const other = await placeOrder(outCat, 300_000);
    assert.equal(other.status, 'approved', 'another category keeps the company thresholds');
    assert.equal((await tasksOf(oneLevelBefore.id)).length, 1, 'an existing task keeps its level');
    assert.equal((await save({ categories: [] })).status, 200);
  });

  it('a level’s pool: only its members are offered and may decide it; the other level stays open to every hr user', async () => {
    assert.equal((await save({ pools: { level1: [hr2.user.id], level2: [] } })).status, 200);
    const o = await placeOrder(inCat, 5_000_000);
    const [l1] = await tasksOf(o.id);
    const offered = async (c: Client) =>
      ((await c.get('/api/approvals?status=pending&_limit=100')).body as { id: string }[]).map(
        (t) => t.id,
      );
    assert.ok(!(await offered(hr)).includes(l1.id), 'hr is not in the level 1 pool');
    assert.ok((await offered(hr2)).includes(l1.id));
    assert.equal((await hr.get(`/api/approvals/${l1.id}`)).body.canDecide, false);
    const refused = await hr.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      version: l1.version,
    });
    assert.equal(refused.status, 403);
    // hr's delegate gets nothing hr could not decide.
    const d = await hr.post('/api/delegations', {
      delegateId: employee.user.id,
      startDate: TODAY,
      endDate: TODAY,
    });
    assert.equal(d.status, 201);
    const viaDelegate = await employee.post(`/api/approvals/${l1.id}/decision`, {
      decision: 'approve',
      version: l1.version,
    });
    assert.equal(viaDelegate.status, 403);
    assert.equal(
      (
        await hr2.post(`/api/approvals/${l1.id}/decision`, {
          decision: 'approve',
          version: l1.version,
        })
      ).status,
      200,
    );
    const [, l2] = await tasksOf(o.id);
    assert.ok((await offered(hr)).includes(l2.id), 'level 2 has no pool: every hr user');
    assert.equal(
      (
        await hr.post(`/api/approvals/${l2.id}/decision`, {
          decision: 'approve',
          version: l2.version,
        })
      ).status,
      200,
    );
    assert.equal((await hr.post(`/api/delegations/${d.body.id}/end`, {})).status, 200);
    assert.equal((await save({ pools: { level1: [], level2: [] } })).status, 200);
  });
});
