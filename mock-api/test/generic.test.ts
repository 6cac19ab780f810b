// The generic collections (routes/generic.ts, json-server's router) under concurrency and hostile
// query strings: parallel callers of two companies never see each other's records, role rules hold
// for lists and embeds, `_like` is a literal substring match, and json-server's query parameters are
// whitelisted per collection (mock-api/README.md: Limits).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, type Answer, type Api, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let c1Hr: string;
let c2Hr: string;
let c2Employee: string;
let c1Buyer: string;

before(async () => {
  kit = createKit();
  api = await kit.start();
  [c1Hr, c2Hr, c2Employee, c1Buyer] = await Promise.all(
    ['hr@c1.example', 'hr@c2.example', 'employee@c2.example', 'buyer@c1.example'].map((e) =>
      api.token(e),
    ),
  );
});
after(async () => {
  await api.close();
  kit.cleanup();
});

/** Every company id an answer mentions: records' own companyId, company records' id, embedded users'. */
function companiesIn(body: unknown, path: string): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown, collection: string) => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, collection));
    if (!v || typeof v !== 'object') return;
    const rec = v as Record<string, unknown>;
    if (collection === 'companies' && typeof rec['id'] === 'string') out.add(rec['id']);
    if (typeof rec['companyId'] === 'string') out.add(rec['companyId']);
    for (const [k, x] of Object.entries(rec)) if (Array.isArray(x)) visit(x, k);
  };
  visit(body, path.split('?')[0].split('/')[2]);
  return out;
}

describe('tenancy under concurrency', () => {
  it('parallel requests of two companies never answer a foreign record', async () => {
    const plan: { token: string; company: string; path: string }[] = [];
    for (let i = 0; i < 200; i++) {
      const [token, company] = i % 2 ? [c2Hr, 'c2'] : [c1Hr, 'c1'];
      const path = [
        '/api/users',
        '/api/companies?_embed=users',
        '/api/departments?_embed=users',
        `/api/users?_page=${1 + (i % 3)}&_limit=50`,
      ][i % 4];
      plan.push({ token, company, path });
    }
    const answers = await Promise.all(plan.map((p) => api.call('GET', p.path, { token: p.token })));
    const foreign: string[] = [];
    answers.forEach((a, i) => {
      assert.equal(a.status, 200, `${plan[i].path}: ${a.text.slice(0, 200)}`);
      assert.ok(Array.isArray(a.body) && a.body.length > 0, plan[i].path);
      for (const c of companiesIn(a.body, plan[i].path))
        if (c !== plan[i].company) foreign.push(`${plan[i].company} ${plan[i].path} got ${c}`);
    });
    assert.deepEqual(foreign, []);
  });

  it('a record of another company is 404 even while that company is being served', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 2
          ? api.call('GET', '/api/users/u-c1-admin', { token: c2Hr })
          : api.call('GET', '/api/users?_embed=departments', { token: c1Hr }),
      ),
    );
    answers.forEach((a, i) => {
      if (i % 2) assert.ok(isProblem(a, 404, 'NOT_FOUND'), `${a.status} ${a.text.slice(0, 120)}`);
      else assert.equal(a.status, 400, 'users have no departments to embed');
    });
  });

  it('role rules hold: an employee lists no users, directly or through an embed', async () => {
    const [list, one, embed, embedOne, companies] = await Promise.all([
      api.call('GET', '/api/users', { token: c2Employee }),
      api.call('GET', '/api/users/u-c2-hr', { token: c2Employee }),
      api.call('GET', '/api/companies?_embed=users', { token: c2Employee }),
      api.call('GET', '/api/departments/d-c2-01?_embed=users', { token: c2Employee }),
      api.call('GET', '/api/companies', { token: c2Employee }),
    ]);
    assert.ok(isProblem(list, 403, 'FORBIDDEN'), list.text);
    assert.ok(isProblem(one, 403, 'FORBIDDEN'), one.text);
    assert.ok(isProblem(embed, 403, 'FORBIDDEN'), embed.text);
    assert.ok(isProblem(embedOne, 403, 'FORBIDDEN'), embedOne.text);
    assert.deepEqual(
      companies.body.map((c: { id: string }) => c.id),
      ['c2'],
    );
  });

  it('an hr user embeds the company’s own users only', async () => {
    const r = await api.call('GET', '/api/companies/c2?_embed=users&_embed=departments', {
      token: c2Hr,
    });
    assert.equal(r.status, 200, r.text);
    assert.ok(r.body.users.length > 0 && r.body.departments.length > 0);
    assert.deepEqual([...companiesIn(r.body, '/api/companies')], ['c2']);
  });

  it('the answers follow the store: a change is visible on the next read', async () => {
    const before = await api.call('GET', '/api/departments/d-c1-01', { token: c1Buyer });
    await api.server.ctx.store.transact((tx) => {
      const d = tx.get<{ id: string; name: string }>('departments', 'd-c1-01')!;
      tx.update('departments', { ...d, name: `${d.name}（新）` });
    });
    const after = await api.call('GET', '/api/departments/d-c1-01', { token: c1Buyer });
    assert.equal(after.body.name, `${before.body.name}（新）`);
  });
});

describe('`_like` is a literal, case-insensitive substring', () => {
  it('a catastrophic pattern is plain text and does not block other requests', async () => {
    const evil = encodeURIComponent('^([A-Za-z ]+)+X');
    const [slow, health] = await Promise.all([
      api.call('GET', `/api/users?nameEn_like=${evil}`, { token: c1Hr }),
      api.call('GET', '/api/health'),
    ]);
    assert.equal(slow.status, 200, slow.text);
    assert.deepEqual(slow.body, [], 'no name contains that text literally');
    assert.equal(health.status, 200);
  });

  it('matches text literally: regex syntax means itself', async () => {
    const like = async (field: string, text: string) =>
      (
        await api.call('GET', `/api/users?${field}_like=${encodeURIComponent(text)}`, {
          token: c1Hr,
        })
      ).body as { email: string }[];
    assert.deepEqual(
      (await like('email', 'HR@C1.EXAMPLE')).map((u) => u.email),
      ['hr@c1.example'],
      'case-insensitive',
    );
    assert.deepEqual(await like('email', 'hr@c1.exampl.'), [], '. is a dot, not any character');
    assert.deepEqual(await like('email', '.*'), []);
    assert.deepEqual(await like('name', '('), []);
    assert.deepEqual(await like('id', '*'), []);
  });
});

describe('json-server query parameters are whitelisted per collection', () => {
  const bad: [string, string][] = [
    ['/api/users?_delay=300', 'timing knob'],
    ['/api/users?_delay=0', 'timing knob'],
    ['/api/users?_expand=company', 'no expand'],
    ['/api/users?q[a]=b', 'object-shaped q'],
    ['/api/users?_sort[a]=b', 'object-shaped _sort'],
    ['/api/users?name[a]=b', 'object-shaped filter'],
    ['/api/users?_sort=nope', 'unknown sort field'],
    ['/api/users?_order=sideways', 'bad order'],
    ['/api/users?_limit=-1', 'bad limit'],
    ['/api/users?_page=x', 'bad page'],
    ['/api/users?nope=1', 'unknown field'],
    ['/api/users?nope_like=1', 'unknown field'],
    ['/api/users?_foo=1', 'unknown _ parameter'],
    ['/api/users?_embed=sessions', 'no such collection'],
    ['/api/categories?_embed=users', 'not related'],
    ['/api/users/u-c1-hr?_delay=10', 'timing knob on an item'],
  ];
  for (const [path, why] of bad) {
    it(`${path} → 400 (${why})`, async () => {
      const r: Answer = await api.call('GET', path, { token: c1Hr });
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), `${r.status} ${r.text.slice(0, 200)}`);
      assert.ok(!/node_modules|\.js:\d|<html/i.test(r.text), 'no stack trace or path');
    });
  }

  it('the documented parameters still work', async () => {
    const sorted = await api.call('GET', '/api/users?_sort=email&_order=desc&_limit=3', {
      token: c1Hr,
    });
    assert.equal(sorted.status, 200, sorted.text);
    const emails = sorted.body.map((u: { email: string }) => u.email);
    assert.deepEqual(emails, [...emails].sort().reverse());
    const filtered = await api.call('GET', '/api/users?roles=hr&active=true&_page=1&_limit=5', {
      token: c1Hr,
    });
    assert.equal(filtered.status, 200, filtered.text);
    assert.ok(filtered.body.length > 0);
    assert.ok(filtered.body.every((u: { roles: string[] }) => u.roles.includes('hr')));
    const q = await api.call('GET', '/api/users?q=hr@c1', { token: c1Hr });
    assert.ok(q.body.some((u: { email: string }) => u.email === 'hr@c1.example'));
    const ranged = await api.call('GET', '/api/cost-centers?_start=1&_end=3', { token: c1Hr });
    assert.equal(ranged.body.length, 2);
    const gte = await api.call('GET', '/api/suppliers?rating_gte=4.5', { token: c1Hr });
    assert.equal(gte.status, 200, gte.text);
    assert.ok(gte.body.every((s: { rating: number }) => s.rating >= 4.5));
  });
});
