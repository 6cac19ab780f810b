// Limits every route shares (mock-api/README.md: Limits): bad query parameters are 400 problem+json on
// every GET route (never 500, never a stack trace), bodies are JSON only (415), size-limited (413) and
// read only after authentication, and every answer carries the security headers.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { GENERIC } from '../routes/generic.ts';
import { createKit, isProblem, request, type Answer, type Api, type Kit } from './kit.ts';

let kit: Kit;
let api: Api;
let hr: string;
let buyer: string;

before(async () => {
  kit = createKit();
  api = await kit.start();
  [hr, buyer] = await Promise.all(['hr@c1.example', 'buyer@c1.example'].map((e) => api.token(e)));
});
after(async () => {
  await api.close();
  kit.cleanup();
});

/** Every route the app registers, as [method, concrete path] (generic collections expanded, params filled). */
function routes(): [string, string][] {
  const stack = (
    api.server.app as unknown as {
      _router: {
        stack: { route?: { path: string | string[]; methods: Record<string, boolean> } }[];
      };
    }
  )._router.stack;
  const out: [string, string][] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    for (const path of ([] as string[]).concat(layer.route.path))
      for (const method of Object.keys(layer.route.methods)) {
        const paths =
          path === '/api/:name' || path === '/api/:name/:id'
            ? GENERIC.map((g) => path.replace(':name', g.path))
            : [path];
        for (const p of paths)
          out.push([method.toUpperCase(), p.replace(':file', 'p000001.svg').replace(/:\w+/g, 'x')]);
      }
  }
  return out;
}

const clean = (r: Answer) => !/node_modules|\.[jt]s:\d|<html|<pre|at \w+ \(/i.test(r.text);

describe('query parameters on every GET route', () => {
  const refused = [
    'q[a]=b',
    '_sort[a]=b',
    '_order[a]=b',
    'status[a]=b',
    'status[a][b]=c',
    '_expand=company',
    '_delay=0',
    '_=1',
    '_page=0',
    '_limit=x',
    '_sort=a&_sort=b',
  ];
  it('object-shaped, unknown _ and bad paging parameters → 400 problem+json', async () => {
    const gets = routes().filter(([m]) => m === 'GET');
    assert.ok(gets.length > 25, `found ${gets.length} GET routes`);
    const wrong: string[] = [];
    for (const [, path] of gets)
      for (const query of refused) {
        const r = await api.call('GET', `${path}?${query}`, { token: hr });
        if (!isProblem(r, 400, 'VALIDATION_FAILED') || !clean(r))
          wrong.push(`${path}?${query}: ${r.status} ${r.text.slice(0, 80)}`);
      }
    assert.deepEqual(wrong, []);
  });

  it('regex syntax in _like never errors: literal text, 2xx or a 4xx problem, never 5xx', async () => {
    const wrong: string[] = [];
    for (const [, path] of routes().filter(([m]) => m === 'GET'))
      for (const query of ['name_like=(', 'id_like=*', 'nameEn_like=%5E(%5BA-Z%5D%2B)%2BX']) {
        for (const token of [hr, buyer]) {
          const r = await api.call('GET', `${path}?${query}`, { token });
          const ok =
            r.status < 300 || (r.status < 500 && isProblem(r, r.status, r.body?.code ?? ''));
          if (!ok || !clean(r)) wrong.push(`${path}?${query}: ${r.status} ${r.text.slice(0, 80)}`);
        }
      }
    assert.deepEqual(wrong, []);
  });

  it('custom list routes name the bad parameter', async () => {
    for (const path of ['/api/orders?status[a]=b', '/api/approvals?status[a]=b']) {
      const r = await api.call('GET', path, { token: hr });
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), `${path}: ${r.status}`);
      assert.deepEqual(
        r.body.errors.map((e: { path: string }) => e.path),
        ['status'],
      );
    }
  });
});

describe('request bodies', () => {
  it('every route with a body refuses a non-JSON type with 415', async () => {
    const writes = routes().filter(([m]) => m !== 'GET');
    assert.ok(writes.length > 10, `found ${writes.length} routes with bodies`);
    const wrong: string[] = [];
    for (const [method, path] of writes)
      for (const type of [
        'application/x-www-form-urlencoded',
        'text/plain',
        'multipart/form-data; boundary=x',
      ]) {
        const r = await api.call(method, path, {
          token: buyer,
          raw: 'email=a%40b.c&password=x',
          headers: { 'content-type': type },
        });
        if (
          r.status !== 415 ||
          !r.headers.get('content-type')?.startsWith('application/problem+json')
        )
          wrong.push(`${method} ${path} (${type}): ${r.status}`);
      }
    assert.deepEqual(wrong, []);
    const login = await api.call('POST', '/api/auth/login', {
      raw: 'email=hr%40c1.example&password=Passw0rd!',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(login.status, 415, 'form-encoded login is not accepted');
    assert.equal(login.body.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body over the route’s limit → 413, declared or streamed', async () => {
    const big = JSON.stringify({ skus: ['x'.repeat(300 * 1024)] });
    const declared = await api.call('POST', '/api/products/lookup', { token: buyer, raw: big });
    assert.equal(declared.status, 413, declared.text.slice(0, 100));
    assert.equal(declared.body.code, 'PAYLOAD_TOO_LARGE');
    assert.ok(declared.headers.get('content-type')?.startsWith('application/problem+json'));

    const chunks = [big.slice(0, 100_000), big.slice(100_000)];
    const streamed = await fetch(`${api.base}/api/products/lookup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${buyer}`, 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(c) {
          const next = chunks.shift();
          if (next) c.enqueue(new TextEncoder().encode(next));
          else c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
    assert.equal(((await streamed.json()) as { code: string }).code, 'PAYLOAD_TOO_LARGE');

    const login = await api.call('POST', '/api/auth/login', {
      body: { email: 'hr@c1.example', password: 'p'.repeat(20 * 1024) },
    });
    assert.equal(login.status, 413, 'login takes small bodies only');
  });

  it('the largest legitimate command fits: 500 SKUs of 64 characters, \\u-escaped', async () => {
    const sku = (i: number) => `SKU-${String(i).padStart(60, '0')}`;
    const raw = JSON.stringify({ skus: Array.from({ length: 500 }, (_, i) => sku(i)) }).replace(
      /[A-Z0-9-]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    assert.ok(raw.length > 190_000, `${raw.length} bytes`);
    const r = await api.call('POST', '/api/products/lookup', { token: buyer, raw });
    assert.equal(r.status, 200, r.text.slice(0, 200));
    assert.deepEqual(r.body, { products: [] });
    const lines = JSON.stringify({
      lines: Array.from({ length: 500 }, (_, i) => ({ productId: sku(i), qty: 99999 })),
    }).replace(/"SKU-\d+"/g, (id) =>
      id.replace(/[A-Z0-9-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    );
    assert.ok(lines.length > 200_000, `${lines.length} bytes`);
    const cart = await api.call('POST', '/api/cart/lines', { token: buyer, raw: lines });
    // Read and judged on its content: the products do not exist.
    assert.ok(isProblem(cart, 400, 'VALIDATION_FAILED'), cart.text.slice(0, 200));
  });

  it('bodies are read only after authentication', async () => {
    const anonymous = await api.call('POST', '/api/orders', { raw: '{"not json' });
    assert.ok(isProblem(anonymous, 401, 'UNAUTHENTICATED'), anonymous.text);
    const signedIn = await api.call('POST', '/api/orders/preview', {
      token: buyer,
      raw: '{"not json',
    });
    assert.ok(isProblem(signedIn, 400, 'VALIDATION_FAILED'), signedIn.text);
  });

  it('GET carries no body', async () => {
    // fetch() cannot send one; node:http can.
    const { status, text } = await new Promise<{ status: number; text: string }>((ok, ko) => {
      const req = http.request(`${api.base}/api/orders`, {
        method: 'GET',
        headers: {
          authorization: `Bearer ${hr}`,
          'content-type': 'application/json',
          'content-length': '7',
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => ok({ status: res.statusCode!, text }));
      });
      req.on('error', ko);
      req.end('{"a":1}');
    });
    assert.equal(status, 400, text);
    assert.equal(JSON.parse(text).code, 'VALIDATION_FAILED');
  });
});

describe('security headers', () => {
  it('are on every answer: success, errors, 404s and pictures', async () => {
    const answers: [string, Answer][] = [
      ['health', await api.call('GET', '/api/health')],
      ['list', await api.call('GET', '/api/orders', { token: hr })],
      ['generic', await api.call('GET', '/api/users', { token: hr })],
      ['generic 404', await api.call('GET', '/api/users/nope', { token: hr })],
      ['401', await api.call('GET', '/api/orders')],
      ['403', await api.call('GET', '/api/users', { token: buyer })],
      ['400', await api.call('GET', '/api/orders?_delay=1', { token: hr })],
      ['404', await api.call('GET', '/nothing')],
      [
        '415',
        await api.call('POST', '/api/auth/login', {
          raw: 'x',
          headers: { 'content-type': 'text/plain' },
        }),
      ],
      ['login', await api.login('hr@c1.example')],
      ['picture', await request(api.base, 'GET', '/api/images/products/p000001.svg')],
    ];
    for (const [what, r] of answers) {
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', what);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', what);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, what);
      assert.match(csp, /default-src 'none'/, what);
    }
    assert.equal(answers.at(-1)![1].status, 200);
    assert.match(answers.at(-1)![1].headers.get('content-type')!, /^image\/svg\+xml/);
  });
});
