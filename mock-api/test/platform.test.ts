// Platform rules (mock-api/openapi.yaml): tenancy, role guard, problem+json for every error (json-server's
// own 404 included), read-only generic collections, paging cap, secrets never served, strict validation,
// the Idempotency-Key mechanism and serialized writes — the last two through a test-only command route.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { requireRole } from '../lib/auth.ts';
import type { RouteModule } from '../lib/context.ts';
import { command } from '../lib/http.ts';
import { fail } from '../lib/problem.ts';
import { createKit, isProblem, type Api, type Kit } from './kit.ts';

// A test-only resource built with the platform's helpers, the way real command routes are.
const noteSchema = z.strictObject({
  text: z.string().min(1).max(50),
  tags: z.array(z.string()).max(3).optional(),
});
const testRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/test-notes',
    ctx.auth.authenticate,
    requireRole('buyer', 'hr'),
    command(ctx, {
      schema: noteSchema,
      idempotent: true,
      status: 201,
      run: ({ tx, caller, body, now }) => {
        if (body.text === 'boom') {
          tx.insert('testNotes', { id: 'half-written', companyId: caller.companyId });
          fail('NOT_ALLOWED_IN_STATE', 'boom aborts after a write');
        }
        const n = tx.all('testNotes').length + 1;
        const note = {
          id: `n${n}`,
          companyId: caller.companyId,
          by: caller.id,
          text: body.text,
          createdAt: now,
        };
        tx.insert('testNotes', note);
        return note;
      },
    }),
  );
  app.post(
    '/api/test-counter',
    ctx.auth.authenticate,
    command(ctx, {
      run: ({ tx }) => {
        const c = tx.get<{ id: string; value: number }>('testCounters', 'c') ?? {
          id: 'c',
          value: 0,
        };
        const next = { id: 'c', value: c.value + 1 };
        if (c.value === 0 && !tx.get('testCounters', 'c')) tx.insert('testCounters', next);
        else tx.update('testCounters', next);
        return next;
      },
    }),
  );
};

let kit: Kit;
let api: Api;
let c1Buyer: string;
let c1Hr: string;
let c1Employee: string;
let c2Buyer: string;
let c2Hr: string;

before(async () => {
  kit = createKit();
  api = await kit.start({ routes: [testRoutes] });
  [c1Buyer, c1Hr, c1Employee, c2Buyer, c2Hr] = await Promise.all(
    [
      'buyer@c1.example',
      'hr@c1.example',
      'employee@c1.example',
      'buyer@c2.example',
      'hr@c2.example',
    ].map((e) => api.token(e)),
  );
});
after(async () => {
  await api.close();
  kit.cleanup();
});

describe('health', () => {
  it('answers 200 without a token', async () => {
    const r = await api.call('GET', '/api/health');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ok');
  });
});

describe('authentication on every route', () => {
  for (const path of [
    '/api/me',
    '/api/products',
    '/api/products/p000001',
    '/api/products/facets',
    '/api/categories',
    '/api/suppliers',
    '/api/departments',
    '/api/cost-centers',
    '/api/companies',
    '/api/companies/current',
    '/api/budgets',
    '/api/points/account',
    '/api/points/ledger',
    '/api/approvals',
    '/api/users',
  ]) {
    it(`GET ${path} needs a token`, async () => {
      assert.ok(isProblem(await api.call('GET', path), 401, 'UNAUTHENTICATED'));
    });
  }
});

describe('tenancy', () => {
  it('a c2 user gets 404 for a c1 record, exactly like a missing one', async () => {
    for (const [path, missing] of [
      ['/api/departments/d-c1-01', '/api/departments/d-zz-99'],
      ['/api/cost-centers/cc-c1-01', '/api/cost-centers/cc-zz-99'],
      ['/api/companies/c1', '/api/companies/zz'],
      ['/api/travel-policies/tp-c1-standard', '/api/travel-policies/tp-zz'],
      ['/api/budgets/b-cc-c1-01-procurement-2026', '/api/budgets/b-zz'],
      ['/api/users/u-c1-buyer', '/api/users/u-zz'],
    ]) {
      const other = await api.call('GET', path, { token: c2Hr });
      const none = await api.call('GET', missing, { token: c2Hr });
      assert.ok(isProblem(other, 404, 'NOT_FOUND'), `${path}: ${other.status} ${other.text}`);
      assert.ok(isProblem(none, 404, 'NOT_FOUND'), `${missing}: ${none.status}`);
      assert.deepEqual(Object.keys(other.body).sort(), Object.keys(none.body).sort());
      const own = await api.call('GET', path, { token: c1Hr });
      assert.equal(own.status, 200, `${path} for c1`);
    }
  });

  it('lists only the caller’s company', async () => {
    for (const path of [
      '/api/departments',
      '/api/cost-centers',
      '/api/companies',
      '/api/travel-policies',
      '/api/budgets',
      '/api/users',
    ]) {
      const r1 = await api.call('GET', path, { token: c1Hr });
      const r2 = await api.call('GET', path, { token: c2Hr });
      assert.equal(r1.status, 200, path);
      assert.ok(r1.body.length > 0 && r2.body.length > 0, path);
      for (const rec of r1.body) assert.equal(rec.companyId ?? rec.id, 'c1', `${path} for c1`);
      for (const rec of r2.body) assert.equal(rec.companyId ?? rec.id, 'c2', `${path} for c2`);
    }
  });

  it('json-server filters and embeds cannot reach another company', async () => {
    const byFilter = await api.call('GET', '/api/departments?companyId=c1', { token: c2Hr });
    assert.deepEqual(byFilter.body, []);
    const byQ = await api.call('GET', `/api/users?q=${encodeURIComponent('buyer@c1.example')}`, {
      token: c2Hr,
    });
    assert.deepEqual(byQ.body, []);
    const embed = await api.call('GET', '/api/departments?_embed=users', { token: c2Buyer });
    assert.ok(isProblem(embed, 403, 'FORBIDDEN'), 'a buyer cannot read users through _embed');
  });

  it('GET /api/companies/current answers the caller’s company with its settings', async () => {
    const r = await api.call('GET', '/api/companies/current', { token: c1Buyer });
    assert.equal(r.body.id, 'c1');
    assert.deepEqual(r.body.settings, {
      approvalThresholdFen: 500000,
      secondApprovalThresholdFen: 5000000,
      pointValueFen: 100,
    });
    assert.equal(
      (await api.call('GET', '/api/companies/current', { token: c2Buyer })).body.id,
      'c2',
    );
  });
});

describe('roles', () => {
  it('answers 403 FORBIDDEN for a role the route does not allow', async () => {
    assert.ok(
      isProblem(
        await api.call('GET', '/api/approvals?status=pending', { token: c1Buyer }),
        403,
        'FORBIDDEN',
      ),
    );
    assert.ok(
      isProblem(await api.call('GET', '/api/users', { token: c1Employee }), 403, 'FORBIDDEN'),
    );
    assert.ok(
      isProblem(
        await api.call('POST', '/api/test-notes', {
          token: c1Employee,
          body: { text: 'x' },
          headers: { 'idempotency-key': 'r1' },
        }),
        403,
        'FORBIDDEN',
      ),
    );
    const inbox = await api.call('GET', '/api/approvals?status=pending', { token: c1Hr });
    assert.equal(inbox.status, 200);
    assert.ok(Array.isArray(inbox.body));
    assert.equal(inbox.headers.get('x-total-count'), String(inbox.body.length));
  });
});

describe('problem+json errors', () => {
  it('malformed JSON → 400 VALIDATION_FAILED', async () => {
    const r = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      raw: '{"text": ',
      headers: { 'idempotency-key': 'm1' },
    });
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), r.text);
    const login = await api.call('POST', '/api/auth/login', { raw: '{oops' });
    assert.ok(isProblem(login, 400, 'VALIDATION_FAILED'));
  });

  it('unknown routes and methods → 404 NOT_FOUND', async () => {
    assert.ok(
      isProblem(await api.call('GET', '/api/nothing-here', { token: c1Buyer }), 404, 'NOT_FOUND'),
    );
    assert.ok(isProblem(await api.call('GET', '/nothing'), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await api.call('DELETE', '/api/me', { token: c1Buyer }), 404, 'NOT_FOUND'));
  });

  it('json-server’s own 404 is problem+json', async () => {
    const r = await api.call('GET', '/api/departments/nope', { token: c1Buyer });
    assert.ok(isProblem(r, 404, 'NOT_FOUND'), r.text);
    assert.ok(
      isProblem(
        await api.call('GET', '/api/categories/nope', { token: c1Buyer }),
        404,
        'NOT_FOUND',
      ),
    );
  });

  it('generic collections are read-only, and json-server’s /db is not exposed', async () => {
    for (const [method, path] of [
      ['PUT', '/api/departments/d-c1-01'],
      ['DELETE', '/api/departments/d-c1-01'],
      ['POST', '/api/categories'],
    ]) {
      const r = await api.call(method, path, { token: c1Hr, body: { name: 'hacked' } });
      assert.ok(isProblem(r, 404, 'NOT_FOUND'), `${method} ${path}: ${r.status}`);
    }
    // Departments are written only through the admin's commands (routes/organisation.ts).
    for (const [method, path] of [
      ['POST', '/api/departments'],
      ['PATCH', '/api/departments/d-c1-01'],
    ]) {
      const r = await api.call(method, path, { token: c1Hr, body: { name: 'hacked' } });
      assert.ok(isProblem(r, 403, 'FORBIDDEN'), `${method} ${path}: ${r.status}`);
    }
    assert.equal(
      (await api.call('GET', '/api/departments/d-c1-01', { token: c1Hr })).body.name,
      '总经理办公室',
    );
    assert.ok(isProblem(await api.call('GET', '/api/db', { token: c1Hr }), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await api.call('GET', '/db', { token: c1Hr }), 404, 'NOT_FOUND'));
  });

  it('wrong types, missing and unknown fields → one error per problem with dotted paths; nothing changes', async () => {
    const r = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { tags: ['a', 5], extra: true, more: 1 },
      headers: { 'idempotency-key': 'v1' },
    });
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), r.text);
    const byPath = Object.fromEntries(
      r.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    assert.deepEqual(Object.keys(byPath).sort(), ['extra', 'more', 'tags.1', 'text']);
    assert.equal(byPath['text'], 'Required');
    assert.equal(byPath['extra'], 'Unknown field');
  });
});

describe('paging', () => {
  it('caps _limit at 100 and answers X-Total-Count', async () => {
    const products = await api.call('GET', '/api/products?_limit=1000', { token: c1Buyer });
    assert.equal(products.body.length, 100);
    assert.equal(Number(products.headers.get('x-total-count')), 600);
    const users = await api.call('GET', '/api/users?_limit=1000', { token: c1Hr });
    assert.equal(users.body.length, 100);
    assert.equal(Number(users.headers.get('x-total-count')), 205);
    const unpaged = await api.call('GET', '/api/users', { token: c1Hr });
    assert.equal(unpaged.body.length, 100, 'no _limit still answers at most 100');
    const ranged = await api.call('GET', '/api/users?_start=0&_end=500', { token: c1Hr });
    assert.equal(ranged.body.length, 100);
    const page3 = await api.call('GET', '/api/users?_page=3&_limit=100', { token: c1Hr });
    assert.equal(page3.body.length, 5);
    const ledger = await api.call('GET', '/api/points/ledger?_limit=1000', { token: c1Buyer });
    assert.ok(ledger.body.length <= 100);
  });
});

describe('secrets', () => {
  it('no route serves password hashes, salts or stored token digests', async () => {
    const paths = [
      '/api/me',
      '/api/users',
      '/api/users/u-c1-hr',
      '/api/users?_embed=sessions',
      '/api/departments?_embed=users',
      '/api/companies?_embed=users',
      '/api/companies/c1?_embed=users',
      '/api/cost-centers',
      '/api/approvals',
      '/api/budgets',
      '/api/points/account',
      '/api/points/ledger',
      '/api/sessions',
      '/api/idempotencyKeys',
      '/api/idempotency-keys',
      '/api/db',
    ];
    for (const path of paths) {
      const r = await api.call('GET', path, { token: c1Hr });
      assert.ok(
        !/passwordHash|scrypt\$|"salt"|tokenHash/.test(r.text),
        `${path} leaks: ${r.text.slice(0, 200)}`,
      );
      for (const token of [c1Hr, c1Buyer])
        assert.ok(!r.text.includes(token), `${path} leaks a token`);
    }
    const login = await api.login('admin@c1.example');
    assert.ok(!/passwordHash|scrypt\$/.test(login.text));
  });
});

describe('idempotency', () => {
  it('requires an Idempotency-Key of 1–64 characters', async () => {
    const missing = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { text: 'a' },
    });
    assert.ok(isProblem(missing, 400, 'VALIDATION_FAILED'));
    assert.equal(missing.body.errors[0].path, 'headers.idempotency-key');
    assert.ok(
      isProblem(
        await api.call('POST', '/api/test-notes', {
          token: c1Buyer,
          body: { text: 'a' },
          headers: { 'idempotency-key': 'k'.repeat(65) },
        }),
        400,
        'VALIDATION_FAILED',
      ),
    );
    assert.equal(
      (
        await api.call('POST', '/api/test-notes', {
          token: c1Buyer,
          body: { text: 'a' },
          headers: { 'idempotency-key': 'k'.repeat(64) },
        })
      ).status,
      201,
    );
  });

  it('replays the first answer for the same key and body, creating nothing new', async () => {
    const headers = { 'idempotency-key': 'same-key-1' };
    const before = api.server.ctx.store.all('testNotes').length;
    const first = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { text: 'hello', tags: ['x'] },
      headers,
    });
    assert.equal(first.status, 201);
    // Same body with keys in another order is the same request.
    const again = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { tags: ['x'], text: 'hello' },
      headers,
    });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(api.server.ctx.store.all('testNotes').length, before + 1);
  });

  it('concurrent requests with one key create one record', async () => {
    const headers = { 'idempotency-key': 'burst-1' };
    const before = api.server.ctx.store.all('testNotes').length;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.call('POST', '/api/test-notes', { token: c1Buyer, body: { text: 'burst' }, headers }),
      ),
    );
    assert.ok(answers.every((a) => a.status === 201));
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(api.server.ctx.store.all('testNotes').length, before + 1);
  });

  it('the same key with another body → 422 IDEMPOTENCY_MISMATCH', async () => {
    const headers = { 'idempotency-key': 'same-key-2' };
    assert.equal(
      (
        await api.call('POST', '/api/test-notes', {
          token: c1Buyer,
          body: { text: 'one' },
          headers,
        })
      ).status,
      201,
    );
    const r = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { text: 'two' },
      headers,
    });
    assert.ok(isProblem(r, 422, 'IDEMPOTENCY_MISMATCH'));
  });

  it('keys are scoped per user', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    const a = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { text: 'mine' },
      headers,
    });
    const b = await api.call('POST', '/api/test-notes', {
      token: c1Hr,
      body: { text: 'theirs' },
      headers,
    });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(a.body.id, b.body.id);
  });

  it('a failed command changes nothing and does not burn the key', async () => {
    const headers = { 'idempotency-key': 'fails-first' };
    const r = await api.call('POST', '/api/test-notes', {
      token: c1Buyer,
      body: { text: 'boom' },
      headers,
    });
    assert.ok(isProblem(r, 409, 'NOT_ALLOWED_IN_STATE'));
    assert.equal(api.server.ctx.store.get('testNotes', 'half-written'), undefined, 'rolled back');
    assert.equal(
      (
        await api.call('POST', '/api/test-notes', {
          token: c1Buyer,
          body: { text: 'fixed' },
          headers,
        })
      ).status,
      201,
    );
  });
});

describe('serialized writes', () => {
  it('50 concurrent read-modify-write commands lose no update', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api.call('POST', '/api/test-counter', { token: c2Buyer })),
    );
    assert.ok(answers.every((a) => a.status === 200));
    assert.deepEqual(
      answers.map((a) => a.body.value).sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });
});
