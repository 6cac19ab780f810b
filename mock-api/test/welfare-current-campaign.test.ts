// e福礼 store: the caller's current campaign (mock-api/openapi.yaml getCurrentCampaign) and its gift range
// first in the gift list. The API decides: the latest published, unexpired campaign whose audience reaches
// the caller; drafts, closed ones, other departments and other companies do not count.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createKit, TODAY, type Api, type Json, type Kit } from './kit.ts';

const T0 = Date.parse(`${TODAY}T08:00:00.000Z`);
let kit: Kit;
let api: Api;
let hr: string;
let emp: string;
let empUser: Json;
let other: string;
let c2: string;
let gifts: Json[];

before(async () => {
  kit = createKit();
  api = await kit.start();
  api.clock.now = T0;
  hr = await api.token('hr@c1.example');
  const login = await api.login('employee@c1.example');
  emp = login.body.token;
  empUser = login.body.user;
  c2 = await api.token('employee@c2.example');
  // A c1 user outside the employee's department.
  const buyer = await api.login('buyer@c1.example');
  assert.notEqual(buyer.body.user.departmentId, empUser.departmentId);
  other = buyer.body.token;
  const r = await api.call('GET', '/api/welfare/gifts?_sort=points&_limit=100', { token: emp });
  gifts = r.body;
});
after(async () => {
  await api.close();
  kit.cleanup();
});

const get = (token: string, path: string) => api.call('GET', path, { token });
const current = async (token: string) => {
  const r = await get(token, '/api/welfare/campaigns/current');
  assert.equal(r.status, 200, r.text);
  return r.body.campaign as Json;
};
async function campaign(over: Record<string, unknown>, publish = true): Promise<Json> {
  const r = await api.call('POST', '/api/welfare/campaigns', {
    token: hr,
    body: {
      name: '中秋福利',
      nameEn: 'Mid-Autumn',
      occasion: 'mid-autumn',
      pointsPerEmployee: 100,
      audience: { kind: 'all' },
      grantDate: TODAY,
      costCenterId: 'cc-c1-03',
      giftRange: { kind: 'all' },
      ...over,
    },
  });
  assert.equal(r.status, 201, r.text);
  if (!publish) return r.body;
  const p = await api.call('POST', `/api/welfare/campaigns/${r.body.id}/publish`, {
    token: hr,
    body: {},
  });
  assert.equal(p.status, 200, p.text);
  return p.body;
}

it('without a campaign there is none, and no gift is marked as in it', async () => {
  assert.equal(await current(emp), null);
  const r = await get(emp, '/api/welfare/gifts');
  assert.ok(r.body.every((g: Json) => g.inCampaign === false));
});

it('a department campaign is current for its department only; its curated gifts come first', async () => {
  // The two dearest gifts: by popularity (the default order) they would not come first.
  const picked = gifts.slice(-2).map((g) => g.id);
  const a = await campaign({
    audience: { kind: 'departments', departmentIds: [empUser.departmentId] },
    giftRange: { kind: 'products', productIds: picked },
  });
  assert.equal((await current(emp)).id, a.id);
  assert.equal(await current(other), null, 'another department');
  assert.equal(await current(c2), null, 'another company');
  const page = (await get(emp, '/api/welfare/gifts')).body as Json[];
  assert.deepEqual(
    page
      .slice(0, 2)
      .map((g) => g.id)
      .sort(),
    [...picked].sort(),
  );
  assert.ok(page.slice(0, 2).every((g) => g.inCampaign));
  assert.ok(page.slice(2).every((g) => !g.inCampaign));
  // The other department's store is ordered as before.
  const theirs = (await get(other, '/api/welfare/gifts')).body as Json[];
  assert.ok(theirs.every((g) => !g.inCampaign));
  // A campaign asked for by id still wins over the current one.
  const asked = (await get(emp, `/api/welfare/gifts?campaignId=${a.id}&_limit=100`)).body as Json[];
  assert.equal(asked.filter((g) => g.inCampaign).length, 2);
});

it('the latest published campaign reaching the caller wins; drafts do not count, closing falls back', async () => {
  const a = await current(emp);
  api.clock.now = T0 + 60_000;
  const category = gifts[0].categoryId;
  const b = await campaign({
    audience: { kind: 'list', employees: [empUser.email] },
    giftRange: { kind: 'categories', categoryIds: [category] },
  });
  await campaign({ audience: { kind: 'all' } }, false); // a draft
  assert.equal((await current(emp)).id, b.id);
  const page = (await get(emp, '/api/welfare/gifts?_limit=100')).body as Json[];
  const firstOut = page.findIndex((g) => !g.inCampaign);
  assert.ok(firstOut > 0, 'the category range first');
  assert.ok(page.slice(firstOut).every((g) => !g.inCampaign));
  const close = await api.call('POST', `/api/welfare/campaigns/${b.id}/close`, {
    token: hr,
    body: {},
  });
  assert.equal(close.status, 200, close.text);
  assert.equal((await current(emp)).id, a.id);
});

it('a campaign whose points have expired is no longer current', async () => {
  const a = await current(emp);
  api.clock.now = Date.parse(a.expiresAt) + 1000;
  const t = await api.token('employee@c1.example');
  assert.equal(await current(t), null);
  api.clock.now = T0;
});

it('the current campaign needs a signed-in caller', async () => {
  const r = await api.call('GET', '/api/welfare/campaigns/current');
  assert.equal(r.status, 401);
});
