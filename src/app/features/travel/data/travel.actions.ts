import type { Colleague, TravelPolicyRules } from '../../../../domain/index.ts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type {
  BookingAnswer,
  City,
  Offer,
  OfferQuery,
  PolicyPreview,
  ReportCsv,
  TravelReport,
  SampleTrip,
  TravelPolicy,
  Trip,
  TripDetail,
  TripEstimate,
  TripPlan,
  TripSketch,
  TripStatementAnswer,
} from './travel.model';

export const TripRequestPageActions = createActionGroup({
  source: 'Trip Request Page',
  events: {
    Opened: emptyProps(),
    'Plan Changed': props<{ plan: TripSketch }>(),
    'Colleague Search Changed': props<{ query: string }>(),
    Submitted: props<{ plan: TripPlan; idempotencyKey: string; year: string }>(),
  },
});

export const TripListPageActions = createActionGroup({
  source: 'Trip List Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ pageIndex: number; pageSize: number }>(),
  },
});

export const TripDetailPageActions = createActionGroup({
  source: 'Trip Detail Page',
  events: {
    Opened: props<{ id: string }>(),
    'Close Confirmed': props<{ id: string }>(),
    'Cancel Confirmed': props<{ id: string }>(),
    'Booking Cancel Confirmed': props<{ tripId: string; bookingId: string }>(),
  },
});

export const OfferSearchPageActions = createActionGroup({
  source: 'Offer Search Page',
  events: {
    Opened: props<{ tripId: string }>(),
    'Query Changed': props<{ tripId: string; query: OfferQuery }>(),
    'Booking Confirmed': props<{
      tripId: string;
      offerId: string;
      reason: string | null;
      idempotencyKey: string;
    }>(),
  },
});

export const TravelApiActions = createActionGroup({
  source: 'Travel API',
  events: {
    'Cities Loaded': props<{ cities: City[] }>(),
    'Cities Failed': props<{ error: ApiError }>(),
    'Estimate Loaded': props<{ estimate: TripEstimate }>(),
    'Estimate Failed': props<{ error: ApiError }>(),
    'Colleagues Loaded': props<{ colleagues: Colleague[] }>(),
    'Trip Created': props<{ trip: Trip }>(),
    'Trip Create Failed': props<{ error: ApiError }>(),
    'Budget Shortfall Known': props<{ budgetId: string; deltaFen: number }>(),
    'List Loaded': props<{ page: PageOf<Trip> }>(),
    'List Failed': props<{ error: ApiError }>(),
    'Trip Loaded': props<{ trip: TripDetail }>(),
    'Trip Failed': props<{ id: string; error: ApiError }>(),
    'Trip Changed': props<{ trip: Trip }>(),
    'Statement Loaded': props<{ statement: TripStatementAnswer }>(),
    'Statement Failed': props<{ error: ApiError }>(),
    'Action Failed': props<{ error: ApiError }>(),
    'Offers Loaded': props<{ page: PageOf<Offer> }>(),
    'Offers Failed': props<{ error: ApiError }>(),
    Booked: props<{ booking: BookingAnswer }>(),
    'Booking Failed': props<{ error: ApiError }>(),
    'Booking Cancelled': props<{ booking: BookingAnswer }>(),
  },
});

export const TravelPolicyPageActions = createActionGroup({
  source: 'Travel Policy Page',
  events: {
    /** The policy of the URL (`?policy=`), else the company's first. */
    Opened: props<{ policyId: string | null }>(),
    Saved: props<{ policy: TravelPolicy }>(),
    'Preview Requested': props<{
      policyId: string;
      rules: TravelPolicyRules;
      sample: SampleTrip;
    }>(),
  },
});

export const TravelPolicyApiActions = createActionGroup({
  source: 'Travel Policy API',
  events: {
    Loaded: props<{ policies: TravelPolicy[] }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Save Succeeded': props<{ policy: TravelPolicy }>(),
    'Save Failed': props<{ error: ApiError }>(),
    'Preview Loaded': props<{ preview: PolicyPreview }>(),
    'Preview Failed': props<{ error: ApiError }>(),
  },
});

export const TravelReportPageActions = createActionGroup({
  source: 'Travel Report Page',
  events: {
    'Year Chosen': props<{ year: string }>(),
    'Csv Requested': props<{ csv: ReportCsv }>(),
  },
});

export const TravelReportApiActions = createActionGroup({
  source: 'Travel Report API',
  events: {
    Loaded: props<{ report: TravelReport }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Csv Downloaded': emptyProps(),
    'Csv Failed': props<{ error: ApiError }>(),
  },
});
