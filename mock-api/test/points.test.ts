// Points read side (mock-api/openapi.yaml): the caller's own account and ledger, unexpired
// points only, expiring-soon list, ledger summing to the balance, lazy expiry once a lot's date passes.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, TODAY, type Api, type Kit } from './kit.ts';

const DAY = 86_400_000;
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

const sum = (entries: { points: number }[]) => entries.reduce((s, e) => s + e.points, 0);

it('employee@c1 has a positive balance, some of it expiring within 30 days; the ledger sums to it', async () => {
  const token = await api.token('employee@c1.example');
  const account = (await api.call('GET', '/api/points/account', { token })).body;
  assert.ok(account.balance > 0);
  assert.ok(account.expiringSoon.length > 0);
  const in30 = new Date(Date.parse(`${TODAY}T08:00:00Z`) + 30 * DAY).toISOString();
  for (const e of account.expiringSoon) assert.ok(e.points > 0 && e.expiresAt <= in30);
  const ledger = await api.call('GET', '/api/points/ledger', { token });
  assert.equal(sum(ledger.body), account.balance);
  assert.equal(Number(ledger.headers.get('x-total-count')), ledger.body.length);
  for (let i = 1; i < ledger.body.length; i++)
    assert.ok(ledger.body[i - 1].createdAt >= ledger.body[i].createdAt, 'newest first');
  assert.ok(ledger.body.some((e: { type: string }) => e.type === 'redeem'));
});

it('shows only the caller’s own points', async () => {
  const a = await api.call('GET', '/api/points/ledger', {
    token: await api.token('hr@c2.example'),
  });
  const me = (await api.call('GET', '/api/me', { token: await api.token('hr@c2.example') })).body;
  assert.ok(a.body.length > 0 && a.body.every((e: { userId: string }) => e.userId === me.id));
});

it('expired points leave the balance through an expire entry, and the ledger still sums to the balance', async () => {
  let token = await api.token('employee@c1.example');
  const before = (await api.call('GET', '/api/points/account', { token })).body;
  const soon = before.expiringSoon[0];
  api.clock.now = Date.parse(soon.expiresAt) + 1000;
  token = (await api.login('employee@c1.example')).body.token; // the old session idled out meanwhile
  const after = (await api.call('GET', '/api/points/account', { token })).body;
  assert.equal(after.balance, before.balance - soon.points);
  assert.ok(after.expiringSoon.every((e: { expiresAt: string }) => e.expiresAt > soon.expiresAt));
  const ledger = (await api.call('GET', '/api/points/ledger', { token })).body;
  const expire = ledger.filter((e: { type: string }) => e.type === 'expire');
  assert.equal(expire.length, 1);
  assert.equal(expire[0].points, -soon.points);
  assert.equal(expire[0].balanceAfter, after.balance);
  assert.equal(sum(ledger), after.balance);
  // Reading again expires nothing twice.
  assert.equal((await api.call('GET', '/api/points/ledger', { token })).body.length, ledger.length);
});
