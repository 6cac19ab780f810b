// API tests of the company's organisation (mock-api/openapi.yaml, tag organisation): an admin invites users,
// changes their roles and department, deactivates them (their sessions end at once) and reactivates them;
// creates, renames and deactivates departments and cost centers. Every change is in the audit log; the
// company always keeps an admin, and an hr user while approval tasks are open.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditEntry, Product } from '../../src/domain/index.ts';
import { isProblem, request } from '../test/kit.ts';
import {
  ADDRESS,
  PASSWORD,
  idemKey,
  qtyFor,
  startApi,
  type Client,
  type TestApi,
} from './business.test-util.ts';

let api: TestApi;
let admin: Client;
let hr: Client;
let buyer: Client;
let adminC2: Client;
let c1Dept: string;
let c2Dept: string;
let seq = 0;

const login = (email: string, password: string) =>
  request(api.base, 'POST', '/api/auth/login', { body: { email, password } });

/** Invites a user of c1 and signs them in with the initial password. */
async function invite(roles: string[], departmentId = c1Dept) {
  const email = `new${++seq}.${process.pid}@c1.example`;
  const r = await admin.post('/api/users', { email, name: `新人${seq}`, roles, departmentId });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const l = await login(email, r.body.initialPassword);
  assert.equal(l.status, 200, JSON.stringify(l.body));
  const token = l.body.token as string;
  const call = (method: string, path: string, body?: unknown) =>
    request(api.base, method, path, { token, body });
  return { user: r.body.user, password: r.body.initialPassword as string, email, token, call };
}

const lastAudit = async (action: string) =>
  ((await admin.get(`/api/audit-log?action=${action}`)).body as AuditEntry[])[0];

before(async () => {
  api = await startApi({
    prepare: (db) => {
      // An admin of the second company, to check that nothing crosses companies.
      const a = db['users'].find((u) => u['email'] === 'admin@c1.example')!;
      const dept = db['departments'].find((d) => d['companyId'] === 'c2')!;
      db['users'].push({
        ...a,
        id: 'u-c2-admin',
        companyId: 'c2',
        departmentId: dept['id'],
        email: 'admin@c2.example',
        employeeNo: 'C2ADMIN',
      });
    },
  });
  [admin, hr, buyer, adminC2] = await Promise.all(
    ['admin@c1.example', 'hr@c1.example', 'buyer@c1.example', 'admin@c2.example'].map((e) =>
      api.as(e),
    ),
  );
  c1Dept = buyer.user.departmentId;
  c2Dept = adminC2.user.departmentId;
});

after(() => api?.stop());

describe('users', () => {
  it('an admin invites a user, who signs in with the initial password; audit user.create', async () => {
    const email = 'Li.Na@C1.example';
    const r = await admin.post('/api/users', {
      email,
      name: '李娜',
      nameEn: 'Li Na',
      roles: ['buyer', 'buyer'],
      departmentId: c1Dept,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.user.email, 'li.na@c1.example');
    assert.deepEqual(r.body.user.roles, ['buyer']);
    assert.equal(r.body.user.active, true);
    assert.match(r.body.user.employeeNo, /^C1\d{5}$/);
    assert.match(r.body.initialPassword, /^[A-Za-z2-9]{12}$/);
    const l = await login('li.na@c1.example', r.body.initialPassword);
    assert.equal(l.status, 200);
    assert.equal(l.body.user.id, r.body.user.id);
    // listed for the admin, found by search and role
    const list = await admin.get('/api/users?q=li.na&roles_like=buyer&active=true');
    assert.deepEqual(
      list.body.map((u: { id: string }) => u.id),
      [r.body.user.id],
    );
    const a = await lastAudit('user.create');
    assert.equal(a.entityId, r.body.user.id);
    assert.deepEqual(
      a.changes.find((c) => c.field === 'email'),
      { field: 'email', before: null, after: 'li.na@c1.example' },
    );
    assert.ok(!JSON.stringify(a).includes(r.body.initialPassword), 'no password in the log');
  });

  it('an email already used anywhere on the platform is 409 EMAIL_TAKEN (any case)', async () => {
    for (const email of ['BUYER@c2.example', 'admin@C1.example']) {
      const r = await admin.post('/api/users', {
        email,
        name: '重复',
        roles: ['employee'],
        departmentId: c1Dept,
      });
      assert.ok(isProblem(r, 409, 'EMAIL_TAKEN'), JSON.stringify(r.body));
    }
  });

  it('two invitations of one email at once make one account', async () => {
    const body = {
      email: 'twice@c1.example',
      name: '两次',
      roles: ['buyer'],
      departmentId: c1Dept,
    };
    const [a, b] = await Promise.all([
      admin.post('/api/users', body),
      admin.post('/api/users', { ...body, email: 'TWICE@c1.example' }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    const list = await admin.get('/api/users?q=twice@');
    assert.equal(list.body.length, 1);
  });

  it('refuses bad bodies, other roles and other companies', async () => {
    const body = { email: 'x1@c1.example', name: 'X', roles: ['buyer'], departmentId: c1Dept };
    assert.ok(isProblem(await hr.post('/api/users', body), 403, 'FORBIDDEN'));
    assert.ok(
      isProblem(
        await buyer.patch(`/api/users/${buyer.user.id}`, { roles: ['admin'] }),
        403,
        'FORBIDDEN',
      ),
    );
    const other = await admin.post('/api/users', { ...body, departmentId: c2Dept });
    assert.ok(isProblem(other, 400, 'VALIDATION_FAILED'));
    assert.equal(other.body.errors[0].path, 'departmentId');
    const bad = await admin.post('/api/users', {
      ...body,
      email: 'not-an-email',
      roles: ['root'],
      isAdmin: true,
    });
    assert.ok(isProblem(bad, 400, 'VALIDATION_FAILED'));
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), [
      'email',
      'isAdmin',
      'roles.0',
    ]);
    const huge = await admin.post('/api/users', { ...body, name: '名'.repeat(100_000) });
    assert.ok(huge.status === 400 || huge.status === 413, String(huge.status));
    // another company's user is 404 exactly like a missing one
    const c2User = api.db['users'].find((u) => u['companyId'] === 'c2')!['id'];
    assert.ok(
      isProblem(await admin.patch(`/api/users/${c2User}`, { active: false }), 404, 'NOT_FOUND'),
    );
    assert.ok(
      isProblem(await admin.patch('/api/users/u-none', { active: false }), 404, 'NOT_FOUND'),
    );
    assert.ok(isProblem(await admin.get('/api/users?_delay=1000'), 400, 'VALIDATION_FAILED'));
    assert.equal((await admin.get(`/api/users?q=${encodeURIComponent('.*')}`)).body.length, 0);
  });

  it('changes roles and department, with each field before → after in the audit log', async () => {
    const u = await invite(['employee']);
    const dept = api.db['departments'].find((d) => d['companyId'] === 'c1' && d['id'] !== c1Dept)!;
    const r = await admin.patch(`/api/users/${u.user.id}`, {
      roles: ['employee', 'hr'],
      departmentId: dept['id'],
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.roles, ['employee', 'hr']);
    assert.equal(r.body.departmentId, dept['id']);
    const a = await lastAudit('user.update');
    assert.equal(a.entityId, u.user.id);
    assert.deepEqual(
      a.changes.map((c) => [c.field, c.before, c.after]),
      [
        ['roles', 'employee', 'employee, hr'],
        ['departmentId', c1Dept, dept['id']],
      ],
    );
    // the new role counts at once for the user's next request
    assert.equal((await u.call('GET', '/api/approvals')).status, 200);
  });

  it('deactivating ends the sessions at once; login says the account is deactivated; reactivating restores', async () => {
    const u = await invite(['buyer']);
    const second = await login(u.email, u.password);
    assert.equal((await u.call('GET', '/api/me')).status, 200);
    const r = await admin.patch(`/api/users/${u.user.id}`, { active: false });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.active, false);
    assert.ok(isProblem(await u.call('GET', '/api/me'), 401, 'UNAUTHENTICATED'));
    const t2 = await request(api.base, 'GET', '/api/me', { token: second.body.token });
    assert.ok(isProblem(t2, 401, 'UNAUTHENTICATED'));
    assert.ok(isProblem(await login(u.email, u.password), 403, 'ACCOUNT_DEACTIVATED'));
    // a wrong password still says nothing about the account
    assert.ok(isProblem(await login(u.email, 'wrong-password'), 401, 'INVALID_CREDENTIALS'));
    const a = await lastAudit('user.update');
    assert.deepEqual(a.changes, [{ field: 'active', before: true, after: false }]);
    assert.equal((await admin.patch(`/api/users/${u.user.id}`, { active: true })).status, 200);
    assert.equal((await login(u.email, u.password)).status, 200);
  });

  it('the last admin can neither deactivate themselves nor drop the role (409 LAST_ADMIN)', async () => {
    const self = await admin.patch(`/api/users/${admin.user.id}`, { active: false });
    assert.ok(isProblem(self, 409, 'LAST_ADMIN'), JSON.stringify(self.body));
    const role = await admin.patch(`/api/users/${admin.user.id}`, { roles: ['hr'] });
    assert.ok(isProblem(role, 409, 'LAST_ADMIN'));
    assert.equal((await admin.get('/api/me')).status, 200);
  });

  it('two admins deactivating each other at once leave exactly one admin', async () => {
    const other = await invite(['admin']);
    const results = await Promise.all([
      admin.patch(`/api/users/${other.user.id}`, { active: false }),
      other.call('PATCH', `/api/users/${admin.user.id}`, { active: false }),
    ]);
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, JSON.stringify(statuses));
    assert.ok(
      statuses.every((s) => [200, 401, 409].includes(s)),
      JSON.stringify(statuses),
    );
    const alive = statuses[0] === 200 ? admin.token : other.token;
    const admins = await request(api.base, 'GET', '/api/users?roles_like=admin&active=true', {
      token: alive,
    });
    assert.equal(admins.body.length, 1);
    // put things back for the tests after this one
    if (statuses[1] === 200) {
      const back = await other.call('PATCH', `/api/users/${admin.user.id}`, { active: true });
      assert.equal(back.status, 200);
      const relog = await login('admin@c1.example', PASSWORD);
      admin.token = relog.body.token;
      Object.assign(admin, await rebind(relog.body.token));
    }
  });

  it('the last hr user cannot be deactivated while approval tasks are open (409 LAST_APPROVER)', async () => {
    const product = api.products.find(
      (p: Product) => p.channels.includes('procurement') && p.priceTiers[0].unitPriceFen > 10_000,
    )!;
    const cc = api.db['departments'].find((d) => d['id'] === c1Dept)!['costCenterId'];
    const order = await buyer.post(
      '/api/orders',
      {
        costCenterId: cc,
        lines: [{ productId: product.id, qty: qtyFor(product, 600_000) }],
        deliveryAddress: ADDRESS,
      },
      idemKey(),
    );
    assert.equal(order.status, 201, JSON.stringify(order.body));
    assert.equal(order.body.status, 'pending_approval');
    const hrs = (await admin.get('/api/users?roles_like=hr&active=true')).body as {
      id: string;
      roles: string[];
    }[];
    assert.ok(hrs.length >= 2);
    for (const u of hrs.slice(1)) {
      const r = await admin.patch(`/api/users/${u.id}`, { active: false });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const last = hrs[0];
    const refused = await admin.patch(`/api/users/${last.id}`, { active: false });
    assert.ok(isProblem(refused, 409, 'LAST_APPROVER'), JSON.stringify(refused.body));
    const dropRole = await admin.patch(`/api/users/${last.id}`, { roles: ['employee'] });
    assert.ok(isProblem(dropRole, 409, 'LAST_APPROVER'));
    for (const u of hrs.slice(1))
      assert.equal((await admin.patch(`/api/users/${u.id}`, { active: true })).status, 200);

    // with approvers per level, the last of a level's pool is kept though other hr users remain
    const rules = (await admin.get('/api/companies/current/approval-rules')).body;
    const onlyLast = await admin.put('/api/companies/current/approval-rules', {
      categories: rules.categories,
      pools: { level1: [last.id], level2: [] },
      version: rules.version,
    });
    assert.equal(onlyLast.status, 200, JSON.stringify(onlyLast.body));
    const refusedInPool = await admin.patch(`/api/users/${last.id}`, { active: false });
    assert.ok(isProblem(refusedInPool, 409, 'LAST_APPROVER'), JSON.stringify(refusedInPool.body));
    assert.match(refusedInPool.body.detail, /level 1/);
    // another hr user (not in the pool) may go: they decide nothing that is open
    const other = hrs[1];
    assert.equal((await admin.patch(`/api/users/${other.id}`, { active: false })).status, 200);
    assert.equal((await admin.patch(`/api/users/${other.id}`, { active: true })).status, 200);
    const reset = await admin.put('/api/companies/current/approval-rules', {
      categories: rules.categories,
      pools: rules.pools,
      version: onlyLast.body.version,
    });
    assert.equal(reset.status, 200, JSON.stringify(reset.body));
  });
});

/** A client over another token of the same account (after a re-login). */
async function rebind(token: string): Promise<Partial<Client>> {
  const call = (method: string, path: string, body?: unknown) =>
    request(api.base, method, path, { token, body });
  return {
    token,
    get: (p) => call('GET', p) as never,
    post: (p, b) => call('POST', p, b) as never,
    patch: (p, b) => call('PATCH', p, b) as never,
    put: (p, b) => call('PUT', p, b) as never,
  };
}

describe('departments and cost centers', () => {
  it('creates a cost center with empty budgets and a department on it; names are unique', async () => {
    const cc = await admin.post('/api/cost-centers', {
      code: 'c1-qa1',
      name: '质量成本中心',
      nameEn: 'Quality cost center',
    });
    assert.equal(cc.status, 201, JSON.stringify(cc.body));
    assert.equal(cc.body.code, 'C1-QA1');
    const budgets = await hr.get(`/api/budgets?costCenterId=${cc.body.id}`);
    assert.equal(budgets.body.length, 3);
    assert.ok(budgets.body.every((b: { amountFen: number }) => b.amountFen === 0));
    const dupCode = await admin.post('/api/cost-centers', {
      code: 'C1-QA1',
      name: '另一个',
      nameEn: 'Another',
    });
    assert.ok(isProblem(dupCode, 409, 'NAME_TAKEN'));
    const d = await admin.post('/api/departments', {
      name: '质量部',
      nameEn: 'Quality',
      costCenterId: cc.body.id,
    });
    assert.equal(d.status, 201, JSON.stringify(d.body));
    const dup = await admin.post('/api/departments', {
      name: '质量二部',
      nameEn: 'QUALITY',
      costCenterId: cc.body.id,
    });
    assert.ok(isProblem(dup, 409, 'NAME_TAKEN'));
    assert.equal(dup.body.errors[0].path, 'nameEn');
    // the same name in another company is fine
    const c2cc = api.db['costCenters'].find((c) => c['companyId'] === 'c2')!['id'];
    const c2 = await adminC2.post('/api/departments', {
      name: '质量部',
      nameEn: 'Quality',
      costCenterId: c2cc,
    });
    assert.equal(c2.status, 201);
    // but not a department on another company's cost center
    const cross = await admin.post('/api/departments', {
      name: '跨公司',
      nameEn: 'Cross',
      costCenterId: c2cc,
    });
    assert.ok(isProblem(cross, 400, 'VALIDATION_FAILED'));
    const a = await lastAudit('department.create');
    assert.equal(a.entityId, d.body.id);
  });

  it('renames, and deactivates a department only without active users', async () => {
    const cc = api.db['costCenters'].find((c) => c['companyId'] === 'c1')!['id'];
    const d = await admin.post('/api/departments', {
      name: '临时部',
      nameEn: 'Temporary',
      costCenterId: cc,
    });
    const u = await invite(['employee'], d.body.id);
    const renamed = await admin.patch(`/api/departments/${d.body.id}`, { nameEn: 'Interim' });
    assert.equal(renamed.body.nameEn, 'Interim');
    const a = await lastAudit('department.update');
    assert.deepEqual(a.changes, [{ field: 'nameEn', before: 'Temporary', after: 'Interim' }]);
    const refused = await admin.patch(`/api/departments/${d.body.id}`, { active: false });
    assert.ok(isProblem(refused, 409, 'DEPARTMENT_IN_USE'), JSON.stringify(refused.body));
    assert.match(refused.body.detail, /1 active user/);
    await admin.patch(`/api/users/${u.user.id}`, { active: false });
    const ok = await admin.patch(`/api/departments/${d.body.id}`, { active: false });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.active, false);
    // nobody can be invited into or moved to a deactivated department
    const moved = await admin.patch(`/api/users/${buyer.user.id}`, { departmentId: d.body.id });
    assert.ok(isProblem(moved, 400, 'VALIDATION_FAILED'));
    // another company's department: 404; another role: 403
    assert.ok(
      isProblem(
        await adminC2.patch(`/api/departments/${d.body.id}`, { name: 'x' }),
        404,
        'NOT_FOUND',
      ),
    );
    assert.ok(
      isProblem(await hr.patch(`/api/departments/${d.body.id}`, { name: 'x' }), 403, 'FORBIDDEN'),
    );
  });

  it('a cost center with open commitments cannot be deactivated (409 COST_CENTER_IN_USE)', async () => {
    // the buyer's department cost center: charged by an active department and by the order above
    const cc = api.db['departments'].find((d) => d['id'] === c1Dept)!['costCenterId'];
    const r = await admin.patch(`/api/cost-centers/${cc}`, { active: false });
    assert.ok(isProblem(r, 409, 'COST_CENTER_IN_USE'), JSON.stringify(r.body));
    assert.match(r.body.detail, /committed/);
    assert.match(r.body.detail, /order/);
    assert.match(r.body.detail, /active department/);
    // a fresh one with no commitments can; it can then be neither charged nor granted
    const fresh = await admin.post('/api/cost-centers', {
      code: 'C1-TMP9',
      name: '临时成本中心',
      nameEn: 'Temporary cost center',
    });
    const dept = await admin.post('/api/departments', {
      name: '临时二部',
      nameEn: 'Temporary II',
      costCenterId: fresh.body.id,
    });
    assert.equal(dept.status, 201);
    assert.ok(
      isProblem(
        await admin.patch(`/api/cost-centers/${fresh.body.id}`, { active: false }),
        409,
        'COST_CENTER_IN_USE',
      ),
    );
    await admin.patch(`/api/departments/${dept.body.id}`, { active: false });
    const off = await admin.patch(`/api/cost-centers/${fresh.body.id}`, { active: false });
    assert.equal(off.status, 200, JSON.stringify(off.body));
    // the department cannot come back on its deactivated cost center
    const back = await admin.patch(`/api/departments/${dept.body.id}`, { active: true });
    assert.ok(isProblem(back, 400, 'VALIDATION_FAILED'), JSON.stringify(back.body));
    const grant = await admin.put(`/api/users/${buyer.user.id}/cost-centers`, {
      grantedCostCenterIds: [fresh.body.id],
    });
    assert.ok(isProblem(grant, 400, 'VALIDATION_FAILED'));
    const welfareGrant = await hr.post(
      '/api/welfare/grants',
      {
        occasion: '测试',
        points: 1,
        employeeIds: [buyer.user.id],
        expiresAt: '2099-01-01T00:00:00.000Z',
        costCenterId: fresh.body.id,
      },
      idemKey(),
    );
    assert.ok(isProblem(welfareGrant, 400, 'VALIDATION_FAILED'), JSON.stringify(welfareGrant.body));
    assert.equal(welfareGrant.body.errors[0].path, 'costCenterId');
    assert.match(welfareGrant.body.errors[0].message, /deactivated/);
    const a = await lastAudit('costCenter.update');
    assert.deepEqual(a.changes, [{ field: 'active', before: true, after: false }]);
    assert.ok(
      isProblem(await adminC2.patch(`/api/cost-centers/${cc}`, { name: 'x' }), 404, 'NOT_FOUND'),
    );
    assert.ok(
      isProblem(
        await buyer.post('/api/cost-centers', { code: 'X1', name: 'x', nameEn: 'x' }),
        403,
        'FORBIDDEN',
      ),
    );
  });
});
