import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Colleague } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { OfferSearchPageActions, TravelApiActions, TripRequestPageActions } from './travel.actions';
import type { BookingAnswer, City, Offer, TripEstimate } from './travel.model';

/** Planning a trip: the city list, the proposed estimate, the submission; then offers and booking. */
export interface PlannerState {
  cities: City[];
  citiesError: ApiError | null;
  estimate: TripEstimate | null;
  estimateLoading: boolean;
  estimateError: ApiError | null;
  /** Colleagues matching what the requester typed in the travellers field. */
  colleagues: Colleague[];
  submitting: boolean;
  submitError: ApiError | null;
  /** Over budget: what the prefilled budget request asks for. */
  shortfall: { budgetId: string; deltaFen: number } | null;
  offers: Offer[];
  offersTotal: number;
  offersLoading: boolean;
  offersError: ApiError | null;
  booking: boolean;
  bookingError: ApiError | null;
  lastBooking: BookingAnswer | null;
}

export const initialPlannerState: PlannerState = {
  cities: [],
  citiesError: null,
  estimate: null,
  estimateLoading: false,
  estimateError: null,
  colleagues: [],
  submitting: false,
  submitError: null,
  shortfall: null,
  offers: [],
  offersTotal: 0,
  offersLoading: false,
  offersError: null,
  booking: false,
  bookingError: null,
  lastBooking: null,
};

export const plannerFeature = createFeature({
  name: 'travelPlanner',
  reducer: createReducer(
    initialPlannerState,
    on(TripRequestPageActions.opened, (s): PlannerState => ({
      ...s,
      citiesError: null,
      submitError: null,
      shortfall: null,
    })),
    on(TravelApiActions.citiesLoaded, (s, { cities }): PlannerState => ({ ...s, cities })),
    on(TravelApiActions.citiesFailed, (s, { error }): PlannerState => ({
      ...s,
      citiesError: error,
    })),
    on(TripRequestPageActions.planChanged, (s): PlannerState => ({
      ...s,
      estimateLoading: true,
      estimateError: null,
    })),
    on(TravelApiActions.colleaguesLoaded, (s, { colleagues }): PlannerState => ({
      ...s,
      colleagues,
    })),
    on(TravelApiActions.estimateLoaded, (s, { estimate }): PlannerState => ({
      ...s,
      estimate,
      estimateLoading: false,
    })),
    on(TravelApiActions.estimateFailed, (s, { error }): PlannerState => ({
      ...s,
      estimate: null,
      estimateLoading: false,
      estimateError: error,
    })),
    on(TripRequestPageActions.submitted, (s): PlannerState => ({
      ...s,
      submitting: true,
      submitError: null,
      shortfall: null,
    })),
    on(TravelApiActions.tripCreated, (s): PlannerState => ({
      ...s,
      submitting: false,
      estimate: null,
    })),
    on(TravelApiActions.tripCreateFailed, (s, { error }): PlannerState => ({
      ...s,
      submitting: false,
      submitError: error,
    })),
    on(TravelApiActions.budgetShortfallKnown, (s, shortfall): PlannerState => ({
      ...s,
      shortfall: { budgetId: shortfall.budgetId, deltaFen: shortfall.deltaFen },
    })),
    on(OfferSearchPageActions.opened, (s): PlannerState => ({
      ...s,
      offers: [],
      offersTotal: 0,
      offersError: null,
      bookingError: null,
      lastBooking: null,
    })),
    on(OfferSearchPageActions.queryChanged, (s): PlannerState => ({
      ...s,
      offersLoading: true,
      offersError: null,
    })),
    on(TravelApiActions.offersLoaded, (s, { page }): PlannerState => ({
      ...s,
      offers: page.items,
      offersTotal: page.total,
      offersLoading: false,
    })),
    on(TravelApiActions.offersFailed, (s, { error }): PlannerState => ({
      ...s,
      offers: [],
      offersTotal: 0,
      offersLoading: false,
      offersError: error,
    })),
    on(OfferSearchPageActions.bookingConfirmed, (s): PlannerState => ({
      ...s,
      booking: true,
      bookingError: null,
      lastBooking: null,
    })),
    on(TravelApiActions.booked, (s, { booking }): PlannerState => ({
      ...s,
      booking: false,
      lastBooking: booking,
    })),
    on(TravelApiActions.bookingFailed, (s, { error }): PlannerState => ({
      ...s,
      booking: false,
      bookingError: error,
    })),
  ),
  extraSelectors: ({ selectOffers }) => ({
    /** The cheapest compliant offer of the results (the API marks it; this keeps one per list). */
    selectBestInPolicyId: createSelector(
      selectOffers,
      (offers) => offers.find((o) => o.bestInPolicy)?.id ?? null,
    ),
  }),
});
