// Auth (mock-api/openapi.yaml): login, same 401 for unknown email and wrong password, /api/me, logout and
// logout everywhere revoke, sliding idle expiry and an absolute lifetime, strict validation of the login
// body. The login limits are in throttle.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, PASSWORD, type Api, type Kit } from './kit.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
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

describe('login', () => {
  it('answers a token and the user for every demo account', async () => {
    const accounts: [string, string, string][] = [
      ['admin@c1.example', 'admin', 'c1'],
      ['hr@c1.example', 'hr', 'c1'],
      ['hr2@c1.example', 'hr', 'c1'],
      ['buyer@c1.example', 'buyer', 'c1'],
      ['employee@c1.example', 'employee', 'c1'],
      ['hr@c2.example', 'hr', 'c2'],
      ['buyer@c2.example', 'buyer', 'c2'],
      ['employee@c2.example', 'employee', 'c2'],
    ];
    const tokens = new Set<string>();
    for (const [email, role, companyId] of accounts) {
      const r = await api.login(email);
      assert.equal(r.status, 200, `${email}: ${r.text}`);
      assert.equal(typeof r.body.token, 'string');
      assert.ok(r.body.token.length >= 32);
      tokens.add(r.body.token);
      assert.deepEqual(Object.keys(r.body.user).sort(), [
        'companyId',
        'departmentId',
        'email',
        'id',
        'name',
        'nameEn',
        'roles',
      ]);
      assert.equal(r.body.user.email, email);
      assert.deepEqual(r.body.user.roles, [role]);
      assert.equal(r.body.user.companyId, companyId);
    }
    assert.equal(tokens.size, accounts.length, 'tokens are unique');
  });

  it('accepts the email in any case', async () => {
    const r = await api.login('Buyer@C1.Example');
    assert.equal(r.status, 200);
    assert.equal(r.body.user.email, 'buyer@c1.example');
  });

  it('answers the same 401 INVALID_CREDENTIALS for a wrong password and an unknown email', async () => {
    const wrong = await api.login('hr@c2.example', 'wrong-password');
    const unknown = await api.login('nobody@c1.example', PASSWORD);
    assert.ok(isProblem(wrong, 401, 'INVALID_CREDENTIALS'), wrong.text);
    assert.ok(isProblem(unknown, 401, 'INVALID_CREDENTIALS'), unknown.text);
    assert.deepEqual(wrong.body, unknown.body);
  });

  it('rejects a malformed login body with per-field errors', async () => {
    const r = await api.call('POST', '/api/auth/login', {
      body: { email: 'not-an-email', extra: 1 },
    });
    assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), r.text);
    const paths = r.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['email', 'extra', 'password']);
  });
});

describe('sessions', () => {
  it('GET /api/me answers the caller, 401 without or with a bad token', async () => {
    const token = await api.token('employee@c1.example');
    const me = await api.call('GET', '/api/me', { token });
    assert.equal(me.status, 200);
    assert.equal(me.body.email, 'employee@c1.example');
    assert.ok(isProblem(await api.call('GET', '/api/me'), 401, 'UNAUTHENTICATED'));
    assert.ok(
      isProblem(
        await api.call('GET', '/api/me', { token: 'x'.repeat(43) }),
        401,
        'UNAUTHENTICATED',
      ),
    );
    assert.ok(
      isProblem(
        await api.call('GET', '/api/me', { headers: { authorization: `Basic ${token}` } }),
        401,
        'UNAUTHENTICATED',
      ),
    );
  });

  it('logout revokes the token at once; other sessions stay', async () => {
    const a = (await api.login('buyer@c2.example')).body.token;
    const b = (await api.login('buyer@c2.example')).body.token;
    const out = await api.call('POST', '/api/auth/logout', { token: a });
    assert.equal(out.status, 204);
    assert.ok(isProblem(await api.call('GET', '/api/me', { token: a }), 401, 'UNAUTHENTICATED'));
    assert.ok(
      isProblem(await api.call('POST', '/api/auth/logout', { token: a }), 401, 'UNAUTHENTICATED'),
    );
    assert.equal((await api.call('GET', '/api/me', { token: b })).status, 200);
  });

  it('expires a token after 8 hours without use, sliding on every use', async () => {
    const token = (await api.login('hr@c1.example')).body.token;
    api.clock.now += 7 * HOUR;
    assert.equal((await api.call('GET', '/api/me', { token })).status, 200, 'used after 7 h');
    api.clock.now += 7 * HOUR;
    assert.equal(
      (await api.call('GET', '/api/me', { token })).status,
      200,
      'used 7 h after the last use',
    );
    api.clock.now += 8 * HOUR + 1000;
    assert.ok(
      isProblem(await api.call('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED'),
      'idle for more than 8 h',
    );
  });
});

describe('session lifetime', () => {
  it('a token used every 7 hours still ends 7 days after the login', async () => {
    const token = (await api.login('buyer@c1.example')).body.token;
    const loginAt = api.clock.now;
    while (api.clock.now + 7 * HOUR <= loginAt + 7 * DAY) {
      api.clock.now += 7 * HOUR;
      assert.equal((await api.call('GET', '/api/me', { token })).status, 200);
    }
    api.clock.now = loginAt + 7 * DAY + 1000;
    assert.ok(
      isProblem(await api.call('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED'),
      'older than 7 days',
    );
  });

  it('the absolute lifetime is an option', async () => {
    const short = await kit.start({ sessionMaxAgeMs: HOUR });
    try {
      const token = (await short.login('buyer@c1.example')).body.token;
      short.clock.now += HOUR - 1000;
      assert.equal((await short.call('GET', '/api/me', { token })).status, 200);
      short.clock.now += 2000;
      assert.equal((await short.call('GET', '/api/me', { token })).status, 401);
    } finally {
      await short.close();
    }
  });
});

describe('POST /api/auth/logout-all', () => {
  it('revokes every session of the caller at once; other users keep theirs', async () => {
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) mine.push((await api.login('hr2@c1.example')).body.token);
    const colleague = (await api.login('hr@c1.example')).body.token;
    const out = await api.call('POST', '/api/auth/logout-all', { token: mine[0] });
    assert.equal(out.status, 204);
    for (const token of mine)
      assert.ok(isProblem(await api.call('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED'));
    assert.equal((await api.call('GET', '/api/me', { token: colleague })).status, 200);
    assert.equal((await api.login('hr2@c1.example')).status, 200, 'the user can sign in again');
  });

  it('needs a live token', async () => {
    assert.ok(isProblem(await api.call('POST', '/api/auth/logout-all'), 401, 'UNAUTHENTICATED'));
  });
});
