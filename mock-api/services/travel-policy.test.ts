// The travel policy evaluation of src/domain/travel-policy.ts (shared by the app and the API) on crafted offers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  chinaDate,
  daysBetween,
  estimateTrip,
  evaluateFlight,
  evaluateHotel,
  evaluateTrain,
  farePercent,
  policyForRoles,
  type FlightFare,
  type TravelPolicyRules,
} from '../../src/domain/travel-policy.ts';

const rules: TravelPolicyRules = {
  flightCabin: 'economy',
  maxFarePercent: 70,
  lowestLogicalFare: { windowMinutes: 120, toleranceFen: 20_000, tolerancePercent: 10 },
  trainSeat: 'second',
  hotelCapFenByTier: { '1': 60_000, '2': 50_000, '3': 40_000, '4': 30_000 },
  advanceBookingDays: 3,
};

const fare = (id: string, at: string, priceFen: number, extra: Partial<FlightFare> = {}) => {
  const [h, m] = at.split(':').map(Number);
  return {
    id,
    departMinutes: h * 60 + m,
    cabin: 'economy',
    priceFen,
    fullFareFen: 200_000,
    ...extra,
  } as FlightFare;
};
const codes = (v: { violations: { code: string }[] }) => v.violations.map((x) => x.code);

describe('flights', () => {
  it('an economy fare at 7折, booked in time, cheapest around: in policy', () => {
    const a = fare('a', '09:00', 140_000);
    const v = evaluateFlight(rules, a, { daysAhead: 3, sameDay: [a, fare('b', '15:00', 90_000)] });
    assert.deepEqual(v, { inPolicy: true, violations: [] });
  });

  it('cabin above the policy', () => {
    const b = fare('b', '09:00', 100_000, { cabin: 'business', fullFareFen: 600_000 });
    const v = evaluateFlight(rules, b, { daysAhead: 10, sameDay: [b] });
    assert.equal(v.inPolicy, false);
    assert.deepEqual(v.violations[0], {
      code: 'CABIN_ABOVE_POLICY',
      params: { cabin: 'business', allowed: 'economy' },
    });
    const premium = { ...rules, flightCabin: 'premium' as const };
    const p = fare('p', '09:00', 150_000, { cabin: 'premium', fullFareFen: 320_000 });
    assert.equal(evaluateFlight(premium, p, { daysAhead: 10, sameDay: [p] }).inPolicy, true);
  });

  it('above 7折 is out while another flight of the day is at or below it, waived when none is', () => {
    const a = fare('a', '09:00', 141_000); // 70.5 % → 71
    const cheap = fare('c', '20:00', 140_000);
    const v = evaluateFlight(rules, a, { daysAhead: 5, sameDay: [a, cheap] });
    assert.deepEqual(codes(v), ['FARE_ABOVE_DISCOUNT_CAP']);
    assert.deepEqual(v.violations[0].params, { percent: 71, maxPercent: 70 });
    // nothing else flies at ≤ 7折 (the only cheap one is business class, not allowed)
    const biz = fare('z', '20:00', 100_000, { cabin: 'business', fullFareFen: 600_000 });
    assert.equal(evaluateFlight(rules, a, { daysAhead: 5, sameDay: [a, biz] }).inPolicy, true);
    assert.equal(
      evaluateFlight({ ...rules, maxFarePercent: null }, a, { daysAhead: 5, sameDay: [a, cheap] })
        .inPolicy,
      true,
    );
    assert.equal(farePercent(140_000, 200_000), 70);
  });

  it('lowest logical fare: within ¥200 or 10 % of the cheapest departing ±2 h', () => {
    const noCap = { ...rules, maxFarePercent: null };
    const cheapest = fare('c', '10:00', 50_000);
    // limit = max(50,000 + 20,000, 55,000) = 70,000
    const ok = fare('a', '11:59', 70_000);
    const over = fare('b', '08:00', 70_010);
    assert.equal(
      evaluateFlight(noCap, ok, { daysAhead: 5, sameDay: [cheapest, ok] }).inPolicy,
      true,
    );
    const v = evaluateFlight(noCap, over, { daysAhead: 5, sameDay: [cheapest, over] });
    assert.deepEqual(v.violations, [
      {
        code: 'NOT_LOWEST_LOGICAL_FARE',
        params: { cheapestFen: 50_000, cheapestOfferId: 'c', limitFen: 70_000 },
      },
    ]);
    // a cheaper flight more than 2 h away does not count
    const far = fare('f', '14:00', 10_000);
    assert.equal(evaluateFlight(noCap, ok, { daysAhead: 5, sameDay: [far, ok] }).inPolicy, true);
    // the percent tolerance wins on expensive routes: cheapest 300,000 → limit 330,000
    const base = fare('x', '10:00', 300_000, { fullFareFen: 900_000 });
    const pct = fare('y', '10:30', 330_000, { fullFareFen: 900_000 });
    assert.equal(evaluateFlight(noCap, pct, { daysAhead: 5, sameDay: [base, pct] }).inPolicy, true);
    assert.equal(
      evaluateFlight(noCap, { ...pct, priceFen: 330_001 }, { daysAhead: 5, sameDay: [base, pct] })
        .inPolicy,
      false,
    );
  });

  it('too late to book: fewer days ahead than the policy asks', () => {
    const a = fare('a', '09:00', 100_000);
    const v = evaluateFlight(rules, a, { daysAhead: 2, sameDay: [a] });
    assert.deepEqual(v.violations, [
      { code: 'TOO_LATE_TO_BOOK', params: { daysAhead: 2, minDays: 3 } },
    ]);
    assert.equal(
      evaluateFlight({ ...rules, advanceBookingDays: 0 }, a, { daysAhead: 0, sameDay: [a] })
        .inPolicy,
      true,
    );
  });

  it('several reasons at once, in a stable order', () => {
    const b = fare('b', '09:00', 500_000, { cabin: 'business', fullFareFen: 600_000 });
    const e = fare('e', '09:30', 60_000);
    assert.deepEqual(codes(evaluateFlight(rules, b, { daysAhead: 0, sameDay: [b, e] })), [
      'CABIN_ABOVE_POLICY',
      'FARE_ABOVE_DISCOUNT_CAP',
      'NOT_LOWEST_LOGICAL_FARE',
      'TOO_LATE_TO_BOOK',
    ]);
  });
});

describe('trains and hotels', () => {
  it('seat class at or below the policy', () => {
    assert.equal(
      evaluateTrain(rules, { id: 't', seat: 'second', priceFen: 55_300 }).inPolicy,
      true,
    );
    assert.deepEqual(
      evaluateTrain(rules, { id: 't', seat: 'first', priceFen: 93_300 }).violations,
      [{ code: 'SEAT_ABOVE_POLICY', params: { seat: 'first', allowed: 'second' } }],
    );
    assert.equal(
      evaluateTrain({ ...rules, trainSeat: 'business' }, { id: 't', seat: 'business', priceFen: 1 })
        .inPolicy,
      true,
    );
  });

  it('hotel cap per night by city tier; the dearest night counts', () => {
    assert.equal(
      evaluateHotel(rules, { id: 'h', cityTier: '1', nightlyFen: [60_000, 55_000] }).inPolicy,
      true,
    );
    assert.deepEqual(
      evaluateHotel(rules, { id: 'h', cityTier: '4', nightlyFen: [28_000, 30_100] }).violations,
      [{ code: 'HOTEL_OVER_CAP', params: { nightlyFen: 30_100, capFen: 30_000, tier: '4' } }],
    );
    assert.equal(
      evaluateHotel(rules, { id: 'h', cityTier: '2', nightlyFen: [50_001] }).inPolicy,
      false,
    );
  });
});

describe('helpers', () => {
  it('dates are China dates; days between local dates', () => {
    assert.equal(chinaDate(Date.parse('2026-06-15T15:59:59Z')), '2026-06-15');
    assert.equal(chinaDate(Date.parse('2026-06-15T16:00:00Z')), '2026-06-16');
    assert.equal(daysBetween('2026-06-15', '2026-06-18'), 3);
    assert.equal(daysBetween('2026-06-15', '2026-06-14'), -1);
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
  });

  it('the policy of the most senior role', () => {
    const ps = [
      { id: 'std', appliesToRoles: ['employee', 'buyer', 'hr'] },
      { id: 'sen', appliesToRoles: ['admin'] },
    ];
    assert.equal(policyForRoles(ps, ['buyer'])?.id, 'std');
    assert.equal(policyForRoles(ps, ['employee', 'admin'])?.id, 'sen');
    assert.equal(policyForRoles(ps, ['guest']), undefined);
  });

  it('estimate: typical fares + hotel cap × nights, per traveller', () => {
    assert.deepEqual(
      estimateTrip(rules, {
        journeysFen: [80_000, 75_000],
        stays: [{ cityTier: '2', nights: 2 }],
        travellers: 2,
      }),
      { transportFen: 310_000, hotelFen: 200_000, totalFen: 510_000 },
    );
  });
});
