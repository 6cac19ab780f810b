// API tests of the audit log (mock-api/openapi.yaml, /api/audit-log): every admin change of the company's
// set-up leaves one entry with who, when and each field before → after; only admins read it, and only
// their own company's; CSV for the auditors, safe to open in a spreadsheet.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditEntry } from '../../src/domain/index.ts';
import { isProblem } from '../test/kit.ts';
import { startApi, type Client, type TestApi } from './business.test-util.ts';

let api: TestApi;
let admin: Client;
let adminC2: Client;
let hr: Client;
let buyer: Client;

before(async () => {
  // An admin of the second company, to see that the log stays within each company.
  api = await startApi({
    prepare: (db) => {
      const admin = db['users'].find((u) => u['email'] === 'admin@c1.example')!;
      const dept = db['departments'].find((d) => d['companyId'] === 'c2')!;
      db['users'].push({
        ...admin,
        id: 'u-c2-admin',
        companyId: 'c2',
        departmentId: dept['id'],
        email: 'admin@c2.example',
        employeeNo: 'C2ADMIN',
      });
    },
  });
  [admin, adminC2, hr, buyer] = await Promise.all(
    ['admin@c1.example', 'admin@c2.example', 'hr@c1.example', 'buyer@c1.example'].map((e) =>
      api.as(e),
    ),
  );
});

after(() => api?.stop());

const log = async (c: Client, query = '') =>
  (await c.get<AuditEntry[]>(`/api/audit-log${query}`)).body;

describe('audit log', () => {
  it('a settings change is one entry: who, when, each field before → after; no change, no entry', async () => {
    const before = (await admin.get('/api/companies/current')).body.settings;
    const n = (await log(admin)).length;
    const r = await admin.patch('/api/companies/current/settings', {
      approvalThresholdFen: before.approvalThresholdFen + 100,
      pointValueFen: before.pointValueFen,
    });
    assert.equal(r.status, 200);
    const [latest, ...rest] = await log(admin);
    assert.equal(rest.length, n);
    assert.equal(latest.action, 'company.settings');
    assert.equal(latest.actorId, admin.user.id);
    assert.equal(latest.actorName, admin.user.name);
    assert.deepEqual(latest.changes, [
      {
        field: 'approvalThresholdFen',
        before: before.approvalThresholdFen,
        after: before.approvalThresholdFen + 100,
      },
    ]);
    // The same values again change nothing, and log nothing.
    await admin.patch('/api/companies/current/settings', {
      approvalThresholdFen: before.approvalThresholdFen + 100,
    });
    assert.equal((await log(admin)).length, n + 1);
  });

  it('travel policies by nested field, and a user’s cost centers as a list', async () => {
    const policy = (await admin.get('/api/travel-policies/tp-c1-standard')).body;
    const put = await admin.put(`/api/travel/policies/${policy.id}`, {
      name: policy.name,
      nameEn: policy.nameEn,
      appliesToRoles: policy.appliesToRoles,
      flightCabin: policy.flightCabin,
      maxFarePercent: policy.maxFarePercent,
      lowestLogicalFare: policy.lowestLogicalFare,
      trainSeat: policy.trainSeat,
      hotelCapFenByTier: { ...policy.hotelCapFenByTier, '1': policy.hotelCapFenByTier['1'] + 5000 },
      advanceBookingDays: policy.advanceBookingDays,
      version: policy.version,
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const [p] = await log(admin, '?action=travel.policy');
    assert.equal(p.entityName, policy.name);
    assert.deepEqual(p.changes, [
      {
        field: 'hotelCapFenByTier.1',
        before: policy.hotelCapFenByTier['1'],
        after: policy.hotelCapFenByTier['1'] + 5000,
      },
    ]);

    const ccs = api.db['costCenters'].filter((c) => c['companyId'] === 'c1').map((c) => c['id']);
    const grant = await admin.put(`/api/users/${buyer.user.id}/cost-centers`, {
      grantedCostCenterIds: ccs.slice(-2),
    });
    assert.equal(grant.status, 200, JSON.stringify(grant.body));
    const [g] = await log(admin, '?action=user.costCenters');
    assert.equal(g.entityId, buyer.user.id);
    assert.deepEqual(g.changes, [
      { field: 'grantedCostCenterIds', before: '', after: ccs.slice(-2).join(', ') },
    ]);
  });

  it('invoice details too, without their version', async () => {
    const company = (await admin.get('/api/companies/current')).body;
    const put = await admin.put('/api/companies/current/invoice', {
      title: '华东精工制造有限公司',
      taxNumber: '91350100M000100Y43',
      version: company.invoice.version,
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const [e] = await log(admin, '?action=company.invoice');
    assert.ok(e.changes.some((c) => c.field === 'taxNumber' && c.after === '91350100M000100Y43'));
    assert.ok(e.changes.every((c) => c.field !== 'version'));
  });

  it('admins only, their own company only; filters checked; paged', async () => {
    assert.ok(isProblem(await hr.get('/api/audit-log'), 403, 'FORBIDDEN'));
    assert.ok(isProblem(await buyer.get('/api/audit-log/csv'), 403, 'FORBIDDEN'));
    assert.equal((await log(adminC2)).length, 0);
    // The second company's change is theirs alone.
    await adminC2.patch('/api/companies/current/settings', { pointValueFen: 2 });
    const c2 = await log(adminC2);
    assert.deepEqual(
      c2.map((e) => [e.companyId, e.action]),
      [['c2', 'company.settings']],
    );
    assert.ok((await log(admin, '?_limit=100')).every((e) => e.companyId === 'c1'));
    for (const q of ['?action=drop', '?from=yesterday', '?to=2026-13', '?actorId=x', '?_embed=x'])
      assert.ok(isProblem(await admin.get(`/api/audit-log${q}`), 400, 'VALIDATION_FAILED'), q);
    const page = await admin.get('/api/audit-log?_page=1&_limit=1');
    assert.equal(page.body.length, 1);
    assert.ok(Number(page.headers.get('x-total-count')) >= 3);
    assert.equal((await log(admin, '?from=2099-01-01')).length, 0);
  });

  it('CSV: one row per changed field, Chinese readable, no formula injection', async () => {
    const r = await admin.get('/api/audit-log/csv');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(r.headers.get('content-disposition') ?? '', /audit-log\.csv/);
    const text = r.text;
    // (fetch drops the byte-order mark when it decodes the text)
    assert.ok(text.startsWith('时间 At,'), text.slice(0, 20));
    const rows = text.trim().split('\r\n');
    const fields = (await log(admin, '?_limit=100')).reduce((n, e) => n + e.changes.length, 0);
    assert.equal(rows.length, 1 + fields);
    // A policy renamed to a formula is written as text.
    const policy = (await admin.get('/api/travel-policies/tp-c1-senior')).body;
    const { id: _id, companyId: _c, updatedAt: _u, ...fieldsOf } = policy;
    await admin.put(`/api/travel/policies/${policy.id}`, { ...fieldsOf, name: '=HYPERLINK("x")' });
    const csv = (await admin.get('/api/audit-log/csv?action=travel.policy')).text;
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), csv);
  });
});
