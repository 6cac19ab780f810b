// The address book (mock-api/openapi.yaml, tag addresses): each user's own addresses and the company's,
// one default in each, a mainland mobile number, the company's kept by an admin and audited, and what an
// attacker tries — another user's or company's address, a non-admin writing the company's, hostile and
// huge bodies, more than the limit, two "set default" at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, type Api, type Json, type Kit } from '../test/kit.ts';

let kit: Kit;
let api: Api;
let emp: string;
let buyer: string;
let admin: string;
let hr: string;
let c2: string;
before(async () => {
  kit = createKit();
  api = await kit.start();
  [emp, buyer, admin, hr, c2] = await Promise.all(
    [
      'employee@c1.example',
      'buyer@c1.example',
      'admin@c1.example',
      'hr@c1.example',
      'employee@c2.example',
    ].map((e) => api.token(e)),
  );
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const call = (token: string, method: string, path: string, body?: unknown) =>
  api.call(method, path, { token, body });
const A = { recipient: '陈佳琪', phone: '13800002222', address: '上海市闵行区七莘路1号' };
const own = (list: Json[]) => list.filter((x) => x.scope === 'personal');
const ofCompany = (list: Json[]) => list.filter((x) => x.scope === 'company');

describe('my addresses', () => {
  it('the first is the default, a new default replaces it, deleting the default promotes the newest', async () => {
    const a = (await call(emp, 'POST', '/api/addresses', { ...A, label: '家' })).body;
    assert.equal(a.isDefault, true);
    assert.equal(a.scope, 'personal');
    const b = (await call(emp, 'POST', '/api/addresses', { ...A, address: '公司' })).body;
    assert.equal(b.isDefault, false);
    const c = await call(emp, 'POST', '/api/addresses', {
      ...A,
      address: '父母家',
      isDefault: true,
    });
    assert.equal(c.status, 201);
    let list = (await call(emp, 'GET', '/api/addresses')).body;
    assert.deepEqual(
      own(list).map((x: Json) => [x.id, x.isDefault]),
      [
        [c.body.id, true],
        [b.id, false],
        [a.id, false],
      ],
    );
    // The company's addresses follow the caller's own, with their own default.
    assert.ok(ofCompany(list).length >= 1);
    assert.equal(ofCompany(list).filter((x: Json) => x.isDefault).length, 1);
    assert.deepEqual(
      list.slice(0, 3).map((x: Json) => x.scope),
      ['personal', 'personal', 'personal'],
    );

    const put = await call(emp, 'PUT', `/api/addresses/${a.id}`, { ...A, label: '老家' });
    assert.equal(put.status, 200);
    assert.equal(put.body.label, '老家');
    assert.equal(put.body.isDefault, false, 'a replacement without isDefault keeps it as it was');
    const d = await call(emp, 'POST', `/api/addresses/${a.id}/default`);
    assert.equal(d.status, 200);
    assert.equal(d.body.isDefault, true);
    list = (await call(emp, 'GET', '/api/addresses')).body;
    assert.deepEqual(
      own(list)
        .filter((x: Json) => x.isDefault)
        .map((x: Json) => x.id),
      [a.id],
    );

    assert.equal((await call(emp, 'DELETE', `/api/addresses/${a.id}`)).status, 204);
    list = (await call(emp, 'GET', '/api/addresses')).body;
    assert.deepEqual(
      own(list).map((x: Json) => [x.id, x.isDefault]),
      [
        [c.body.id, true],
        [b.id, false],
      ],
    );
  });

  it('the phone is a mainland mobile number, stored as digits; a bad field is 400 with its path', async () => {
    const spaced = await call(emp, 'POST', '/api/addresses', { ...A, phone: ' 139-1234 5678 ' });
    assert.equal(spaced.status, 201, spaced.text);
    assert.equal(spaced.body.phone, '13912345678');
    for (const [bad, path] of [
      [{ ...A, phone: '12345678901' }, 'phone'], // 12… is no mobile prefix
      [{ ...A, phone: '1381234567' }, 'phone'], // 10 digits
      [{ ...A, phone: '021-12345678' }, 'phone'],
      [{ ...A, recipient: '  ' }, 'recipient'],
      [{ ...A, address: '' }, 'address'],
      [{ ...A, label: 'x'.repeat(31) }, 'label'],
      [{ ...A, isDefault: 'yes' }, 'isDefault'],
      [{ ...A, userId: 'u-c1-buyer' }, ''], // no field of the server's own
      [{ ...A, scope: 'company' }, ''],
    ] as const) {
      const r = await call(emp, 'POST', '/api/addresses', bad);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(bad));
      if (path)
        assert.ok(
          r.body.errors.some((e: Json) => e.path === path),
          r.text,
        );
    }
    const proto = await api.call('POST', '/api/addresses', {
      token: emp,
      raw: `{"__proto__":{"isAdmin":true},"recipient":"x","phone":"13800002222","address":"y"}`,
    });
    assert.ok(isProblem(proto, 400, 'VALIDATION_FAILED'), proto.text);
  });

  it("another user's or company's address is 404 like a missing one; the company's cannot be changed here", async () => {
    const mine = own((await call(emp, 'GET', '/api/addresses')).body);
    const id = mine[0].id;
    for (const t of [buyer, c2]) {
      assert.ok(isProblem(await call(t, 'PUT', `/api/addresses/${id}`, A), 404, 'NOT_FOUND'));
      assert.ok(isProblem(await call(t, 'DELETE', `/api/addresses/${id}`), 404, 'NOT_FOUND'));
      assert.ok(isProblem(await call(t, 'POST', `/api/addresses/${id}/default`), 404, 'NOT_FOUND'));
      assert.ok((await call(t, 'GET', '/api/addresses')).body.every((x: Json) => x.id !== id));
    }
    const theirs = ofCompany((await call(emp, 'GET', '/api/addresses')).body)[0].id;
    assert.ok(isProblem(await call(emp, 'PUT', `/api/addresses/${theirs}`, A), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await call(emp, 'DELETE', `/api/addresses/${theirs}`), 404, 'NOT_FOUND'));
    // Nothing changed.
    assert.deepEqual(own((await call(emp, 'GET', '/api/addresses')).body), mine);
  });

  it("a hostile query string is refused or changes nothing: no other user's or company's book", async () => {
    const mine = (await call(emp, 'GET', '/api/addresses')).body;
    for (const q of ['?userId=u-c1-buyer', '?companyId=c2', '?scope=company&userId=x'])
      assert.deepEqual((await call(emp, 'GET', `/api/addresses${q}`)).body, mine, q);
    for (const q of ['?_delay=5000', '?companyId[$ne]=c1', '?_expand=user'])
      assert.ok(
        isProblem(await call(emp, 'GET', `/api/addresses${q}`), 400, 'VALIDATION_FAILED'),
        q,
      );
    const theirs = (await call(c2, 'GET', '/api/companies/current/addresses?companyId=c1')).body;
    assert.ok(theirs.every((a: Json) => a.companyId === 'c2'));
  });

  it('a huge body is 413 and changes nothing', async () => {
    const before = (await call(emp, 'GET', '/api/addresses')).body;
    const r = await api.call('POST', '/api/addresses', {
      token: emp,
      raw: JSON.stringify({ ...A, address: 'x'.repeat(2_000_000) }),
    });
    assert.ok(isProblem(r, 413, 'PAYLOAD_TOO_LARGE'), r.text.slice(0, 200));
    const long = await call(emp, 'POST', '/api/addresses', { ...A, address: '地'.repeat(501) });
    assert.ok(isProblem(long, 400, 'VALIDATION_FAILED'));
    assert.deepEqual((await call(emp, 'GET', '/api/addresses')).body, before);
  });

  it('at most 10, even 12 at once; two "set default" at once leave exactly one default', async () => {
    const mine = own((await call(emp, 'GET', '/api/addresses')).body);
    const rs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(emp, 'POST', '/api/addresses', { ...A, address: `地址 ${i}`, isDefault: true }),
      ),
    );
    assert.equal(rs.filter((r) => r.status === 201).length, 10 - mine.length);
    const refused = rs.filter((r) => r.status !== 201);
    assert.ok(refused.every((r) => isProblem(r, 400, 'VALIDATION_FAILED')));
    let list = own((await call(emp, 'GET', '/api/addresses')).body);
    assert.equal(list.length, 10);
    assert.equal(list.filter((x: Json) => x.isDefault).length, 1);

    const [x, y] = [list[3].id, list[7].id];
    const both = await Promise.all([
      call(emp, 'POST', `/api/addresses/${x}/default`),
      call(emp, 'POST', `/api/addresses/${y}/default`),
    ]);
    assert.deepEqual(
      both.map((r) => r.status),
      [200, 200],
    );
    list = own((await call(emp, 'GET', '/api/addresses')).body);
    const defaults = list.filter((a: Json) => a.isDefault).map((a: Json) => a.id);
    assert.equal(defaults.length, 1);
    assert.ok([x, y].includes(defaults[0]));
  });
});

describe('company addresses', () => {
  const path = '/api/companies/current/addresses';
  const W = {
    label: '浦东仓库',
    recipient: '赵仓管',
    phone: '13700001234',
    address: '上海市浦东新区',
  };

  it('every role reads them; only an admin writes them (403 for others, nothing written)', async () => {
    const list = (await call(buyer, 'GET', path)).body;
    assert.ok(list.length >= 2);
    assert.ok(list.every((a: Json) => a.scope === 'company' && a.companyId === 'c1'));
    assert.equal(list.filter((a: Json) => a.isDefault).length, 1);
    assert.deepEqual((await call(emp, 'GET', path)).body, list);
    assert.ok((await call(c2, 'GET', path)).body.every((a: Json) => a.companyId === 'c2'));
    const id = list[0].id;
    for (const t of [buyer, hr, emp]) {
      assert.ok(isProblem(await call(t, 'POST', path, W), 403, 'FORBIDDEN'));
      assert.ok(isProblem(await call(t, 'PUT', `${path}/${id}`, W), 403, 'FORBIDDEN'));
      assert.ok(isProblem(await call(t, 'POST', `${path}/${id}/default`), 403, 'FORBIDDEN'));
      assert.ok(isProblem(await call(t, 'DELETE', `${path}/${id}`), 403, 'FORBIDDEN'));
    }
    assert.deepEqual((await call(buyer, 'GET', path)).body, list);
  });

  it("another company's address is 404 to an admin", async () => {
    const theirs = (await call(c2, 'GET', path)).body[0].id;
    assert.ok(isProblem(await call(admin, 'PUT', `${path}/${theirs}`, W), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await call(admin, 'POST', `${path}/${theirs}/default`), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await call(admin, 'DELETE', `${path}/${theirs}`), 404, 'NOT_FOUND'));
    // A personal address is not the company's, even the admin's own.
    const mine = (await call(admin, 'POST', '/api/addresses', A)).body;
    assert.ok(isProblem(await call(admin, 'PUT', `${path}/${mine.id}`, W), 404, 'NOT_FOUND'));
  });

  it("an admin's changes are in the audit log: added, changed, made default, deleted", async () => {
    const added = await call(admin, 'POST', path, W);
    assert.equal(added.status, 201, added.text);
    assert.equal(added.body.isDefault, false);
    const id = added.body.id;
    // a second between the changes, so the log's newest-first order is theirs
    const tick = () => (api.clock.now += 1000);
    tick();
    assert.equal(
      (await call(admin, 'PUT', `${path}/${id}`, { ...W, recipient: '钱仓管' })).status,
      200,
    );
    const old = (await call(admin, 'GET', path)).body.find((a: Json) => a.isDefault).id;
    tick();
    assert.equal((await call(admin, 'POST', `${path}/${id}/default`)).body.isDefault, true);
    const list = (await call(buyer, 'GET', path)).body;
    assert.deepEqual(
      list.filter((a: Json) => a.isDefault).map((a: Json) => a.id),
      [id],
    );
    // Every user without a default of their own now starts from it.
    const book = (await call(hr, 'GET', '/api/addresses')).body;
    assert.equal(book.find((a: Json) => a.isDefault && a.scope === 'company').id, id);

    tick();
    assert.equal((await call(admin, 'DELETE', `${path}/${id}`)).status, 204);
    const log = (await call(admin, 'GET', '/api/audit-log?action=company.address')).body as Json[];
    const of = (entity: string) => log.filter((e) => e.entityId === entity).reverse();
    const mineLog = of(id);
    assert.deepEqual(
      mineLog.map((e) => e.changes.map((c: Json) => `${c.field}:${c.before}→${c.after}`).sort()),
      [
        [
          'address:null→上海市浦东新区',
          'isDefault:null→false',
          'label:null→浦东仓库',
          'phone:null→13700001234',
          'recipient:null→赵仓管',
        ],
        ['recipient:赵仓管→钱仓管'],
        ['isDefault:false→true'],
        [
          'address:上海市浦东新区→null',
          'isDefault:true→null',
          'label:浦东仓库→null',
          'phone:13700001234→null',
          'recipient:钱仓管→null',
        ],
      ],
    );
    assert.ok(mineLog.every((e) => e.actorId.startsWith('u-c1') && e.entityName === '浦东仓库'));
    // The old default lost it, and the newest remaining one became the default after the deletion.
    assert.deepEqual(
      of(old).map((e) => e.changes.map((c: Json) => `${c.field}:${c.before}→${c.after}`)),
      [['isDefault:true→false']],
    );
    const promoted = (await call(admin, 'GET', path)).body[0];
    assert.equal(promoted.isDefault, true);
    assert.deepEqual(
      of(promoted.id).map((e) => e.changes.map((c: Json) => `${c.field}:${c.before}→${c.after}`)),
      [['isDefault:false→true']],
    );
    // Personal addresses are nobody's set-up: not audited.
    assert.ok(log.every((e) => !e.entityId.startsWith('AD')));
  });

  it('at most 30 per company', async () => {
    const n = (await call(admin, 'GET', path)).body.length;
    const rs = await Promise.all(
      Array.from({ length: 32 - n }, (_, i) =>
        call(admin, 'POST', path, { ...W, label: `库 ${i}` }),
      ),
    );
    assert.equal(rs.filter((r) => r.status === 201).length, 30 - n);
    assert.ok(
      rs.filter((r) => r.status !== 201).every((r) => isProblem(r, 400, 'VALIDATION_FAILED')),
    );
    assert.equal((await call(admin, 'GET', path)).body.length, 30);
  });
});
