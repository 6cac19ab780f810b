// API tests of e差旅 (mock-api/openapi.yaml, /api/travel/*) against a real server with a controllable clock:
// policy, estimate, trip request (cost-center rule, budget commitment, approval in the one inbox), search only
// for an approved trip (deterministic, ranked, filtered), bookings (policy reasons, idempotency, re-approval
// above the estimate + 10 %, cancellation fees, concurrency), closing with the statement, policy edits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createKit,
  isProblem,
  request,
  TODAY,
  type Api,
  type Answer,
  type Kit,
} from '../test/kit.ts';

let kit: Kit;
let api: Api;

interface Client {
  id: string;
  get(path: string): Promise<Answer>;
  post(path: string, body?: unknown, key?: string | false): Promise<Answer>;
  put(path: string, body: unknown): Promise<Answer>;
}

let seq = 0;
const key = () => `travel-${process.pid}-${++seq}`;

async function as(email: string): Promise<Client> {
  const token = await api.token(email);
  const me = await request(api.base, 'GET', '/api/me', { token });
  return {
    id: me.body.id,
    get: (path) => request(api.base, 'GET', path, { token }),
    post: (path, body = {}, k) =>
      request(api.base, 'POST', path, {
        token,
        body,
        headers: k === false ? {} : { 'idempotency-key': k ?? key() },
      }),
    put: (path, body) => request(api.base, 'PUT', path, { token, body }),
  };
}

let emp: Client;
let hr: Client;
let hr2: Client;
let admin: Client;
let buyer: Client;
let empC2: Client;
let hrC2: Client;

const START = '2026-06-22';
const END = '2026-06-24';
const tripBody = (extra: Record<string, unknown> = {}) => ({
  purpose: '北京客户拜访',
  destination: 'BJS',
  startDate: START,
  endDate: END,
  ...extra,
});

async function travelBudget(c: Client = hr, cc = 'cc-c1-07') {
  const r = await c.get(`/api/budgets?costCenterId=${cc}&category=travel`);
  assert.equal(r.status, 200);
  return r.body[0] as { id: string; committedFen: number; spentFen: number; availableFen: number };
}

async function approveTrip(tripId: string, decider: Client = hr, decision = 'approve') {
  const tasks = (await decider.get('/api/approvals?subjectType=trip&status=pending')).body.filter(
    (t: { subjectId: string }) => t.subjectId === tripId,
  );
  assert.equal(tasks.length, 1, `one pending task for ${tripId}`);
  const r = await decider.post(
    `/api/approvals/${tasks[0].id}/decision`,
    { decision, version: tasks[0].version, comment: decision === 'reject' ? '超标' : '同意' },
    false,
  );
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return tasks[0];
}

async function newApprovedTrip(c: Client = emp, extra: Record<string, unknown> = {}) {
  const t = await c.post('/api/travel/trips', tripBody(extra));
  assert.equal(t.status, 201, JSON.stringify(t.body));
  await approveTrip(t.body.id);
  return t.body as { id: string; estimatedFen: number; budgetId: string };
}

before(async () => {
  kit = createKit({ seed: 'travel-test', skus: 200 });
  api = await kit.start();
  [emp, hr, hr2, admin, buyer, empC2, hrC2] = await Promise.all(
    [
      'employee@c1.example',
      'hr@c1.example',
      'hr2@c1.example',
      'admin@c1.example',
      'buyer@c1.example',
      'employee@c2.example',
      'hr@c2.example',
    ].map(as),
  );
});

after(async () => {
  await api?.close();
  kit?.cleanup();
});

describe('policy and reference data', () => {
  it("GET /api/travel/policy is the caller's policy by role", async () => {
    assert.equal((await emp.get('/api/travel/policy')).body.id, 'tp-c1-standard');
    assert.equal((await admin.get('/api/travel/policy')).body.id, 'tp-c1-senior');
    assert.equal((await empC2.get('/api/travel/policy')).body.companyId, 'c2');
    const cities = await emp.get('/api/travel/cities');
    assert.equal(cities.status, 200);
    assert.deepEqual([...new Set(cities.body.map((c: { tier: string }) => c.tier))].sort(), [
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});

describe('colleagues (travellers a trip may name)', () => {
  it('every role lists its own company only, by name in either language, without secrets', async () => {
    const all = await emp.get('/api/travel/colleagues?_limit=100');
    assert.equal(all.status, 200);
    assert.ok(Number(all.headers.get('x-total-count')) > 5);
    assert.ok(all.body.every((c: { id: string }) => c.id.startsWith('u-c1-')));
    assert.deepEqual(Object.keys(all.body[0]).sort(), [
      'departmentId',
      'departmentName',
      'departmentNameEn',
      'id',
      'name',
      'nameEn',
    ]);

    const me = (await buyer.get('/api/me')).body;
    for (const q of [me.name.slice(0, 2), me.nameEn.split(' ')[0].toUpperCase()]) {
      const hits = await emp.get(`/api/travel/colleagues?q=${encodeURIComponent(q)}`);
      assert.ok(
        hits.body.some((c: { id: string }) => c.id === buyer.id),
        q,
      );
    }
    const c2 = await empC2.get(`/api/travel/colleagues?q=${encodeURIComponent(me.nameEn)}`);
    assert.ok(c2.body.every((c: { id: string }) => c.id.startsWith('u-c2-')));
  });

  it('a hostile query answers an empty page, not an error; paging is bounded', async () => {
    const odd = await emp.get(`/api/travel/colleagues?q=${encodeURIComponent('\'"<script>.*(')}`);
    assert.equal(odd.status, 200);
    assert.deepEqual(odd.body, []);
    const page = await emp.get('/api/travel/colleagues?_page=1&_limit=1000');
    assert.ok(page.body.length <= 100);
  });
});

describe('estimate', () => {
  it('typical fares + hotel cap × nights, the same every time', async () => {
    const body = { destinations: ['BJS'], startDate: START, endDate: END };
    const a = await emp.post('/api/travel/estimate', body, false);
    const b = await emp.post('/api/travel/estimate', body, false);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(a.body, b.body);
    assert.equal(a.body.origin, 'SHA', "c1's city");
    assert.equal(a.body.journeys.length, 2);
    assert.equal(a.body.hotelFen, 2 * 60_000, 'tier-1 cap × 2 nights');
    assert.equal(a.body.totalFen, a.body.transportFen + a.body.hotelFen);
    assert.ok(a.body.journeys.every((j: { typicalFareFen: number }) => j.typicalFareFen > 10_000));
    const two = await emp.post(
      '/api/travel/estimate',
      { ...body, travellerIds: [emp.id, buyer.id] },
      false,
    );
    assert.equal(two.body.totalFen, 2 * a.body.totalFen);
  });

  it('bad input is 400 with the field', async () => {
    for (const [body, path] of [
      [{ destinations: ['XXX'], startDate: START, endDate: END }, 'destinations.0'],
      [{ destinations: ['BJS'], startDate: END, endDate: START }, 'endDate'],
      [{ destinations: ['BJS'], startDate: '2026-06-01', endDate: END }, 'startDate'],
      [{ destinations: ['BJS'], startDate: '2026-02-30', endDate: END }, 'startDate'],
      [{ destinations: ['bjs'], startDate: START, endDate: END }, 'destinations.0'],
      [{ destinations: ['BJS'], startDate: START, endDate: END, x: 1 }, 'x'],
      [
        { destinations: ['BJS'], startDate: START, endDate: END, travellerIds: ['u-c2-hr'] },
        'travellerIds.0',
      ],
    ] as const) {
      const r = await emp.post('/api/travel/estimate', body, false);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(r.body));
      assert.equal(r.body.errors[0].path, path, JSON.stringify(body));
    }
  });
});

describe('trip request', () => {
  it('commits the estimate on the travel budget and puts a task in the inbox', async () => {
    const before = await travelBudget();
    const r = await emp.post('/api/travel/trips', tripBody({ estimatedFen: 250_000 }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.status, 'pending_approval');
    assert.equal(r.body.costCenterId, 'cc-c1-07', "the traveller's department's");
    assert.equal(r.body.committedFen, 250_000);
    assert.equal(r.body.destination, 'BJS');
    assert.equal(r.body.taskIds.length, 1);
    const after = await travelBudget();
    assert.equal(after.committedFen, before.committedFen + 250_000);
    // The budget's movement says why in a code the app words in the reader's language.
    const moves = (await hr.get(`/api/budgets/${after.id}/movements`)).body;
    const mine = moves.find((m: { subjectId: string }) => m.subjectId === r.body.id);
    assert.deepEqual([mine.reasonCode, mine.reasonParams], ['TRIP_ESTIMATE', { id: r.body.id }]);
    const task = await hr.get(`/api/approvals/${r.body.taskIds[0]}`);
    assert.equal(task.status, 200);
    assert.equal(task.body.subjectType, 'trip');
    assert.equal(task.body.ruleCode, 'trip');
    assert.equal(task.body.summary.trip.estimatedFen, 250_000);
    assert.equal(task.body.summary.trip.policyId, 'tp-c1-standard');
    assert.equal(
      task.body.summary.trip.budgetAvailableBeforeFen -
        task.body.summary.trip.budgetAvailableAfterFen,
      250_000,
    );
    assert.equal(task.body.budget.availableBeforeFen - task.body.budget.availableAfterFen, 250_000);
    assert.equal(task.body.subject.id, r.body.id);
    // the requester cannot decide their own, an hr requester neither: another hr can
    assert.equal((await emp.get(`/api/travel/trips/${r.body.id}`)).body.bookings.length, 0);
  });

  it('defaults the estimate to the proposal; replays an Idempotency-Key', async () => {
    const k = key();
    const est = await emp.post(
      '/api/travel/estimate',
      { destinations: ['BJS'], startDate: START, endDate: END },
      false,
    );
    const a = await emp.post('/api/travel/trips', tripBody(), k);
    const b = await emp.post('/api/travel/trips', tripBody(), k);
    assert.equal(a.status, 201);
    assert.equal(a.body.estimatedFen, est.body.totalFen);
    assert.deepEqual(b.body, a.body);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    const c = await emp.post('/api/travel/trips', tripBody({ purpose: '另一个' }), k);
    assert.ok(isProblem(c, 422, 'IDEMPOTENCY_MISMATCH'));
  });

  it("another department's cost center is 403 and changes nothing; over budget is 422", async () => {
    const before = await travelBudget(hr, 'cc-c1-01');
    const count = (await hr.get('/api/travel/trips?_limit=1')).headers.get('x-total-count');
    const r = await emp.post('/api/travel/trips', tripBody({ costCenterId: 'cc-c1-01' }));
    assert.ok(isProblem(r, 403, 'FORBIDDEN'), JSON.stringify(r.body));
    const own = await travelBudget();
    const over = await emp.post(
      '/api/travel/trips',
      tripBody({ estimatedFen: own.availableFen + 1 }),
    );
    assert.ok(isProblem(over, 422, 'BUDGET_EXCEEDED'), JSON.stringify(over.body));
    assert.deepEqual(await travelBudget(hr, 'cc-c1-01'), before);
    assert.deepEqual(await travelBudget(), own);
    assert.equal((await hr.get('/api/travel/trips?_limit=1')).headers.get('x-total-count'), count);
  });

  it('bad input is 400 and changes nothing', async () => {
    const own = await travelBudget();
    for (const body of [
      { ...tripBody(), destination: undefined },
      tripBody({ destinations: ['HGH'] }),
      tripBody({ purpose: ' ' }),
      tripBody({ estimatedFen: 0 }),
      tripBody({ estimatedFen: 1.5 }),
      tripBody({ travellerIds: ['u-c2-employee'] }),
      tripBody({ costCenterId: 'cc-c2-01' }),
      tripBody({ endDate: '2026-09-30' }),
      tripBody({ extra: true }),
    ]) {
      const r = await emp.post('/api/travel/trips', body);
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify([body, r.body]));
    }
    const noKey = await emp.post('/api/travel/trips', tripBody(), false);
    assert.ok(isProblem(noKey, 400, 'VALIDATION_FAILED'));
    assert.deepEqual(await travelBudget(), own);
  });

  it('two requests at once on a budget that holds one: one 201, one 422, budget never negative', async () => {
    const own = await travelBudget();
    const half = Math.floor(own.availableFen / 2) + 1;
    const rs = await Promise.all(
      [1, 2].map(() => emp.post('/api/travel/trips', tripBody({ estimatedFen: half }))),
    );
    assert.deepEqual(rs.map((r) => r.status).sort(), [201, 422]);
    const after = await travelBudget();
    assert.equal(after.committedFen, own.committedFen + half);
    assert.ok(after.availableFen >= 0);
    const ok = rs.find((r) => r.status === 201)!;
    assert.equal((await emp.post(`/api/travel/trips/${ok.body.id}/cancel`, {}, false)).status, 200);
  });

  it('tenancy: another company sees none of it; lists hold the own trips', async () => {
    const t = await emp.post('/api/travel/trips', tripBody());
    for (const path of [
      `/api/travel/trips/${t.body.id}`,
      `/api/travel/trips/${t.body.id}/statement`,
    ])
      assert.ok(isProblem(await empC2.get(path), 404, 'NOT_FOUND'), path);
    assert.ok(isProblem(await hrC2.get(`/api/travel/trips/${t.body.id}`), 404, 'NOT_FOUND'));
    assert.ok(isProblem(await buyer.get(`/api/travel/trips/${t.body.id}`), 404, 'NOT_FOUND'));
    assert.equal((await hr.get(`/api/travel/trips/${t.body.id}`)).status, 200, 'hr reads any');
    assert.equal((await empC2.get('/api/travel/trips')).body.length, 0);
    const mine = (await emp.get('/api/travel/trips')).body;
    assert.ok(
      mine.length >= 1 && mine.every((x: { requesterId: string }) => x.requesterId === emp.id),
    );
    assert.ok(
      isProblem(
        await empC2.post(`/api/travel/trips/${t.body.id}/cancel`, {}, false),
        404,
        'NOT_FOUND',
      ),
    );
  });

  it('a rejected trip releases its estimate; a cancelled one too', async () => {
    const before = await travelBudget();
    const t = await emp.post('/api/travel/trips', tripBody({ estimatedFen: 111_000 }));
    await approveTrip(t.body.id, hr, 'reject');
    const rejected = await emp.get(`/api/travel/trips/${t.body.id}`);
    assert.equal(rejected.body.status, 'rejected');
    const note = (await emp.get('/api/notifications')).body.find(
      (n: { subjectId: string }) => n.subjectId === t.body.id,
    );
    assert.equal(note.kind, 'trip_rejected', 'the requester is told');
    assert.equal(rejected.body.committedFen, 0);
    const c = await emp.post('/api/travel/trips', tripBody({ estimatedFen: 99_000 }));
    const cancelled = await emp.post(`/api/travel/trips/${c.body.id}/cancel`, {}, false);
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.deepEqual((await travelBudget()).committedFen, before.committedFen);
    const tasks = (await hr.get('/api/approvals?subjectType=trip&status=pending')).body;
    assert.ok(!tasks.some((x: { subjectId: string }) => x.subjectId === c.body.id));
  });
});

describe('search', () => {
  let tripId: string;
  before(async () => {
    tripId = (await newApprovedTrip()).id;
  });

  it('only for an approved trip of the caller', async () => {
    const pending = await emp.post('/api/travel/trips', tripBody());
    const q = `from=SHA&to=BJS&date=${START}`;
    assert.ok(
      isProblem(
        await emp.get(`/api/travel/flights?tripId=${pending.body.id}&${q}`),
        409,
        'NOT_ALLOWED_IN_STATE',
      ),
    );
    assert.ok(
      isProblem(await buyer.get(`/api/travel/flights?tripId=${tripId}&${q}`), 404, 'NOT_FOUND'),
    );
    assert.ok(
      isProblem(await hr.get(`/api/travel/flights?tripId=${tripId}&${q}`), 404, 'NOT_FOUND'),
    );
    assert.ok(
      isProblem(await empC2.get(`/api/travel/flights?tripId=${tripId}&${q}`), 404, 'NOT_FOUND'),
    );
    assert.ok(isProblem(await emp.get(`/api/travel/flights?${q}`), 400, 'VALIDATION_FAILED'));
  });

  it('flights: deterministic, in policy first, one best in policy, reasons for the rest', async () => {
    const path = `/api/travel/flights?tripId=${tripId}&from=SHA&to=BJS&date=${START}`;
    const a = await emp.get(path);
    const b = await emp.get(path);
    assert.equal(a.status, 200);
    assert.deepEqual(a.body, b.body);
    assert.equal(a.headers.get('x-total-count'), String(a.body.length));
    const offers = a.body as {
      inPolicy: boolean;
      priceFen: number;
      bestInPolicy: boolean;
      policyViolations: unknown[];
      cabin: string;
    }[];
    assert.ok(offers.some((o) => o.inPolicy) && offers.some((o) => !o.inPolicy));
    const firstOut = offers.findIndex((o) => !o.inPolicy);
    assert.ok(
      offers.slice(firstOut).every((o) => !o.inPolicy),
      'in policy first',
    );
    const inPol = offers.filter((o) => o.inPolicy);
    assert.deepEqual(
      inPol.map((o) => o.priceFen),
      [...inPol.map((o) => o.priceFen)].sort((x, y) => x - y),
    );
    assert.equal(offers.filter((o) => o.bestInPolicy).length, 1);
    assert.equal(offers[0].bestInPolicy, true);
    assert.ok(offers.every((o) => o.inPolicy === (o.policyViolations.length === 0)));
    assert.ok(
      offers.filter((o) => o.cabin === 'business').every((o) => !o.inPolicy),
      'business class is above the standard policy',
    );
  });

  it('flight filters: airline, time window, direct, cabin, in policy only', async () => {
    const base = `/api/travel/flights?tripId=${tripId}&from=SHA&to=BJS&date=${START}`;
    const all = (await emp.get(base)).body as {
      airlineCode: string;
      departTime: string;
      stops: number;
      cabin: string;
      inPolicy: boolean;
    }[];
    const airline = all[0].airlineCode;
    const byAirline = (await emp.get(`${base}&airline=${airline}`)).body;
    assert.ok(
      byAirline.length >= 1 &&
        byAirline.every((o: { airlineCode: string }) => o.airlineCode === airline),
    );
    const window = (await emp.get(`${base}&departAfter=09:00&departBefore=12:00`)).body;
    assert.ok(
      window.every(
        (o: { departTime: string }) => o.departTime >= '09:00' && o.departTime <= '12:00',
      ),
    );
    assert.equal(
      window.length,
      all.filter((o) => o.departTime >= '09:00' && o.departTime <= '12:00').length,
    );
    const direct = (await emp.get(`${base}&directOnly=true`)).body;
    assert.ok(direct.every((o: { stops: number }) => o.stops === 0));
    const econ = (await emp.get(`${base}&cabin=economy&inPolicyOnly=true`)).body;
    assert.ok(
      econ.every((o: { cabin: string; inPolicy: boolean }) => o.cabin === 'economy' && o.inPolicy),
    );
    for (const bad of [
      '&departAfter=25:00',
      '&directOnly=yes',
      '&cabin=first',
      '&airline=XX',
      '&date=2026-06-30',
      '&foo=1',
      '&date=2026-02-30',
    ])
      assert.ok(
        isProblem(
          await emp.get(
            base.replace(`&date=${START}`, '') +
              (bad.startsWith('&date') ? bad : `&date=${START}${bad}`),
          ),
          400,
          'VALIDATION_FAILED',
        ),
        bad,
      );
  });

  it('trains and hotels: filters and policy', async () => {
    const trains = await emp.get(
      `/api/travel/trains?tripId=${tripId}&from=SHA&to=BJS&date=${START}&trainType=G,D`,
    );
    assert.equal(trains.status, 200);
    assert.ok(trains.body.length > 0);
    assert.ok(trains.body.every((o: { trainType: string }) => o.trainType !== 'Z'));
    for (const o of trains.body as { seat: string; inPolicy: boolean }[])
      assert.equal(o.inPolicy, o.seat === 'second', 'standard policy: second class');
    const first = await emp.get(
      `/api/travel/trains?tripId=${tripId}&from=SHA&to=BJS&date=${START}&seat=first`,
    );
    assert.ok(
      first.body.every(
        (o: { seat: string; policyViolations: { code: string }[] }) =>
          o.seat === 'first' && o.policyViolations[0].code === 'SEAT_ABOVE_POLICY',
      ),
    );
    const hotels = await emp.get(
      `/api/travel/hotels?tripId=${tripId}&city=BJS&checkIn=${START}&checkOut=${END}`,
    );
    assert.equal(hotels.status, 200);
    for (const h of hotels.body as {
      nightlyFen: number[];
      inPolicy: boolean;
      nights: number;
      priceFen: number;
    }[]) {
      assert.equal(h.nights, 2);
      assert.equal(h.priceFen, h.nightlyFen[0] + h.nightlyFen[1]);
      assert.equal(h.inPolicy, Math.max(...h.nightlyFen) <= 60_000);
    }
    const stars = await emp.get(
      `/api/travel/hotels?tripId=${tripId}&city=BJS&checkIn=${START}&checkOut=${END}&stars=5&priceMax=200000`,
    );
    assert.ok(stars.body.every((h: { stars: number }) => h.stars === 5));
    for (const bad of [
      `&checkIn=${END}&checkOut=${START}`,
      '&checkIn=2026-06-10&checkOut=2026-06-12',
      `&checkIn=${START}&checkOut=${END}&stars=7`,
      `&checkIn=${START}&checkOut=${END}&priceMax=-1`,
    ])
      assert.ok(
        isProblem(
          await emp.get(`/api/travel/hotels?tripId=${tripId}&city=BJS${bad}`),
          400,
          'VALIDATION_FAILED',
        ),
        bad,
      );
  });
});

describe('bookings', () => {
  it('need an approved trip (409) and a reason when out of policy (422); nothing changed', async () => {
    const pending = await emp.post('/api/travel/trips', tripBody());
    const trip = await newApprovedTrip();
    const hotels = (
      await emp.get(
        `/api/travel/hotels?tripId=${trip.id}&city=BJS&checkIn=${START}&checkOut=${END}`,
      )
    ).body;
    const out = hotels.find((h: { inPolicy: boolean }) => !h.inPolicy);
    assert.ok(out, 'an out-of-policy hotel');
    const r409 = await emp.post('/api/travel/bookings', {
      tripId: pending.body.id,
      offerId: out.id,
    });
    assert.ok(isProblem(r409, 409, 'NOT_ALLOWED_IN_STATE'));
    const before = await travelBudget();
    const r422 = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: out.id });
    assert.ok(isProblem(r422, 422, 'OUT_OF_POLICY'), JSON.stringify(r422.body));
    const short = await emp.post('/api/travel/bookings', {
      tripId: trip.id,
      offerId: out.id,
      outOfPolicyReason: ' 会议 ',
    });
    assert.ok(isProblem(short, 400, 'VALIDATION_FAILED'));
    for (const body of [
      { tripId: trip.id, offerId: 'FL-SHA-BJS-20260622-XX0000-Y' },
      { tripId: trip.id, offerId: out.id.replace('20260622', '20260701') },
      { tripId: trip.id, offerId: `HT-${out.hotelId}-20260623-20260622` },
      { tripId: trip.id, offerId: `HT-${out.hotelId}-20260623-20260623` },
      { tripId: trip.id, offerId: `HT-${out.hotelId}-20260622-20260631` },
      { tripId: trip.id, offerId: out.id, travellerId: buyer.id, outOfPolicyReason: '会议酒店' },
      { tripId: trip.id },
    ])
      assert.ok(
        isProblem(await emp.post('/api/travel/bookings', body), 400, 'VALIDATION_FAILED'),
        JSON.stringify(body),
      );
    assert.ok(
      isProblem(
        await empC2.post('/api/travel/bookings', {
          tripId: trip.id,
          offerId: out.id,
          outOfPolicyReason: '会议酒店',
        }),
        404,
        'NOT_FOUND',
      ),
    );
    assert.ok(
      isProblem(
        await buyer.post('/api/travel/bookings', {
          tripId: trip.id,
          offerId: out.id,
          outOfPolicyReason: '会议酒店',
        }),
        404,
        'NOT_FOUND',
      ),
    );
    assert.deepEqual(await travelBudget(), before);
    assert.equal((await emp.get(`/api/travel/trips/${trip.id}`)).body.bookings.length, 0);

    const ok = await emp.post('/api/travel/bookings', {
      tripId: trip.id,
      offerId: out.id,
      outOfPolicyReason: ' 会议酒店 ',
    });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.inPolicy, false);
    assert.equal(ok.body.outOfPolicyReason, '会议酒店');
    assert.equal(ok.body.policyViolations[0].code, 'HOTEL_OVER_CAP');
    assert.equal(ok.body.status, 'confirmed');
    assert.equal(ok.body.trip.bookedFen, out.priceFen);
    const again = await emp.post('/api/travel/bookings', {
      tripId: trip.id,
      offerId: out.id,
      outOfPolicyReason: '会议酒店',
    });
    assert.ok(isProblem(again, 409, 'NOT_ALLOWED_IN_STATE'), 'the same offer twice');
  });

  it('are idempotent: the same key and body answer the first booking again', async () => {
    const trip = await newApprovedTrip();
    const train = (
      await emp.get(
        `/api/travel/trains?tripId=${trip.id}&from=SHA&to=BJS&date=${START}&inPolicyOnly=true`,
      )
    ).body[0];
    const k = key();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        emp.post('/api/travel/bookings', { tripId: trip.id, offerId: train.id }, k),
      ),
    );
    assert.ok(results.every((r) => r.status === 201));
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    const detail = await emp.get(`/api/travel/trips/${trip.id}`);
    assert.equal(detail.body.bookings.length, 1);
    assert.equal(detail.body.bookedFen, train.priceFen);
    assert.equal(
      detail.body.committedFen,
      trip.estimatedFen,
      'within the estimate: nothing more committed',
    );
  });

  it('above the approved estimate + 10 %: held, trip back to approval; approval confirms, rejection drops', async () => {
    const trip = await newApprovedTrip(emp, { estimatedFen: 50_000 });
    const hotels = (
      await emp.get(
        `/api/travel/hotels?tripId=${trip.id}&city=BJS&checkIn=${START}&checkOut=${END}`,
      )
    ).body;
    const cheap = hotels.filter((h: { inPolicy: boolean }) => h.inPolicy).at(-1);
    const before = await travelBudget();
    const r = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: cheap.id });
    assert.equal(r.status, 201);
    assert.ok(cheap.priceFen > 55_000);
    assert.equal(r.body.status, 'pending_approval');
    assert.equal(r.body.trip.status, 'pending_approval');
    assert.equal(r.body.trip.reapproval, true);
    assert.equal(r.body.trip.committedFen, cheap.priceFen);
    assert.equal(
      (await travelBudget()).committedFen,
      before.committedFen + cheap.priceFen - 50_000,
    );
    // no more bookings while it waits
    const blocked = await emp.post('/api/travel/bookings', {
      tripId: trip.id,
      offerId: hotels[0].id,
      outOfPolicyReason: '会议酒店',
    });
    assert.ok(isProblem(blocked, 409, 'NOT_ALLOWED_IN_STATE'));
    const task = await approveTrip(trip.id);
    assert.equal(task.amountFen, cheap.priceFen);
    const approved = await emp.get(`/api/travel/trips/${trip.id}`);
    assert.equal(approved.body.status, 'approved');
    assert.equal(approved.body.approvedEstimateFen, cheap.priceFen);
    assert.equal(approved.body.bookings[0].status, 'confirmed');

    // a second over-estimate booking, rejected this time: dropped, money back
    const flight = (
      await emp.get(
        `/api/travel/flights?tripId=${trip.id}&from=SHA&to=BJS&date=${START}&cabin=economy&inPolicyOnly=true`,
      )
    ).body[0];
    const held = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: flight.id });
    assert.equal(held.body.status, 'pending_approval');
    await approveTrip(trip.id, hr2, 'reject');
    const after = await emp.get(`/api/travel/trips/${trip.id}`);
    assert.equal(after.body.status, 'approved');
    assert.equal(after.body.bookedFen, cheap.priceFen);
    assert.equal(after.body.committedFen, cheap.priceFen);
    assert.equal(
      after.body.bookings.find((b: { id: string }) => b.id === held.body.id).status,
      'cancelled',
    );
    assert.equal(
      (await travelBudget()).committedFen,
      before.committedFen + cheap.priceFen - 50_000,
    );
  });

  it('cancelling releases the money minus the stated fee (spent)', async () => {
    const trip = await newApprovedTrip(emp, { estimatedFen: 300_000 });
    const flights = (
      await emp.get(
        `/api/travel/flights?tripId=${trip.id}&from=SHA&to=BJS&date=${START}&inPolicyOnly=true`,
      )
    ).body;
    const f = flights.find((o: { cancellationFeeFen: number }) => o.cancellationFeeFen > 0);
    const b = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: f.id });
    const before = await travelBudget();
    const c = await emp.post(`/api/travel/bookings/${b.body.id}/cancel`, {}, false);
    assert.equal(c.status, 200, JSON.stringify(c.body));
    assert.equal(c.body.status, 'cancelled');
    assert.equal(c.body.feeFen, f.cancellationFeeFen);
    assert.equal(c.body.trip.feesFen, f.cancellationFeeFen);
    assert.equal(c.body.trip.committedFen, 300_000 - f.cancellationFeeFen);
    const after = await travelBudget();
    assert.equal(after.spentFen, before.spentFen + f.cancellationFeeFen);
    assert.equal(after.committedFen, before.committedFen - f.cancellationFeeFen);
    assert.ok(
      isProblem(
        await emp.post(`/api/travel/bookings/${b.body.id}/cancel`, {}, false),
        409,
        'NOT_ALLOWED_IN_STATE',
      ),
    );
    assert.ok(
      isProblem(
        await empC2.post(`/api/travel/bookings/${b.body.id}/cancel`, {}, false),
        404,
        'NOT_FOUND',
      ),
    );
    assert.ok(
      isProblem(await emp.post('/api/travel/bookings/BK-none/cancel', {}, false), 404, 'NOT_FOUND'),
    );
  });

  it('a traveller books on the trip; only the requester cancels or closes it (403)', async () => {
    const trip = await newApprovedTrip(emp, { travellerIds: [emp.id, buyer.id] });
    const train = (
      await buyer.get(
        `/api/travel/trains?tripId=${trip.id}&from=SHA&to=BJS&date=${START}&inPolicyOnly=true`,
      )
    ).body[0];
    const b = await buyer.post('/api/travel/bookings', { tripId: trip.id, offerId: train.id });
    assert.equal(b.status, 201);
    assert.equal(b.body.travellerId, buyer.id);
    assert.equal(b.body.bookedBy, buyer.id);
    // the requester books the same train for the other traveller
    const b2 = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: train.id });
    assert.equal(b2.body.travellerId, emp.id);
    for (const path of [
      `/api/travel/trips/${trip.id}/cancel`,
      `/api/travel/trips/${trip.id}/close`,
    ])
      assert.ok(isProblem(await buyer.post(path, {}, false), 403, 'FORBIDDEN'), path);
    assert.equal(
      (await buyer.get('/api/travel/trips')).body.some((t: { id: string }) => t.id === trip.id),
      true,
    );
    // two cancellations at once: one cancels (fee once), the other is 409
    const rs = await Promise.all(
      [1, 2].map(() => emp.post(`/api/travel/bookings/${b2.body.id}/cancel`, {}, false)),
    );
    assert.deepEqual(rs.map((r) => r.status).sort(), [200, 409]);
    const after = (await emp.get(`/api/travel/trips/${trip.id}`)).body;
    assert.equal(after.feesFen, train.cancellationFeeFen);
  });

  it('concurrent bookings never take the budget below zero', async () => {
    const budget = await travelBudget();
    // Leave ¥1,500 available: one trip takes almost everything, the next one estimates ¥500.
    const filler = await emp.post(
      '/api/travel/trips',
      tripBody({ estimatedFen: budget.availableFen - 200_000 }),
    );
    assert.equal(filler.status, 201, JSON.stringify(filler.body));
    const trip = await newApprovedTrip(emp, { estimatedFen: 50_000 });
    const offers = [
      ...(
        await emp.get(
          `/api/travel/hotels?tripId=${trip.id}&city=BJS&checkIn=${START}&checkOut=${END}`,
        )
      ).body,
      ...(await emp.get(`/api/travel/flights?tripId=${trip.id}&from=SHA&to=BJS&date=${START}`))
        .body,
    ].slice(0, 12);
    const results = await Promise.all(
      offers.map((o: { id: string }) =>
        emp.post('/api/travel/bookings', {
          tripId: trip.id,
          offerId: o.id,
          outOfPolicyReason: '客户要求',
        }),
      ),
    );
    const okCount = results.filter((r) => r.status === 201).length;
    const refused = results.filter(
      (r) => isProblem(r, 422, 'BUDGET_EXCEEDED') || isProblem(r, 409, 'NOT_ALLOWED_IN_STATE'),
    ).length;
    assert.equal(okCount + refused, offers.length, JSON.stringify(results.map((r) => r.status)));
    assert.ok(okCount >= 1 && refused >= 1);
    const after = await travelBudget();
    assert.ok(after.availableFen >= 0);
    const detail = (await emp.get(`/api/travel/trips/${trip.id}`)).body;
    const active = detail.bookings.filter((b: { status: string }) => b.status !== 'cancelled');
    assert.equal(
      detail.bookedFen,
      active.reduce((s: number, b: { priceFen: number }) => s + b.priceFen, 0),
    );
    // the whole budget's commitment is the trips' commitments
    const trips = (await hr.get('/api/travel/trips?costCenterId=cc-c1-07&_limit=100')).body;
    assert.equal(
      after.committedFen,
      trips.reduce((s: number, t: { committedFen: number }) => s + t.committedFen, 0),
    );
    await emp.post(`/api/travel/trips/${filler.body.id}/cancel`, {}, false);
  });
});

describe('closing and settlement', () => {
  it('closes once started: booked → spent, the rest released, statement with reasons', async () => {
    const later = await newApprovedTrip();
    assert.ok(
      isProblem(
        await emp.post(`/api/travel/trips/${later.id}/close`, {}, false),
        409,
        'NOT_ALLOWED_IN_STATE',
      ),
      'before the start',
    );
    // A trip under way (it starts today): it can be closed.
    const trip = await newApprovedTrip(emp, {
      estimatedFen: 400_000,
      startDate: TODAY,
      endDate: '2026-06-17',
    });
    const train = (
      await emp.get(
        `/api/travel/trains?tripId=${trip.id}&from=SHA&to=BJS&date=${TODAY}&inPolicyOnly=true`,
      )
    ).body[0];
    const hotel = (
      await emp.get(
        `/api/travel/hotels?tripId=${trip.id}&city=BJS&checkIn=${TODAY}&checkOut=2026-06-17`,
      )
    ).body.find((h: { inPolicy: boolean }) => !h.inPolicy);
    await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: train.id });
    await emp.post('/api/travel/bookings', {
      tripId: trip.id,
      offerId: hotel.id,
      outOfPolicyReason: '会议酒店',
    });
    assert.ok(
      isProblem(
        await emp.get(`/api/travel/trips/${trip.id}/statement`),
        409,
        'NOT_ALLOWED_IN_STATE',
      ),
    );
    const before = await travelBudget();
    {
      assert.ok(
        isProblem(
          await empC2.post(`/api/travel/trips/${trip.id}/close`, {}, false),
          404,
          'NOT_FOUND',
        ),
      );
      const c = await emp.post(`/api/travel/trips/${trip.id}/close`, {}, false);
      assert.equal(c.status, 200, JSON.stringify(c.body));
      const booked = train.priceFen + hotel.priceFen;
      assert.equal(c.body.status, 'closed');
      assert.equal(c.body.statement.actualFen, booked);
      assert.equal(c.body.statement.releasedFen, 400_000 - booked);
      assert.equal(c.body.statement.outOfPolicyCount, 1);
      const out = c.body.statement.bookings.find((b: { inPolicy: boolean }) => !b.inPolicy);
      assert.deepEqual(
        [out.violationCodes, out.outOfPolicyReason],
        [['HOTEL_OVER_CAP'], '会议酒店'],
      );
      const after = await travelBudget();
      assert.equal(after.spentFen, before.spentFen + booked);
      assert.equal(after.committedFen, before.committedFen - 400_000);
      const s = await emp.get(`/api/travel/trips/${trip.id}/statement`);
      assert.equal(s.body.tripId, trip.id);
      assert.equal((await hr.get(`/api/travel/trips/${trip.id}/statement`)).status, 200);
      assert.ok(
        isProblem(
          await emp.post(`/api/travel/trips/${trip.id}/close`, {}, false),
          409,
          'NOT_ALLOWED_IN_STATE',
        ),
      );
      const bk = c.body.bookings[0].id;
      assert.ok(
        isProblem(
          await emp.post(`/api/travel/bookings/${bk}/cancel`, {}, false),
          409,
          'NOT_ALLOWED_IN_STATE',
        ),
      );
    }
  });
});

describe('the clock', () => {
  it('an offer of a day already past cannot be booked', async () => {
    const trip = await newApprovedTrip(emp, { startDate: TODAY, endDate: '2026-06-17' });
    const today = (
      await emp.get(`/api/travel/trains?tripId=${trip.id}&from=SHA&to=BJS&date=${TODAY}`)
    ).body[0];
    const t0 = api.clock.now;
    try {
      // 16:00 → 21:00 → 02:00 the next day in China (two steps: sessions end after 8 idle hours)
      api.clock.now = t0 + 5 * 3_600_000;
      assert.equal((await emp.get('/api/travel/policy')).status, 200);
      api.clock.now = t0 + 10 * 3_600_000;
      const r = await emp.post('/api/travel/bookings', { tripId: trip.id, offerId: today.id });
      assert.ok(isProblem(r, 400, 'VALIDATION_FAILED'), JSON.stringify(r.body));
      assert.equal(r.body.errors[0].path, 'offerId');
    } finally {
      api.clock.now = t0;
    }
  });
});

describe('policy edits (admin)', () => {
  const cmd = (version: number, extra: Record<string, unknown> = {}) => ({
    name: '标准差旅标准',
    nameEn: 'Standard travel policy',
    appliesToRoles: ['employee', 'buyer', 'hr'],
    flightCabin: 'economy',
    maxFarePercent: 70,
    lowestLogicalFare: { windowMinutes: 120, toleranceFen: 20_000, tolerancePercent: 10 },
    trainSeat: 'first',
    hotelCapFenByTier: { '1': 90_000, '2': 50_000, '3': 40_000, '4': 30_000 },
    advanceBookingDays: 3,
    version,
    ...extra,
  });

  it('other roles 403, another company 404, bad input 400, stale version 409', async () => {
    for (const c of [emp, hr, buyer])
      assert.ok(
        isProblem(await c.put('/api/travel/policies/tp-c1-standard', cmd(1)), 403, 'FORBIDDEN'),
      );
    assert.ok(
      isProblem(await admin.put('/api/travel/policies/tp-c2-standard', cmd(1)), 404, 'NOT_FOUND'),
    );
    for (const bad of [
      cmd(1, { flightCabin: 'first' }),
      cmd(1, { hotelCapFenByTier: { '1': 1 } }),
      cmd(1, { maxFarePercent: 5 }),
      cmd(1, { x: 1 }),
    ])
      assert.ok(
        isProblem(
          await admin.put('/api/travel/policies/tp-c1-standard', bad),
          400,
          'VALIDATION_FAILED',
        ),
      );
    assert.ok(
      isProblem(
        await admin.put('/api/travel/policies/tp-c1-standard', cmd(7)),
        409,
        'VERSION_CONFLICT',
      ),
    );
    assert.equal((await emp.get('/api/travel/policy')).body.version, 1);
  });

  it('preview: what a sample trip would allow under unsaved rules (admin only)', async () => {
    const { name: _n, nameEn: _e, appliesToRoles: _r, version: _v, ...rules } = cmd(1);
    const sample = { destinations: ['BJS'], startDate: START, endDate: END };
    const strict = await admin.post('/api/travel/policies/preview', { rules, ...sample }, false);
    assert.equal(strict.status, 200, JSON.stringify(strict.body));
    assert.equal(strict.body.estimate.policyId, 'preview');
    assert.equal(strict.body.estimate.hotelFen, 2 * 90_000, 'the unsaved tier-1 cap');
    const loose = await admin.post(
      '/api/travel/policies/preview',
      {
        rules: { ...rules, flightCabin: 'business', maxFarePercent: null, lowestLogicalFare: null },
        ...sample,
      },
      false,
    );
    const [s0, l0] = [strict.body.journeys[0].flights, loose.body.journeys[0].flights];
    assert.equal(s0.offers, l0.offers);
    assert.ok(l0.inPolicy > s0.inPolicy, 'looser rules allow more flights');
    assert.ok(strict.body.stays[0].hotels.offers > 0);
    assert.equal((await emp.get('/api/travel/policy')).body.version, 1, 'nothing saved');
    for (const c of [emp, hr])
      assert.ok(
        isProblem(
          await c.post('/api/travel/policies/preview', { rules, ...sample }, false),
          403,
          'FORBIDDEN',
        ),
      );
    assert.ok(
      isProblem(
        await admin.post(
          '/api/travel/policies/preview',
          { policyId: 'tp-c2-standard', rules, ...sample },
          false,
        ),
        404,
        'NOT_FOUND',
      ),
    );
    for (const bad of [
      { rules, ...sample, destinations: ['XXX'] },
      { rules: { ...rules, trainSeat: 'sleeper' }, ...sample },
      { ...sample },
    ])
      assert.ok(
        isProblem(
          await admin.post('/api/travel/policies/preview', bad, false),
          400,
          'VALIDATION_FAILED',
        ),
      );
  });

  it('a new policy applies to new trips; existing trips and bookings keep theirs', async () => {
    const old = await newApprovedTrip();
    const r = await admin.put('/api/travel/policies/tp-c1-standard', cmd(1));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.version, 2);
    assert.equal(r.body.trainSeat, 'first');
    const oldTrains = (
      await emp.get(`/api/travel/trains?tripId=${old.id}&from=SHA&to=BJS&date=${START}&seat=first`)
    ).body;
    assert.ok(
      oldTrains.every((o: { inPolicy: boolean }) => !o.inPolicy),
      'the old trip keeps second class',
    );
    const fresh = await newApprovedTrip();
    const newTrains = (
      await emp.get(
        `/api/travel/trains?tripId=${fresh.id}&from=SHA&to=BJS&date=${START}&seat=first`,
      )
    ).body;
    assert.ok(newTrains.length && newTrains.every((o: { inPolicy: boolean }) => o.inPolicy));
    assert.equal(
      (await emp.get(`/api/travel/trips/${old.id}`)).body.policy.rules.trainSeat,
      'second',
    );
  });
});

describe('reports (hr, admin)', () => {
  let tripId: string;
  let hotelPrice: number;
  before(async () => {
    // A trip on the buyer's cost center (cc-c1-02) with one in-policy train and one hotel over the cap.
    const trip = await newApprovedTrip(buyer);
    tripId = trip.id;
    const train = (
      await buyer.get(
        `/api/travel/trains?tripId=${trip.id}&from=SHA&to=BJS&date=${START}&inPolicyOnly=true`,
      )
    ).body[0];
    const hotel = (
      await buyer.get(
        `/api/travel/hotels?tripId=${trip.id}&city=BJS&checkIn=${START}&checkOut=${END}`,
      )
    ).body.find((h: { inPolicy: boolean }) => !h.inPolicy);
    hotelPrice = hotel.priceFen;
    assert.equal(
      (await buyer.post('/api/travel/bookings', { tripId, offerId: train.id })).status,
      201,
    );
    const h = await buyer.post('/api/travel/bookings', {
      tripId,
      offerId: hotel.id,
      outOfPolicyReason: '=HYPERLINK("x")',
    });
    assert.equal(h.status, 201);
  });

  it('monthly statement per cost center: CSV rows, total, no formula injection', async () => {
    const r = await hr.get('/api/travel/reports/statement?costCenterId=cc-c1-02&month=2026-06');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      r.headers.get('content-disposition') ?? '',
      /attachment; filename="travel-statement-C1-CC102-2026-06\.csv"/,
    );
    const raw = await fetch(
      `${api.base}/api/travel/reports/statement?costCenterId=cc-c1-02&month=2026-06`,
      {
        headers: { authorization: `Bearer ${await api.token('hr@c1.example')}` },
      },
    );
    assert.deepEqual(
      [...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)],
      [0xef, 0xbb, 0xbf],
      'a UTF-8 BOM for Excel',
    );
    const lines = r.text.trim().split('\r\n');
    assert.equal(lines.length, 4, 'header, two bookings, total');
    assert.ok(lines.some((l) => l.includes(tripId) && l.includes('HOTEL_OVER_CAP')));
    assert.ok(
      lines.some((l) => l.includes(`"'=HYPERLINK(""x"")"`)),
      'the reason is neutralised',
    );
    assert.ok(!lines.some((l) => /(^|,)=/.test(l)));
    assert.ok(lines.at(-1)!.startsWith('合计 Total'));
    // other months and cost centers are empty
    const other = await admin.get(
      '/api/travel/reports/statement?costCenterId=cc-c1-02&month=2026-05',
    );
    assert.equal(other.text.trim().split('\r\n').length, 2);
  });

  it('statement: other roles 403, another company 404, bad input 400', async () => {
    for (const c of [emp, buyer])
      assert.ok(
        isProblem(
          await c.get('/api/travel/reports/statement?costCenterId=cc-c1-02&month=2026-06'),
          403,
          'FORBIDDEN',
        ),
      );
    assert.ok(
      isProblem(
        await hrC2.get('/api/travel/reports/statement?costCenterId=cc-c1-02&month=2026-06'),
        404,
        'NOT_FOUND',
      ),
    );
    for (const q of [
      'costCenterId=cc-c1-02',
      'month=2026-06',
      'costCenterId=cc-c1-02&month=2026-13',
      'costCenterId=cc-c1-02&month=2026-06&x=1',
    ])
      assert.ok(
        isProblem(await hr.get(`/api/travel/reports/statement?${q}`), 400, 'VALIDATION_FAILED'),
        q,
      );
  });

  it('travel report: spend by cost center and month, out-of-policy rate with reasons, savings, routes', async () => {
    const r = await hr.get('/api/travel/reports/summary?year=2026');
    assert.equal(r.status, 200);
    const row = r.body.spend.find((s: { costCenterId: string }) => s.costCenterId === 'cc-c1-02');
    assert.equal(row.month, '2026-06');
    assert.equal(row.bookings, 2);
    assert.ok(row.spentFen >= hotelPrice);
    assert.ok(r.body.policy.outOfPolicy >= 1);
    assert.equal(
      r.body.policy.outOfPolicyPerMille,
      Math.round((r.body.policy.outOfPolicy * 1000) / r.body.policy.bookings),
    );
    assert.ok(
      r.body.policy.reasons.some((x: { reason: string }) => x.reason === '=HYPERLINK("x")'),
    );
    assert.ok(r.body.policy.violations.some((x: { code: string }) => x.code === 'HOTEL_OVER_CAP'));
    assert.equal(
      r.body.savings.missedSavingsFen,
      r.body.savings.paidFen - r.body.savings.lowestFareFen,
    );
    assert.ok(r.body.savings.missedSavingsFen > 0);
    assert.ok(
      r.body.topRoutes.some(
        (x: { from: string; to: string }) => x.from === 'SHA' && x.to === 'BJS',
      ),
    );
    const only = await admin.get('/api/travel/reports/summary?year=2026&costCenterId=cc-c1-02');
    assert.ok(
      only.body.spend.every((s: { costCenterId: string }) => s.costCenterId === 'cc-c1-02'),
    );
    const c2 = await hrC2.get('/api/travel/reports/summary?year=2026');
    assert.deepEqual(
      [c2.body.spend, c2.body.policy.bookings],
      [[], 0],
      'another company sees nothing of c1',
    );
    const empty = await hr.get('/api/travel/reports/summary?year=2025');
    assert.equal(empty.body.policy.outOfPolicyPerMille, 0);
    const csv = await hr.get('/api/travel/reports/spend?year=2026');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.ok(csv.text.includes('C1-CC102'));
    for (const c of [emp, buyer]) {
      assert.ok(isProblem(await c.get('/api/travel/reports/summary'), 403, 'FORBIDDEN'));
      assert.ok(isProblem(await c.get('/api/travel/reports/spend'), 403, 'FORBIDDEN'));
    }
    for (const q of ['year=26', 'year=2026&x=1'])
      assert.ok(
        isProblem(await hr.get(`/api/travel/reports/summary?${q}`), 400, 'VALIDATION_FAILED'),
        q,
      );
  });
});
