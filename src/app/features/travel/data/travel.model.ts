// The answers of /api/travel/* (mock-api/openapi.yaml, tag travel); policy rules and violations are the
// shared src/domain types.
import type {
  Booking,
  CityTier,
  TravelPolicyRules,
  Trip,
  TripStatement,
} from '../../../../domain/index.ts';

export type {
  Booking,
  BookingStatus,
  FlightOffer,
  HotelOffer,
  Offer,
  OfferKind,
  TrainOffer,
  Trip,
  TripEvent,
  TripStatement,
  TripStatus,
} from '../../../../domain/index.ts';

export interface City {
  code: string;
  name: string;
  nameEn: string;
  tier: CityTier;
}

/** GET /api/travel/trips/{id}/statement: the closed trip's statement, with the trip's id. */
export interface TripStatementAnswer extends TripStatement {
  tripId: string;
}

/** One line of a trip's statement. */
export type StatementLine = TripStatement['bookings'][number];

export interface TripDetail extends Trip {
  bookings: Booking[];
}

/** POST /api/travel/bookings and …/cancel answer the booking with its trip. */
export type BookingAnswer = Booking & { trip: Trip };

export interface TripEstimate {
  origin: string;
  destinations: string[];
  startDate: string;
  endDate: string;
  travellers: number;
  journeys: { from: string; to: string; date: string; typicalFareFen: number }[];
  stays: { city: string; checkIn: string; checkOut: string; nights: number; capFen: number }[];
  transportFen: number;
  hotelFen: number;
  totalFen: number;
}

export interface TripPlan {
  purpose: string;
  /** In the order of the journey: origin → first → … → origin. */
  destinations: string[];
  /** Who travels (the requester by default); the estimate counts each of them. */
  travellerIds: string[];
  startDate: string;
  endDate: string;
  costCenterId: string;
  estimatedFen: number;
}

/** What the proposed estimate depends on. */
export type TripSketch = Pick<TripPlan, 'destinations' | 'startDate' | 'endDate' | 'travellerIds'>;

/** The search form of one tab: the API's query parameters (empty values are left out). */
export interface OfferQuery {
  kind: 'flights' | 'trains' | 'hotels';
  params: Record<string, string>;
}

/** Search and booking need an approved trip; a trip is closed once under way. */
export function tripActions(trip: Pick<Trip, 'status' | 'startDate'> | null, today: string) {
  return {
    book: trip?.status === 'approved',
    cancel: trip?.status === 'pending_approval' || trip?.status === 'approved',
    close: trip?.status === 'approved' && today >= trip.startDate,
  };
}

/** GET /api/travel/policy: the policy of the caller's most senior role. */
export interface TravelPolicy extends TravelPolicyRules {
  id: string;
  name: string;
  nameEn: string;
  appliesToRoles: ('admin' | 'hr' | 'buyer' | 'employee')[];
  version: number;
  updatedAt: string;
}

export interface OfferSummary {
  offers: number;
  inPolicy: number;
  cheapestInPolicyFen: number | null;
}

/** POST /api/travel/policies/preview: what a sample trip would allow under unsaved rules. */
export interface PolicyPreview {
  estimate: TripEstimate;
  journeys: {
    from: string;
    to: string;
    date: string;
    flights: OfferSummary;
    trains: OfferSummary;
  }[];
  stays: { city: string; checkIn: string; checkOut: string; hotels: OfferSummary }[];
}

export interface SampleTrip {
  destinations: string[];
  startDate: string;
  endDate: string;
}

/** GET /api/travel/reports/summary (hr, admin). */
export interface TravelReport {
  year: string;
  spend: { costCenterId: string; month: string; bookings: number; spentFen: number }[];
  policy: {
    bookings: number;
    outOfPolicy: number;
    /** Per 1,000 bookings (125 = 12.5 %). */
    outOfPolicyPerMille: number;
    reasons: { reason: string; count: number }[];
    violations: { code: string; count: number }[];
  };
  savings: { paidFen: number; lowestFareFen: number; missedSavingsFen: number };
  topRoutes: {
    kind: 'flight' | 'train';
    from: string;
    to: string;
    bookings: number;
    spentFen: number;
  }[];
}

/** Which CSV: the year's spend, or one cost center's monthly statement. */
export type ReportCsv =
  { kind: 'spend'; year: string } | { kind: 'statement'; costCenterId: string; month: string };
