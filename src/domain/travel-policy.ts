// Travel policy evaluation, once for the app and the mock API (plain TypeScript, no Angular): is an offer
// within the caller's policy, and if not, why (a code plus parameters the app renders in its language).
//
// Rules: flight cabin; the highest fare as a percent of the cabin's full fare (70 = 7折), waived when no
// flight of the day in an allowed cabin is at or below it ("unless nothing else flies"); the lowest logical
// fare (in policy only within ¥X or Y % of the cheapest allowed-cabin flight departing within ±N minutes);
// minimum days of advance booking (flights); train seat class; hotel cap per night by city tier.
import type { Fen } from './money.ts';

export const FLIGHT_CABINS = ['economy', 'premium', 'business'] as const;
export type FlightCabin = (typeof FLIGHT_CABINS)[number];
export const TRAIN_SEATS = ['second', 'first', 'business'] as const;
export type TrainSeat = (typeof TRAIN_SEATS)[number];

/** City tiers of the hotel caps: 1 一线, 2 新一线, 3 二线, 4 其他. */
export const CITY_TIERS = ['1', '2', '3', '4'] as const;
export type CityTier = (typeof CITY_TIERS)[number];
export const CITY_TIER_NAMES: Record<CityTier, { name: string; nameEn: string }> = {
  '1': { name: '一线', nameEn: 'Tier 1' },
  '2': { name: '新一线', nameEn: 'New tier 1' },
  '3': { name: '二线', nameEn: 'Tier 2' },
  '4': { name: '其他', nameEn: 'Other' },
};

export interface LowestLogicalFareRule {
  /** Flights departing within this many minutes of the chosen one are compared (120 = ±2 h). */
  windowMinutes: number;
  /** In policy when at most this much above the cheapest … */
  toleranceFen: Fen;
  /** … or at most this many percent above it. */
  tolerancePercent: number;
}

/** The rules of a travel policy (the stored policy adds id, company, names and roles). */
export interface TravelPolicyRules {
  flightCabin: FlightCabin;
  /** Highest fare as a percent of the cabin's full fare (70 = 7折); null: no limit. */
  maxFarePercent: number | null;
  lowestLogicalFare: LowestLogicalFareRule | null;
  trainSeat: TrainSeat;
  hotelCapFenByTier: Record<CityTier, Fen>;
  /** Flights booked fewer days than this before departure are out of policy. */
  advanceBookingDays: number;
}

export type PolicyViolationCode =
  | 'CABIN_ABOVE_POLICY'
  | 'FARE_ABOVE_DISCOUNT_CAP'
  | 'NOT_LOWEST_LOGICAL_FARE'
  | 'TOO_LATE_TO_BOOK'
  | 'SEAT_ABOVE_POLICY'
  | 'HOTEL_OVER_CAP';

export interface PolicyViolation {
  code: PolicyViolationCode;
  params: Record<string, string | number>;
}

export interface PolicyVerdict {
  inPolicy: boolean;
  violations: PolicyViolation[];
}

/** What the evaluation needs of a flight offer. */
export interface FlightFare {
  id: string;
  /** Departure, minutes after local midnight. */
  departMinutes: number;
  cabin: FlightCabin;
  priceFen: Fen;
  /** The cabin's full (undiscounted) fare on this flight. */
  fullFareFen: Fen;
}

export interface TrainFare {
  id: string;
  seat: TrainSeat;
  priceFen: Fen;
}

export interface HotelStay {
  id: string;
  cityTier: CityTier;
  /** The price of each night, in order. */
  nightlyFen: readonly Fen[];
}

const rank = <T extends string>(list: readonly T[], v: T) => list.indexOf(v);

/** Percent of the full fare, rounded up (a fare of 70.2 % is above 7折). */
export function farePercent(priceFen: Fen, fullFareFen: Fen): number {
  return fullFareFen > 0 ? Math.ceil((priceFen * 100) / fullFareFen) : 100;
}

/** Days from `today` to `date` (both 'YYYY-MM-DD'); negative when the date is past. */
export function daysBetween(today: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/** The local date in China (UTC+8, no daylight saving) of an instant: travel dates are local dates. */
export function chinaDate(epochMs: number): string {
  return new Date(epochMs + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The highest price of the lowest logical fare rule around a departure, or null when nothing compares. */
export function lowestLogicalFareLimit(
  rules: TravelPolicyRules,
  departMinutes: number,
  sameDay: readonly FlightFare[],
): { cheapestFen: Fen; cheapestOfferId: string; limitFen: Fen } | null {
  const llf = rules.lowestLogicalFare;
  if (!llf) return null;
  const allowed = rank(FLIGHT_CABINS, rules.flightCabin);
  let cheapest: FlightFare | undefined;
  for (const f of sameDay) {
    if (rank(FLIGHT_CABINS, f.cabin) > allowed) continue;
    if (Math.abs(f.departMinutes - departMinutes) > llf.windowMinutes) continue;
    if (!cheapest || f.priceFen < cheapest.priceFen) cheapest = f;
  }
  if (!cheapest) return null;
  const limitFen = Math.max(
    cheapest.priceFen + llf.toleranceFen,
    Math.floor((cheapest.priceFen * (100 + llf.tolerancePercent)) / 100),
  );
  return { cheapestFen: cheapest.priceFen, cheapestOfferId: cheapest.id, limitFen };
}

/**
 * A flight offer against the policy. `sameDay`: every fare of the same route and day (the offer's own
 * included or not), for the discount waiver and the lowest logical fare. `daysAhead`: days from today
 * (China time) to the departure.
 */
export function evaluateFlight(
  rules: TravelPolicyRules,
  offer: FlightFare,
  ctx: { daysAhead: number; sameDay: readonly FlightFare[] },
): PolicyVerdict {
  const violations: PolicyViolation[] = [];
  const allowed = rank(FLIGHT_CABINS, rules.flightCabin);
  if (rank(FLIGHT_CABINS, offer.cabin) > allowed)
    violations.push({
      code: 'CABIN_ABOVE_POLICY',
      params: { cabin: offer.cabin, allowed: rules.flightCabin },
    });
  if (rules.maxFarePercent !== null) {
    const percent = farePercent(offer.priceFen, offer.fullFareFen);
    const max = rules.maxFarePercent;
    const somethingElseFlies = ctx.sameDay.some(
      (f) =>
        rank(FLIGHT_CABINS, f.cabin) <= allowed && farePercent(f.priceFen, f.fullFareFen) <= max,
    );
    if (percent > max && somethingElseFlies)
      violations.push({ code: 'FARE_ABOVE_DISCOUNT_CAP', params: { percent, maxPercent: max } });
  }
  const llf = lowestLogicalFareLimit(rules, offer.departMinutes, ctx.sameDay);
  if (llf && offer.priceFen > llf.limitFen)
    violations.push({ code: 'NOT_LOWEST_LOGICAL_FARE', params: llf });
  if (ctx.daysAhead < rules.advanceBookingDays)
    violations.push({
      code: 'TOO_LATE_TO_BOOK',
      params: { daysAhead: ctx.daysAhead, minDays: rules.advanceBookingDays },
    });
  return { inPolicy: violations.length === 0, violations };
}

export function evaluateTrain(rules: TravelPolicyRules, offer: TrainFare): PolicyVerdict {
  const violations: PolicyViolation[] =
    rank(TRAIN_SEATS, offer.seat) > rank(TRAIN_SEATS, rules.trainSeat)
      ? [{ code: 'SEAT_ABOVE_POLICY', params: { seat: offer.seat, allowed: rules.trainSeat } }]
      : [];
  return { inPolicy: violations.length === 0, violations };
}

/** A hotel stay: every night must be at or below the cap of the city's tier. */
export function evaluateHotel(rules: TravelPolicyRules, stay: HotelStay): PolicyVerdict {
  const capFen = rules.hotelCapFenByTier[stay.cityTier];
  const nightlyFen = Math.max(0, ...stay.nightlyFen);
  const violations: PolicyViolation[] =
    nightlyFen > capFen
      ? [{ code: 'HOTEL_OVER_CAP', params: { nightlyFen, capFen, tier: stay.cityTier } }]
      : [];
  return { inPolicy: violations.length === 0, violations };
}

/** The policy that applies to a user: the first policy naming their most senior role. */
export function policyForRoles<P extends { appliesToRoles: readonly string[] }>(
  policies: readonly P[],
  roles: readonly string[],
): P | undefined {
  for (const role of ['admin', 'hr', 'buyer', 'employee'])
    if (roles.includes(role)) {
      const p = policies.find((x) => x.appliesToRoles.includes(role));
      if (p) return p;
    }
  return undefined;
}

export interface EstimateInput {
  /** The typical in-policy fare of each journey (flight or train), per traveller. */
  journeysFen: readonly Fen[];
  /** Hotel nights per city tier. */
  stays: readonly { cityTier: CityTier; nights: number }[];
  travellers: number;
}

export interface TripEstimate {
  transportFen: Fen;
  hotelFen: Fen;
  totalFen: Fen;
}

/** The estimate the portal proposes: (typical fares + hotel cap × nights) × travellers. */
export function estimateTrip(rules: TravelPolicyRules, input: EstimateInput): TripEstimate {
  const n = Math.max(1, input.travellers);
  const transportFen = input.journeysFen.reduce((a, b) => a + b, 0) * n;
  const hotelFen =
    input.stays.reduce((a, s) => a + rules.hotelCapFenByTier[s.cityTier] * s.nights, 0) * n;
  return { transportFen, hotelFen, totalFen: transportFen + hotelFen };
}

/** A booking whose trip total goes above the approved estimate by more than this needs approval again. */
export const REAPPROVAL_PERCENT = 10;
/** Out-of-policy bookings need a reason of at least this many characters. */
export const MIN_REASON_LENGTH = 4;
/** Quick picks of the out-of-policy reason (free text is accepted as well). */
export const OUT_OF_POLICY_REASONS = ['会议酒店', '无合规航班', '客户要求', '行程变更'] as const;
