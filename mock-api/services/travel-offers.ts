// The deterministic offer generator of e差旅: the seeded schedules and hotels of the catalog file (real
// cities, airports, stations, airlines, hotel chains) priced per day by a PRNG keyed on the query, so the
// same query always gives the same offers. Every offer is evaluated against the caller's policy with
// src/domain/travel-policy.ts, ranked in policy first, then by price; the cheapest compliant offer is
// marked `bestInPolicy`. Offer ids encode what they were generated from, so a booking re-derives its offer.
import {
  daysBetween,
  evaluateFlight,
  evaluateHotel,
  evaluateTrain,
  type CityTier,
  type FlightCabin,
  type FlightFare,
  type TrainSeat,
  type TravelPolicyRules,
} from '../../src/domain/travel-policy.ts';
import type { FlightOffer, HotelOffer, Offer, TrainOffer } from '../../src/domain/index.ts';
import { createRng } from '../seed/prng.ts';

export interface CityRecord {
  code: string;
  name: string;
  nameEn: string;
  tier: CityTier;
  airports: { code: string; name: string; nameEn: string }[];
  station: { name: string; nameEn: string };
}

interface FlightSchedule {
  id: string;
  flightNo: string;
  airlineCode: string;
  airline: string;
  airlineEn: string;
  aircraft: string;
  from: string;
  fromAirport: string;
  to: string;
  toAirport: string;
  departTime: string;
  arriveTime: string;
  arrivesNextDay: boolean;
  durationMin: number;
  fullFares: { economy: number; premium: number | null; business: number };
}

interface TrainSchedule {
  id: string;
  trainNo: string;
  type: 'G' | 'D' | 'Z';
  from: string;
  fromStation: string;
  fromStationEn: string;
  to: string;
  toStation: string;
  toStationEn: string;
  departTime: string;
  arriveTime: string;
  arrivesNextDay: boolean;
  durationMin: number;
  fares: { second: number; first: number; business: number | null };
}

interface HotelRecord {
  id: string;
  city: string;
  brand: string;
  brandEn: string;
  name: string;
  nameEn: string;
  stars: number;
  cityTier: CityTier;
  district: string;
  districtEn: string;
  nightlyFen: number;
}

export type {
  FlightOffer,
  HotelOffer,
  Offer,
  PolicyFields,
  TrainOffer,
} from '../../src/domain/index.ts';

const CABIN_CODE: Record<FlightCabin, string> = { economy: 'Y', premium: 'W', business: 'J' };
const SEAT_CODE: Record<TrainSeat, string> = { second: '2', first: '1', business: 'B' };
const round10 = (fen: number) => Math.max(1000, Math.round(fen / 1000) * 1000);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const compact = (date: string) => date.replaceAll('-', '');
const dashed = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
/** Discount buckets of domestic economy fares, as a percent of Y (full fare). */
const ECONOMY_BUCKETS = [30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 100];
const HUBS = ['BJS', 'SHA', 'CAN', 'CTU', 'WUH', 'XIY'];

/** The travel inventory of the catalog with its indexes (built once, read-only). */
export class TravelInventory {
  readonly cities: CityRecord[];
  private readonly cityByCode = new Map<string, CityRecord>();
  private readonly flightsByRoute = new Map<string, FlightSchedule[]>();
  private readonly trainsByRoute = new Map<string, TrainSchedule[]>();
  private readonly hotelsByCity = new Map<string, HotelRecord[]>();
  private readonly hotelById = new Map<string, HotelRecord>();

  constructor(travel: {
    cities: unknown[];
    flights: unknown[];
    trains: unknown[];
    hotels: unknown[];
  }) {
    this.cities = (travel.cities as CityRecord[]).filter((c) => Array.isArray(c.airports));
    for (const c of this.cities) this.cityByCode.set(c.code, c);
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const f of travel.flights as FlightSchedule[])
      if (f.fullFares) push(this.flightsByRoute, `${f.from}-${f.to}`, f);
    for (const t of travel.trains as TrainSchedule[])
      if (t.type) push(this.trainsByRoute, `${t.from}-${t.to}`, t);
    for (const h of travel.hotels as HotelRecord[]) {
      if (!h.district) continue;
      push(this.hotelsByCity, h.city, h);
      this.hotelById.set(h.id, h);
    }
  }

  city(code: string): CityRecord | undefined {
    return this.cityByCode.get(code);
  }

  /** Every flight offer of a route and day (direct flights in each cabin, plus one connection via a hub). */
  flightOffers(from: string, to: string, date: string): FlightOffer[] {
    const out: FlightOffer[] = [];
    for (const s of this.flightsByRoute.get(`${from}-${to}`) ?? []) {
      const rng = createRng(`${s.flightNo}:${date}`);
      const seats = () => rng.int(0, 12);
      const econPct = ECONOMY_BUCKETS[Math.min(ECONOMY_BUCKETS.length - 1, rng.int(0, 13))];
      const cabins: [FlightCabin, number, number][] = [['economy', s.fullFares.economy, econPct]];
      if (s.fullFares.premium) cabins.push(['premium', s.fullFares.premium, rng.int(14, 20) * 5]);
      cabins.push(['business', s.fullFares.business, rng.int(16, 20) * 5]);
      for (const [cabin, full, pct] of cabins) {
        const seatsLeft = seats();
        if (seatsLeft === 0) continue; // sold out that day
        const priceFen = round10((full * pct) / 100);
        out.push(
          this.flight(s, date, {
            id: `FL-${from}-${to}-${compact(date)}-${s.flightNo}-${CABIN_CODE[cabin]}`,
            cabin,
            priceFen,
            fullFareFen: full,
            seatsLeft,
            // Cheap economy fares cost more to cancel.
            cancellationFeeFen: round10(
              (priceFen * (cabin === 'business' ? 5 : pct <= 50 ? 30 : pct < 100 ? 20 : 10)) / 100,
            ),
          }),
        );
      }
    }
    const connection = this.connection(from, to, date);
    if (connection) out.push(connection);
    return out;
  }

  private flight(
    s: FlightSchedule,
    date: string,
    o: Pick<
      FlightOffer,
      'id' | 'cabin' | 'priceFen' | 'fullFareFen' | 'seatsLeft' | 'cancellationFeeFen'
    >,
  ): FlightOffer {
    return {
      id: o.id,
      kind: 'flight',
      date,
      flightNo: s.flightNo,
      airlineCode: s.airlineCode,
      airline: s.airline,
      airlineEn: s.airlineEn,
      aircraft: s.aircraft,
      from: s.from,
      fromAirport: s.fromAirport,
      to: s.to,
      toAirport: s.toAirport,
      departTime: s.departTime,
      arriveTime: s.arriveTime,
      arrivesNextDay: s.arrivesNextDay,
      durationMin: s.durationMin,
      stops: 0,
      via: null,
      cabin: o.cabin,
      priceFen: o.priceFen,
      fullFareFen: o.fullFareFen,
      farePercent: Math.ceil((o.priceFen * 100) / o.fullFareFen),
      seatsLeft: o.seatsLeft,
      cancellationFeeFen: o.cancellationFeeFen,
      inPolicy: true,
      policyViolations: [],
      bestInPolicy: false,
    };
  }

  /** One economy connection via a hub, when two same-day legs connect with 60–240 minutes between them. */
  private connection(from: string, to: string, date: string): FlightOffer | undefined {
    const rng = createRng(`via:${from}:${to}:${date}`);
    const hubs = HUBS.filter((h) => h !== from && h !== to);
    const hub = hubs[rng.int(0, hubs.length - 1)];
    for (const a of this.flightsByRoute.get(`${from}-${hub}`) ?? []) {
      if (a.arrivesNextDay) continue;
      for (const b of this.flightsByRoute.get(`${hub}-${to}`) ?? []) {
        const wait = minutes(b.departTime) - minutes(a.arriveTime);
        if (wait < 60 || wait > 240 || b.arrivesNextDay || a.airlineCode !== b.airlineCode)
          continue;
        const full = a.fullFares.economy + b.fullFares.economy;
        const pct = ECONOMY_BUCKETS[rng.int(0, 6)];
        const priceFen = round10((full * pct) / 100);
        const offer = this.flight(a, date, {
          id: `FL-${from}-${to}-${compact(date)}-${a.flightNo}.${b.flightNo}-Y`,
          cabin: 'economy',
          priceFen,
          fullFareFen: full,
          seatsLeft: rng.int(1, 9),
          cancellationFeeFen: round10((priceFen * 30) / 100),
        });
        return {
          ...offer,
          flightNo: `${a.flightNo}/${b.flightNo}`,
          to: b.to,
          toAirport: b.toAirport,
          arriveTime: b.arriveTime,
          durationMin: minutes(b.arriveTime) - minutes(a.departTime),
          stops: 1,
          via: hub,
        };
      }
    }
    return undefined;
  }

  trainOffers(from: string, to: string, date: string): TrainOffer[] {
    const out: TrainOffer[] = [];
    for (const s of this.trainsByRoute.get(`${from}-${to}`) ?? []) {
      const rng = createRng(`${s.trainNo}:${s.from}:${date}`);
      for (const seat of ['second', 'first', 'business'] as TrainSeat[]) {
        const priceFen = s.fares[seat];
        if (!priceFen) continue;
        const seatsLeft = rng.int(0, 30);
        if (seatsLeft === 0) continue;
        out.push({
          id: `TR-${from}-${to}-${compact(date)}-${s.trainNo}-${SEAT_CODE[seat]}`,
          kind: 'train',
          date,
          trainNo: s.trainNo,
          trainType: s.type,
          from: s.from,
          fromStation: s.fromStation,
          fromStationEn: s.fromStationEn,
          to: s.to,
          toStation: s.toStation,
          toStationEn: s.toStationEn,
          departTime: s.departTime,
          arriveTime: s.arriveTime,
          arrivesNextDay: s.arrivesNextDay,
          durationMin: s.durationMin,
          seat,
          priceFen,
          seatsLeft,
          cancellationFeeFen: round10((priceFen * 5) / 100),
          inPolicy: true,
          policyViolations: [],
          bestInPolicy: false,
        });
      }
    }
    return out;
  }

  hotelOffers(city: string, checkIn: string, checkOut: string): HotelOffer[] {
    const nights = daysBetween(checkIn, checkOut);
    if (nights < 1) return [];
    const out: HotelOffer[] = [];
    for (const h of this.hotelsByCity.get(city) ?? []) {
      const offer = this.hotelOffer(h, checkIn, checkOut, nights);
      if (offer) out.push(offer);
    }
    return out;
  }

  private hotelOffer(
    h: HotelRecord,
    checkIn: string,
    checkOut: string,
    nights: number,
  ): HotelOffer | undefined {
    const nightlyFen: number[] = [];
    for (let i = 0; i < nights; i++) {
      const day = new Date(Date.parse(`${checkIn}T00:00:00Z`) + i * 86_400_000);
      const rng = createRng(`${h.id}:${day.toISOString().slice(0, 10)}`);
      if (rng.chance(0.04)) return undefined; // full that night
      // Business hotels are dearer on weekdays, a little cheaper on Friday and Saturday nights.
      const weekend = day.getUTCDay() === 5 || day.getUTCDay() === 6;
      nightlyFen.push(round10(h.nightlyFen * (weekend ? 0.9 : 1) * (0.9 + rng.next() * 0.25)));
    }
    const rng = createRng(`${h.id}:${checkIn}:${checkOut}`);
    const priceFen = nightlyFen.reduce((a, b) => a + b, 0);
    return {
      id: `HT-${h.id}-${compact(checkIn)}-${compact(checkOut)}`,
      kind: 'hotel',
      hotelId: h.id,
      city: h.city,
      cityTier: h.cityTier,
      name: h.name,
      nameEn: h.nameEn,
      brand: h.brand,
      brandEn: h.brandEn,
      stars: h.stars,
      district: h.district,
      districtEn: h.districtEn,
      checkIn,
      checkOut,
      nights,
      nightlyFen,
      priceFen,
      breakfast: h.stars >= 4 || rng.chance(0.4),
      // Free cancellation, or the first night.
      cancellationFeeFen: rng.chance(0.5) ? 0 : nightlyFen[0],
      inPolicy: true,
      policyViolations: [],
      bestInPolicy: false,
    };
  }

  /** Re-derives an offer from its id (undefined when the id does not name one). */
  offer(id: string): Offer | undefined {
    let m = /^FL-([A-Z]{3})-([A-Z]{3})-(\d{8})-[A-Z0-9.]+-[YWJ]$/.exec(id);
    if (m && realDate(m[3]))
      return this.flightOffers(m[1], m[2], dashed(m[3])).find((o) => o.id === id);
    m = /^TR-([A-Z]{3})-([A-Z]{3})-(\d{8})-[GDZ]\d+-[21B]$/.exec(id);
    if (m && realDate(m[3]))
      return this.trainOffers(m[1], m[2], dashed(m[3])).find((o) => o.id === id);
    m = /^HT-(ht-\d{4})-(\d{8})-(\d{8})$/.exec(id);
    if (m && realDate(m[2]) && realDate(m[3])) {
      const h = this.hotelById.get(m[1]);
      const [a, b] = [dashed(m[2]), dashed(m[3])];
      const nights = daysBetween(a, b);
      return h && nights >= 1 && nights <= 60 ? this.hotelOffer(h, a, b, nights) : undefined;
    }
    return undefined;
  }
}

/** 'yyyymmdd' names a calendar day. */
function realDate(d: string): boolean {
  const iso = dashed(d);
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(iso);
}

// ---- policy ----

function flightFare(o: FlightOffer): FlightFare {
  return {
    id: o.id,
    departMinutes: minutes(o.departTime),
    cabin: o.cabin,
    priceFen: o.priceFen,
    fullFareFen: o.fullFareFen,
  };
}

/** Sets inPolicy / policyViolations of every offer; flights against the same route and day. */
export function evaluateOffers<T extends Offer>(
  offers: T[],
  rules: TravelPolicyRules,
  today: string,
  sameDayFlights?: readonly FlightOffer[],
): T[] {
  const fares = (sameDayFlights ?? offers.filter((o) => o.kind === 'flight')).map((o) =>
    flightFare(o as FlightOffer),
  );
  return offers.map((o) => {
    const v =
      o.kind === 'flight'
        ? evaluateFlight(rules, flightFare(o), {
            daysAhead: daysBetween(today, o.date),
            sameDay: fares,
          })
        : o.kind === 'train'
          ? evaluateTrain(rules, o)
          : evaluateHotel(rules, { id: o.id, cityTier: o.cityTier, nightlyFen: o.nightlyFen });
    return { ...o, inPolicy: v.inPolicy, policyViolations: v.violations, bestInPolicy: false };
  });
}

/** In policy first, then cheapest, then earliest; the cheapest in-policy offer is marked bestInPolicy. */
export function rankOffers<T extends Offer>(offers: T[]): T[] {
  const key = (o: Offer) => (o.kind === 'hotel' ? o.name : o.departTime);
  const sorted = [...offers].sort(
    (a, b) =>
      Number(b.inPolicy) - Number(a.inPolicy) ||
      a.priceFen - b.priceFen ||
      key(a).localeCompare(key(b)) ||
      a.id.localeCompare(b.id),
  );
  if (sorted[0]?.inPolicy) sorted[0] = { ...sorted[0], bestInPolicy: true };
  return sorted;
}
