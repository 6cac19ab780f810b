// The offer generator of e差旅 (domain/travel-offers.ts) over a seeded inventory: deterministic, realistic,
// ids that re-derive their offer, ranking with one best in-policy offer.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { TravelPolicyRules } from '../../src/domain/travel-policy.ts';
import { generateCatalogDocument } from '../seed/generate.ts';
import { evaluateOffers, rankOffers, TravelInventory } from './travel-offers.ts';

let inv: TravelInventory;
const rules: TravelPolicyRules = {
  flightCabin: 'economy',
  maxFarePercent: 70,
  lowestLogicalFare: { windowMinutes: 120, toleranceFen: 20_000, tolerancePercent: 10 },
  trainSeat: 'second',
  hotelCapFenByTier: { '1': 60_000, '2': 50_000, '3': 40_000, '4': 30_000 },
  advanceBookingDays: 3,
};

before(() => {
  const doc = generateCatalogDocument({ seed: 'offers-test', skus: 10 }) as never as {
    cities: unknown[];
    flights: unknown[];
    trains: unknown[];
    hotels: unknown[];
  };
  inv = new TravelInventory(doc);
});

describe('travel offers', () => {
  it('the same query gives the same offers; another day other prices', () => {
    const a = inv.flightOffers('SHA', 'BJS', '2026-06-22');
    assert.deepEqual(inv.flightOffers('SHA', 'BJS', '2026-06-22'), a);
    const b = inv.flightOffers('SHA', 'BJS', '2026-06-23');
    assert.notDeepEqual(
      a.map((o) => o.priceFen),
      b.map((o) => o.priceFen),
    );
    assert.deepEqual(
      inv.hotelOffers('BJS', '2026-06-22', '2026-06-24'),
      inv.hotelOffers('BJS', '2026-06-22', '2026-06-24'),
    );
  });

  it('realistic flights: Shanghai–Beijing about 2 h 15, economy fares between 3折 and full fare', () => {
    const offers = inv.flightOffers('SHA', 'BJS', '2026-06-22').filter((o) => o.stops === 0);
    assert.ok(offers.length >= 8);
    for (const o of offers) {
      assert.ok(o.durationMin >= 120 && o.durationMin <= 150, `${o.flightNo} ${o.durationMin} min`);
      assert.ok(['SHA', 'PVG'].includes(o.fromAirport) && ['PEK', 'PKX'].includes(o.toAirport));
      assert.match(o.flightNo, /^(CA|MU|CZ|HU|ZH|3U|MF|FM|HO|9C)\d{4}$/);
      assert.ok(o.departTime >= '07:00' && o.departTime <= '22:00');
      if (o.cabin === 'economy') {
        assert.ok(o.farePercent >= 30 && o.farePercent <= 100, `${o.farePercent} %`);
        assert.ok(o.fullFareFen > 120_000 && o.fullFareFen < 200_000, 'Y ≈ ¥1,500');
      }
      assert.equal(o.priceFen % 1000, 0, 'whole ¥10');
    }
  });

  it('trains: G faster than D, Z overnight; second < first < business', () => {
    const t = inv.trainOffers('SHA', 'BJS', '2026-06-22');
    const g = t.find((o) => o.trainType === 'G')!;
    const d = t.find((o) => o.trainType === 'D')!;
    const z = t.find((o) => o.trainType === 'Z');
    assert.ok(g.durationMin < d.durationMin);
    assert.ok(g.durationMin >= 240 && g.durationMin <= 420, `G ${g.durationMin} min`);
    if (z) assert.ok(z.arrivesNextDay && z.departTime >= '18:00');
    const seats = t.filter((o) => o.trainNo === g.trainNo).map((o) => o.priceFen);
    assert.deepEqual(
      seats,
      [...seats].sort((x, y) => x - y),
    );
  });

  it('hotels: one price per night; ids re-derive their offer; a bad id names nothing', () => {
    const h = inv.hotelOffers('CTU', '2026-06-22', '2026-06-25');
    assert.ok(h.length >= 8);
    for (const o of h) {
      assert.equal(o.nightlyFen.length, 3);
      assert.equal(o.cityTier, '2');
      assert.deepEqual(inv.offer(o.id), o);
    }
    const f = inv.flightOffers('SHA', 'CTU', '2026-06-22');
    for (const o of f) assert.deepEqual(inv.offer(o.id), o);
    const t = inv.trainOffers('SHA', 'NKG', '2026-06-22');
    for (const o of t) assert.deepEqual(inv.offer(o.id), o);
    for (const bad of [
      'nope',
      `${h[0].id}x`,
      `HT-${h[0].hotelId}-20260625-20260622`,
      `HT-${h[0].hotelId}-20260230-20260302`,
      'FL-SHA-BJS-20260622-ZZ0000-Y',
    ])
      assert.equal(inv.offer(bad), undefined, bad);
  });

  it('ranking: in policy first then cheapest; exactly one best in policy', () => {
    const ranked = rankOffers(
      evaluateOffers(inv.flightOffers('SHA', 'BJS', '2026-06-22'), rules, '2026-06-15'),
    );
    const firstOut = ranked.findIndex((o) => !o.inPolicy);
    assert.ok(firstOut > 0);
    assert.ok(ranked.slice(firstOut).every((o) => !o.inPolicy));
    assert.equal(ranked.filter((o) => o.bestInPolicy).length, 1);
    assert.ok(ranked[0].bestInPolicy);
    assert.equal(
      ranked[0].priceFen,
      Math.min(...ranked.filter((o) => o.inPolicy).map((o) => o.priceFen)),
    );
    const none = rankOffers(
      evaluateOffers(inv.flightOffers('SHA', 'BJS', '2026-06-22'), rules, '2026-06-21'),
    );
    assert.ok(
      none.every((o) => !o.inPolicy && !o.bestInPolicy),
      'too late: nothing is best in policy',
    );
  });
});
