// Auth (openapi.yaml, tag auth): login, same 401 for unknown email and wrong password, /api/me, logout revokes,
// sliding idle expiry, rate limit on failed logins, strict validation of the login body.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKit, isProblem, PASSWORD, type Api, type Kit } from './kit.ts';

const HOUR = 3_600_000;
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

describe('rate limit', () => {
  it('after 5 failures in 15 minutes the email gets 429 even with the right password, until the window passes', async () => {
    const email = 'employee@c2.example';
    for (let i = 0; i < 5; i++)
      assert.ok(isProblem(await api.login(email, `bad-${i}`), 401, 'INVALID_CREDENTIALS'));
    const limited = await api.login(email, PASSWORD);
    assert.ok(isProblem(limited, 429, 'RATE_LIMITED'), limited.text);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Other emails are not affected.
    assert.equal((await api.login('hr@c2.example')).status, 200);
    api.clock.now += 10 * 60_000;
    assert.ok(
      isProblem(await api.login(email, PASSWORD), 429, 'RATE_LIMITED'),
      'still inside the window',
    );
    api.clock.now += 6 * 60_000;
    assert.equal((await api.login(email, PASSWORD)).status, 200, 'window passed');
  });

  it('counts failures for unknown emails too', async () => {
    const email = 'ghost@c1.example';
    for (let i = 0; i < 5; i++) assert.equal((await api.login(email, 'x')).status, 401);
    assert.ok(isProblem(await api.login(email, 'x'), 429, 'RATE_LIMITED'));
  });

  it('a success clears earlier failures', async () => {
    const email = 'admin@c1.example';
    for (let i = 0; i < 4; i++) assert.equal((await api.login(email, 'x')).status, 401);
    assert.equal((await api.login(email)).status, 200);
    for (let i = 0; i < 4; i++) assert.equal((await api.login(email, 'x')).status, 401);
    assert.equal((await api.login(email)).status, 200);
  });
});
