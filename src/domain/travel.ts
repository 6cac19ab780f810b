// The answers of /api/travel/* that the app and the mock API share (mock-api/openapi.yaml, tag travel).
import type {
  CityTier,
  FlightCabin,
  PolicyViolation,
  TrainSeat,
  TravelPolicyRules,
} from './travel-policy.ts';

export interface PolicyFields {
  inPolicy: boolean;
  policyViolations: PolicyViolation[];
  bestInPolicy: boolean;
}

export interface FlightOffer extends PolicyFields {
  id: string;
  kind: 'flight';
  date: string;
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
  stops: 0 | 1;
  via: string | null;
  cabin: FlightCabin;
  priceFen: number;
  fullFareFen: number;
  /** The price as a percent of the cabin's full fare (70 = 7折). */
  farePercent: number;
  seatsLeft: number;
  cancellationFeeFen: number;
}

export interface TrainOffer extends PolicyFields {
  id: string;
  kind: 'train';
  date: string;
  trainNo: string;
  trainType: 'G' | 'D' | 'Z';
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
  seat: TrainSeat;
  priceFen: number;
  seatsLeft: number;
  cancellationFeeFen: number;
}

export interface HotelOffer extends PolicyFields {
  id: string;
  kind: 'hotel';
  hotelId: string;
  city: string;
  cityTier: CityTier;
  name: string;
  nameEn: string;
  brand: string;
  brandEn: string;
  stars: number;
  district: string;
  districtEn: string;
  checkIn: string;
  checkOut: string;
  nights: number;
  nightlyFen: number[];
  priceFen: number;
  breakfast: boolean;
  cancellationFeeFen: number;
}

export type Offer = FlightOffer | TrainOffer | HotelOffer;
export type OfferKind = Offer['kind'];

export type TripStatus = 'pending_approval' | 'approved' | 'rejected' | 'cancelled' | 'closed';
export type BookingStatus = 'confirmed' | 'pending_approval' | 'cancelled';

/** A booking of a trip (GET /api/travel/trips/{id} lists them; the terms of its offer stay as booked). */
export interface Booking {
  id: string;
  companyId: string;
  tripId: string;
  bookedBy: string;
  travellerId: string;
  offerId: string;
  kind: OfferKind;
  offer: Offer;
  priceFen: number;
  cancellationFeeFen: number;
  inPolicy: boolean;
  policyViolations: PolicyViolation[];
  outOfPolicyReason: string | null;
  /** The cheapest comparable offer when booked (flights: the lowest logical fare), for the savings report. */
  lowestFareFen: number;
  status: BookingStatus;
  confirmationNo: string;
  feeFen: number;
  createdAt: string;
  cancelledAt: string | null;
  version: number;
}

export interface TripEvent {
  type:
    | 'submitted'
    | 'approved'
    | 'rejected'
    | 'booked'
    | 'booking_cancelled'
    | 'reapproval_requested'
    | 'cancelled'
    | 'closed';
  at: string;
  actorId: string;
  actorName: string;
  actorNameEn: string;
  bookingId?: string;
  amountFen?: number;
  comment?: string;
  /** A decision made through a delegation (代理审批): the approver the actor acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
}

export interface TripPolicySummary {
  policyId: string;
  name: string;
  nameEn: string;
  rules: TravelPolicyRules;
}

export interface Traveller {
  id: string;
  name: string;
  nameEn: string;
}

/** A colleague a trip may name as a traveller (GET /api/travel/colleagues). */
export interface Colleague extends Traveller {
  departmentId: string;
  /** The department's name (to tell two people of one name apart). */
  departmentName: string;
  departmentNameEn: string;
}

export interface TripStatement {
  closedAt: string;
  estimateFen: number;
  bookedFen: number;
  feesFen: number;
  actualFen: number;
  releasedFen: number;
  differenceFen: number;
  inPolicyCount: number;
  outOfPolicyCount: number;
  bookings: {
    bookingId: string;
    kind: OfferKind;
    description: string;
    descriptionEn: string;
    status: BookingStatus;
    priceFen: number;
    feeFen: number;
    inPolicy: boolean;
    violationCodes: string[];
    outOfPolicyReason: string | null;
  }[];
}

/** GET /api/travel/trips/{id} (without its bookings), as stored. */
export interface Trip {
  id: string;
  companyId: string;
  requesterId: string;
  requesterName: string;
  requesterNameEn: string;
  travellers: Traveller[];
  purpose: string;
  origin: string;
  destinations: string[];
  /** The first destination (the original single-destination contract). */
  destination: string;
  startDate: string;
  endDate: string;
  costCenterId: string;
  budgetId: string;
  policy: TripPolicySummary;
  estimatedFen: number;
  approvedEstimateFen: number;
  committedFen: number;
  bookedFen: number;
  feesFen: number;
  spentFen: number;
  status: TripStatus;
  /** True while a re-approval (bookings above the estimate + 10 %) is pending. */
  reapproval: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  events: TripEvent[];
  statement: TripStatement | null;
}
