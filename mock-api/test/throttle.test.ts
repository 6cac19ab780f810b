// The login policy (mock-api/README.md "Login policy"): a limit that holds under parallel requests, per
// client address and per email, that an attacker cannot use to lock the owner out, and the same full-cost
// password check whether the email exists or not. Client addresses are distinct loopback addresses
// (127.0.0.x), which the server sees as the connection's peer address.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { scryptSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { clientKey } from '../lib/throttle.ts';
import {
  SCRYPT_PARAMS,
  scryptKdf,
  verifyPassword,
  type Kdf,
  type ScryptParams,
} from '../lib/password.ts';
import type { UserRecord } from '../seed/generate.ts';
import { createKit, isProblem, PASSWORD, type Answer, type Api, type Kit } from './kit.ts';

const MINUTE = 60_000;
let kit: Kit;
before(() => {
  kit = createKit();
});
after(() => kit.cleanup());

/** POST /api/auth/login over a new connection from the local address `from`. */
function loginFrom(
  base: string,
  from: string,
  email: string,
  password = PASSWORD,
): Promise<Answer> {
  const url = new URL(base);
  const data = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/auth/login',
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (typeof v === 'string') headers.set(k, v);
          resolve({
            status: res.statusCode!,
            body: text ? JSON.parse(text) : undefined,
            text,
            headers,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** A server whose password checks are recorded (`runs`: the cost of each key derivation). */
async function startCounting(kdf?: Kdf): Promise<{ api: Api; runs: ScryptParams[] }> {
  const runs: ScryptParams[] = [];
  const api = await kit.start({
    kdf: (password, salt, params) => {
      runs.push(params);
      return (kdf ?? scryptKdf)(password, salt, params);
    },
  });
  return { api, runs };
}

const retryAfter = (r: Answer) => Number(r.headers.get('retry-after'));
const rateLimited = (r: Answer) => isProblem(r, 429, 'RATE_LIMITED') && retryAfter(r) > 0;

describe('per email', () => {
  let api: Api;
  let runs: ScryptParams[];
  before(async () => ({ api, runs } = await startCounting()));
  after(() => api.close());

  it('checks 5 of 100 parallel wrong guesses from one address; then even the right password waits for the window', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        loginFrom(api.base, '127.0.0.2', 'hr@c1.example', `guess-${i}`),
      ),
    );
    assert.equal(runs.length, 5, 'password checks');
    assert.equal(answers.filter((r) => isProblem(r, 401, 'INVALID_CREDENTIALS')).length, 5);
    assert.equal(answers.filter(rateLimited).length, 95);
    const right = await loginFrom(api.base, '127.0.0.2', 'hr@c1.example');
    assert.ok(rateLimited(right), right.text);
    assert.equal(runs.length, 5, 'a refused attempt is not checked');
    api.clock.now += 14 * MINUTE;
    assert.ok(rateLimited(await loginFrom(api.base, '127.0.0.2', 'hr@c1.example')));
    api.clock.now += MINUTE;
    assert.equal((await loginFrom(api.base, '127.0.0.2', 'hr@c1.example')).status, 200);
  });

  it('checks 5 of 100 parallel wrong guesses from 100 addresses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        loginFrom(api.base, `127.0.1.${i + 1}`, 'buyer@c2.example', `guess-${i}`),
      ),
    );
    assert.equal(answers.filter((r) => r.status === 401).length, 5);
    assert.equal(answers.filter(rateLimited).length, 95);
  });

  it('a success keeps the failures of guesses that ran alongside it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let allStarted!: () => void;
    const started = new Promise<void>((r) => (allStarted = r));
    let count = 0;
    const gated = await startCounting(async (password, salt, params) => {
      if (++count === 4) allStarted();
      await gate;
      return scryptKdf(password, salt, params);
    });
    try {
      const from = '127.0.0.3';
      const email = 'buyer@c1.example';
      const parallel = Promise.all([
        loginFrom(gated.api.base, from, email, 'wrong-1'),
        loginFrom(gated.api.base, from, email, 'wrong-2'),
        loginFrom(gated.api.base, from, email, 'wrong-3'),
        loginFrom(gated.api.base, from, email),
      ]);
      await started;
      release();
      assert.deepEqual(
        (await parallel).map((r) => r.status),
        [401, 401, 401, 200],
      );
      // 3 failures stay counted: 2 more checks from this address, then 429.
      for (let i = 0; i < 2; i++)
        assert.equal((await loginFrom(gated.api.base, from, email, `more-${i}`)).status, 401);
      assert.ok(rateLimited(await loginFrom(gated.api.base, from, email, 'more-2')));
    } finally {
      await gated.api.close();
    }
  });

  it('a success forgets the failures the same address had before it', async () => {
    const from = '127.0.0.4';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++)
        assert.equal((await loginFrom(api.base, from, 'admin@c1.example', 'x')).status, 401);
      assert.equal((await loginFrom(api.base, from, 'admin@c1.example')).status, 200);
    }
  });
});

describe('legitimate traffic', () => {
  it('parallel right logins beyond every limit all succeed: a limit full of running checks waits for them', async () => {
    const { api, runs } = await startCounting();
    try {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => loginFrom(api.base, '127.0.0.30', 'buyer@c1.example')),
      );
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(12).fill(200),
      );
      assert.equal(runs.length, 12);
    } finally {
      await api.close();
    }
  });
});

describe('per address', () => {
  it('an address spraying one guess at each of 40 emails gets 10 checks, then 429 for every email; others are unaffected', async () => {
    const { api, runs } = await startCounting();
    try {
      const emails = [
        ...api.server.ctx.store
          .all<UserRecord>('users')
          .slice(0, 35)
          .map((u) => u.email),
        ...Array.from({ length: 5 }, (_, i) => `ghost-${i}@c1.example`),
      ];
      const answers = await Promise.all(
        emails.map((email) => loginFrom(api.base, '127.0.0.5', email, 'Spring2026!')),
      );
      assert.equal(runs.length, 10, 'password checks');
      assert.equal(answers.filter((r) => r.status === 401).length, 10);
      assert.equal(answers.filter(rateLimited).length, 30);
      assert.ok(
        rateLimited(await loginFrom(api.base, '127.0.0.5', 'employee@c2.example')),
        'blocked for a right password too',
      );
      assert.equal((await loginFrom(api.base, '127.0.0.6', 'employee@c2.example')).status, 200);
      api.clock.now += 15 * MINUTE;
      assert.equal((await loginFrom(api.base, '127.0.0.5', 'employee@c2.example')).status, 200);
    } finally {
      await api.close();
    }
  });
});

describe('the owner is not locked out', () => {
  let api: Api;
  before(async () => ({ api } = await startCounting()));
  after(() => api.close());
  const email = 'employee@c1.example';
  const home = '127.0.0.10';
  const attacker = '127.0.0.11';
  const travelling = '127.0.0.12';

  it('after 5 failures from an attacker the owner signs in from a new address after 1 minute, from a familiar one at once', async () => {
    assert.equal((await loginFrom(api.base, home, email)).status, 200, 'signed in at home before');
    for (let i = 0; i < 5; i++)
      assert.equal((await loginFrom(api.base, attacker, email, `guess-${i}`)).status, 401);
    assert.ok(rateLimited(await loginFrom(api.base, attacker, email, 'guess-5')));
    assert.equal((await loginFrom(api.base, home, email)).status, 200, 'familiar address');
    const locked = await loginFrom(api.base, travelling, email);
    assert.ok(rateLimited(locked), locked.text);
    assert.ok(retryAfter(locked) <= 60, `Retry-After ${retryAfter(locked)}`);
    api.clock.now += retryAfter(locked) * 1000;
    assert.equal((await loginFrom(api.base, travelling, email)).status, 200, 'new address');
    assert.ok(
      rateLimited(await loginFrom(api.base, attacker, email, 'guess-6')),
      'the attacker still waits for the window',
    );
  });

  it('an attacker with a fresh address for each guess doubles the lock up to 15 minutes; a familiar address stays open', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const guess = await loginFrom(api.base, `127.0.2.${i + 1}`, email, `guess-${i}`);
      assert.equal(guess.status, 401, 'checked once the lock has ended');
      const probe = await loginFrom(api.base, `127.0.3.${i + 1}`, email, `probe-${i}`);
      assert.ok(rateLimited(probe), `${i} ${waits} ${probe.text}`);
      waits.push(retryAfter(probe));
      assert.equal((await loginFrom(api.base, home, email)).status, 200, 'familiar address');
      api.clock.now += retryAfter(probe) * 1000;
    }
    assert.deepEqual(waits, [120, 240, 480, 900, 900, 900, 900, 900]);
  });
});

describe('equal work for every email', () => {
  let api: Api;
  let runs: ScryptParams[];
  before(async () => ({ api, runs } = await startCounting()));
  after(() => api.close());

  const emailOf = (id: string) => api.server.ctx.store.get<UserRecord>('users', id)!.email;
  for (const [what, email] of [
    ['an unknown email', () => 'nobody@c1.example'],
    ['a generated employee (no password set)', () => emailOf('u-c1-0001')],
    ['a wrong password', () => 'hr@c2.example'],
  ] as const) {
    it(`${what}: one key derivation at the standard cost, the same 401`, async () => {
      runs.length = 0;
      const r = await loginFrom(api.base, '127.0.0.20', email(), 'not-the-password');
      assert.ok(isProblem(r, 401, 'INVALID_CREDENTIALS'), r.text);
      assert.equal(r.body.detail, 'The email or the password is wrong.');
      assert.deepEqual(runs, [SCRYPT_PARAMS]);
    });
  }

  it('a cheaper hash from an older database costs a standard check too', async () => {
    const salt = Buffer.alloc(16, 1);
    const key = scryptSync('secret', salt, 32, { N: 1024, r: 8, p: 1 });
    const legacy = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    const seen: ScryptParams[] = [];
    const kdf: Kdf = (pw, s, params) => (seen.push(params), scryptKdf(pw, s, params));
    assert.equal(await verifyPassword('secret', legacy, kdf), true);
    assert.equal(await verifyPassword('wrong', legacy, kdf), false);
    assert.deepEqual(seen, [
      { N: 1024, r: 8, p: 1 },
      SCRYPT_PARAMS,
      { N: 1024, r: 8, p: 1 },
      SCRYPT_PARAMS,
    ]);
  });
});

it('client addresses: IPv4-mapped as IPv4, IPv6 by its /64', () => {
  assert.equal(clientKey('::ffff:10.1.2.3'), '10.1.2.3');
  assert.equal(clientKey('127.0.0.2'), '127.0.0.2');
  assert.equal(clientKey('2001:db8:1:2:aaaa::1'), clientKey('2001:db8:1:2:bbbb:cccc:dddd:2'));
  assert.equal(clientKey('2001:db8:1:2::1'), '2001:db8:1:2::/64');
  assert.notEqual(clientKey('2001:db8:1:3::1'), clientKey('2001:db8:1:2::1'));
  assert.equal(clientKey('::1'), '0:0:0:0::/64');
  assert.equal(clientKey(undefined), 'unknown');
});
