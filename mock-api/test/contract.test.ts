// The contract validator (contract.ts) that the test kit runs on every answer: it must catch what a
// drifting server or document looks like, name the operation and the field, and the document must be
// strict enough (closed objects) for it to catch an undocumented field at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteModule } from '../lib/context.ts';
import { contract, type Answer, type OpenApiNode } from './contract.ts';
import { startContractProxy } from './contract-proxy.ts';
import { createKit, PASSWORD, type Api, type Kit } from './kit.ts';

const json = (status: number, body: unknown, type = 'application/json'): Answer => ({
  status,
  contentType: `${type}; charset=utf-8`,
  text: JSON.stringify(body),
});
const problem = (status: number, code: string) =>
  json(
    status,
    {
      type: `https://portal.example/problems/${code.toLowerCase()}`,
      title: 'Title',
      status,
      detail: 'Detail.',
      code,
    },
    'application/problem+json',
  );
const ME = {
  id: 'u-c1-buyer',
  name: '王志强',
  nameEn: 'Wang Zhiqiang',
  email: 'buyer@c1.example',
  roles: ['buyer'],
  companyId: 'c1',
  departmentId: 'd-c1-02',
};

describe('contract validator', () => {
  const c = contract();

  it('accepts answers that follow openapi.yaml', () => {
    assert.deepEqual(c.checkAnswer('GET', '/api/me', json(200, ME)), []);
    assert.deepEqual(c.checkAnswer('GET', '/api/me', problem(401, 'UNAUTHENTICATED')), []);
    assert.deepEqual(
      c.checkAnswer('POST', '/api/auth/logout', { status: 204, contentType: null, text: '' }),
      [],
    );
  });

  it('names the operation and the field of an undocumented field', () => {
    const errors = c.checkAnswer('GET', '/api/me', json(200, { ...ME, passwordHash: 'scrypt$…' }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^getMe \(GET \/api\/me\) → 200: /);
    assert.match(errors[0], /body\.passwordHash: is not in the schema/);
  });

  it('names a missing required field and a field of the wrong type, also inside lists', () => {
    const { email: _email, ...noEmail } = ME;
    assert.match(
      c.checkAnswer('GET', '/api/me', json(200, noEmail)).join('\n'),
      /getMe .*body\.email: is required but missing/,
    );
    const errors = c.checkAnswer(
      'GET',
      '/api/users?_page=1',
      json(200, [{ ...ME, active: 'yes' }]),
    );
    assert.match(errors.join('\n'), /listUsers .*body\.0\.active: must be boolean/);
    assert.match(errors.join('\n'), /body\.0\.employeeNo: is required but missing/);
  });

  it('rejects a status the operation does not document', () => {
    assert.deepEqual(c.checkAnswer('GET', '/api/me', problem(500, 'INTERNAL_ERROR')), [
      'getMe (GET /api/me) → 500: status 500 is not documented for this operation',
    ]);
  });

  it('rejects a content type or a body the answer does not document', () => {
    assert.match(
      c.checkAnswer('GET', '/api/me', {
        ...problem(401, 'UNAUTHENTICATED'),
        contentType: 'application/json',
      })[0],
      /content type application\/json is not documented \(application\/problem\+json\)/,
    );
    assert.match(
      c.checkAnswer('POST', '/api/auth/logout', json(204, { ok: true }))[0],
      /logout .*a body \(application\/json\) is not documented/,
    );
  });

  it('requires the headers a response documents as required, with valid values', () => {
    const list = (total: string | null): Answer => ({
      ...json(200, []),
      headers: new Headers(total === null ? {} : { 'X-Total-Count': total }),
    });
    assert.deepEqual(c.checkAnswer('GET', '/api/orders', list('0')), []);
    assert.deepEqual(c.checkAnswer('GET', '/api/orders', list(null)), [
      'listOrders (GET /api/orders) → 200: header X-Total-Count: is required but missing',
    ]);
    assert.match(
      c.checkAnswer('GET', '/api/orders', list('many'))[0],
      /listOrders .*header X-Total-Count: "many" must be integer/,
    );
  });

  it('allows an unknown route only as 404 NOT_FOUND', () => {
    assert.deepEqual(c.checkAnswer('GET', '/api/nothing-here', problem(404, 'NOT_FOUND')), []);
    assert.deepEqual(c.checkAnswer('DELETE', '/api/me', json(200, ME)), [
      'DELETE /api/me → 200: there is no operation DELETE /api/me in openapi.yaml',
    ]);
  });

  it('prefers a literal path to a template', () => {
    assert.equal(c.operation('GET', '/api/products/facets?q=x')?.operationId, 'getProductFacets');
    assert.equal(c.operation('GET', '/api/products/p000001')?.operationId, 'getProduct');
    assert.equal(c.operation('GET', '/api/companies/current')?.operationId, 'getCurrentCompany');
  });
});

describe('openapi.yaml is strict enough to catch drift', () => {
  const doc = contract().doc;
  const resolve = (ref: string) =>
    ref
      .slice(2)
      .split('/')
      .reduce<OpenApiNode>((node, key) => node?.[key], doc);

  it('every object in an answer is closed (additionalProperties or unevaluatedProperties)', () => {
    const open = new Set<string>();
    const seen = new Set<string>();
    const walk = (schema: OpenApiNode, where: string, closedByParent: boolean): void => {
      if (!schema || typeof schema !== 'object') return;
      if (typeof schema.$ref === 'string') {
        const key = `${schema.$ref}:${closedByParent}`;
        if (seen.has(key)) return;
        seen.add(key);
        return walk(resolve(schema.$ref), schema.$ref, closedByParent);
      }
      const closes = 'additionalProperties' in schema || 'unevaluatedProperties' in schema;
      if (schema.properties && !closes && !closedByParent) open.add(where);
      for (const part of schema.allOf ?? []) walk(part, where, closes || closedByParent);
      for (const part of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
        walk(part, where, false);
      for (const [name, sub] of Object.entries(schema.properties ?? {}))
        walk(sub, `${where}.${name}`, false);
      walk(schema.items, `${where}[]`, false);
    };
    for (const [path, item] of Object.entries<OpenApiNode>(doc['paths']))
      for (const [method, op] of Object.entries<OpenApiNode>(item))
        for (const [status, response] of Object.entries<OpenApiNode>(op.responses ?? {})) {
          const r = response.$ref ? resolve(response.$ref) : response;
          for (const [type, media] of Object.entries<OpenApiNode>(r.content ?? {}))
            walk(media.schema, `${method.toUpperCase()} ${path} ${status} ${type}`, false);
        }
    assert.deepEqual([...open], [], 'open object schemas in answers');
  });

  // A route that answers GET /api/suppliers/{id} (getSupplier) with a record missing its fields.
  const broken: RouteModule = (app) =>
    app.get('/api/suppliers/broken', (_req, res) => {
      res.json({ id: 'broken', name: 'x', rating: 'five' });
    });
  const BROKEN = /getSupplier \(GET \/api\/suppliers\/\{id\}\) → 200: body\.rating: must be number/;

  it('the test kit fails a test whose answer breaks the contract', async () => {
    const kit = createKit();
    const api = await kit.start({ routes: [broken] });
    try {
      const token = await api.token('buyer@c1.example');
      await assert.rejects(api.call('GET', '/api/suppliers/broken', { token }), BROKEN);
      const ok = await api.call('GET', '/api/suppliers?_limit=1', { token });
      assert.equal(ok.status, 200);
    } finally {
      await api.close();
      kit.cleanup();
    }
  });

  it('the end-to-end proxy passes answers on and reports those that break the contract', async () => {
    const kit = createKit();
    const api = await kit.start({ routes: [broken] });
    const reported: string[] = [];
    const proxy = await startContractProxy({
      target: api.base,
      port: 0,
      onViolations: (v) => reported.push(...v),
    });
    try {
      const login = await fetch(`${proxy.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'buyer@c1.example', password: PASSWORD }),
      });
      assert.equal(login.status, 200);
      const { token } = (await login.json()) as { token: string };
      const list = await fetch(`${proxy.url}/api/suppliers?_limit=2`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(list.headers.get('x-total-count'), '44');
      assert.equal(((await list.json()) as unknown[]).length, 2);
      assert.deepEqual(reported, []);
      const bad = await fetch(`${proxy.url}/api/suppliers/broken`, {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(bad.status, 200, 'the answer is passed on unchanged');
      assert.match(reported.join('\n'), BROKEN);
    } finally {
      await new Promise((done) => proxy.server.close(done));
      await api.close();
      kit.cleanup();
    }
  });
});

describe('the documented 401 and 403 answers are the real ones', () => {
  const doc = contract().doc;
  const operations = Object.entries<OpenApiNode>(doc['paths']).flatMap(([path, item]) =>
    Object.entries<OpenApiNode>(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      // Any id will do: authentication and roles are checked before the record is looked up.
      url: path.replace(/\{[^}]+\}/g, 'x'),
      op,
    })),
  );
  let kit: Kit;
  let api: Api;
  before(async () => {
    kit = createKit();
    api = await kit.start();
  });
  after(async () => {
    await api.close();
    kit.cleanup();
  });

  it('every operation that needs a token answers 401 without one, and no other does', async () => {
    for (const { method, url, op } of operations) {
      const r = await api.call(method, url, method === 'GET' ? {} : { body: {} });
      const secured = !Array.isArray(op.security) || op.security.length > 0;
      assert.equal(r.status === 401, secured, `${op.operationId}: ${r.status} without a token`);
      if (!secured) continue;
      assert.ok('401' in op.responses, `${op.operationId} documents 401`);
      assert.equal(r.body.code, 'UNAUTHENTICATED', op.operationId);
    }
  });

  it('every operation that documents a role 403 refuses a plain employee', async () => {
    const token = await api.token('employee@c1.example');
    // EmbedForbidden is about `_embed`, not the role: those operations are open to employees.
    const guarded = operations.filter(
      ({ op }) => op.responses['403']?.$ref === '#/components/responses/Forbidden',
    );
    assert.ok(guarded.length > 10, `${guarded.length} operations document 403`);
    for (const { method, url, op } of guarded) {
      const r = await api.call(method, url, method === 'GET' ? { token } : { token, body: {} });
      assert.equal(r.status, 403, `${op.operationId} as an employee: ${r.status}`);
      assert.equal(r.body.code, 'FORBIDDEN', op.operationId);
    }
  });

  it('a body that is not JSON is refused with 400, even on sign-out, and only after authentication', async () => {
    const anonymous = await api.call('POST', '/api/auth/logout', { raw: '{not json' });
    assert.equal(anonymous.status, 401);
    const token = await api.token('employee@c1.example');
    const r = await api.call('POST', '/api/auth/logout', { token, raw: '{not json' });
    assert.equal(r.status, 400);
    assert.equal(r.body.code, 'VALIDATION_FAILED');
  });
});
