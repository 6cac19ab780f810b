import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  concat,
  debounceTime,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { downloadText } from '../../../shared/download';
import { plannerFeature } from './planner.feature';
import {
  OfferSearchPageActions,
  TravelApiActions,
  TravelPolicyApiActions,
  TravelPolicyPageActions,
  TravelReportApiActions,
  TravelReportPageActions,
  TripDetailPageActions,
  TripListPageActions,
  TripRequestPageActions,
} from './travel.actions';
import { TravelApi } from './travel-api';
import { tripsFeature } from './trips.feature';

/** The city list, once per session (it is the same for everyone). */
export const loadCities = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(
        TripRequestPageActions.opened,
        TripListPageActions.opened,
        TripDetailPageActions.opened,
        OfferSearchPageActions.opened,
        TravelPolicyPageActions.opened,
      ),
      withLatestFrom(store.select(plannerFeature.selectCities)),
      filter(([, cities]) => cities.length === 0),
      exhaustMap(() =>
        api.cities().pipe(
          map((cities) => TravelApiActions.citiesLoaded({ cities })),
          catchError((e: unknown) => of(TravelApiActions.citiesFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The estimate follows the plan; a newer plan cancels the older request. */
export const estimateTrip = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripRequestPageActions.planChanged),
      debounceTime(200),
      switchMap(({ plan }) =>
        api.estimate(plan).pipe(
          map((estimate) => TravelApiActions.estimateLoaded({ estimate })),
          catchError((e: unknown) => of(TravelApiActions.estimateFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Colleagues as the requester types a name; nothing for an empty field, no error for a failed lookup. */
export const searchColleagues = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripRequestPageActions.colleagueSearchChanged),
      debounceTime(250),
      map(({ query }) => query.trim()),
      switchMap((query) =>
        (query ? api.colleagues(query) : of([])).pipe(
          map((colleagues) => TravelApiActions.colleaguesLoaded({ colleagues })),
          catchError(() => of(TravelApiActions.colleaguesLoaded({ colleagues: [] }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Submits once; over budget, finds the travel budget so the page can offer a prefilled request. */
export const submitTrip = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripRequestPageActions.submitted),
      exhaustMap(({ plan, idempotencyKey, year }) =>
        api.createTrip(plan, idempotencyKey).pipe(
          map((trip) => TravelApiActions.tripCreated({ trip })),
          catchError((e: unknown) => {
            const error = toApiError(e);
            const failed = of(TravelApiActions.tripCreateFailed({ error }));
            if (error.code !== 'BUDGET_EXCEEDED') return failed;
            return concat(
              failed,
              api.travelBudget(plan.costCenterId, year).pipe(
                switchMap((b) =>
                  b
                    ? of(
                        TravelApiActions.budgetShortfallKnown({
                          budgetId: b.id,
                          deltaFen: Math.max(1, plan.estimatedFen - b.availableFen),
                        }),
                      )
                    : EMPTY,
                ),
                catchError(() => EMPTY),
              ),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const openCreatedTrip = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(TravelApiActions.tripCreated),
      tap(({ trip }) => void router.navigate(['/travel/trips', trip.id])),
    );
  },
  { functional: true, dispatch: false },
);

export const loadTrips = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripListPageActions.opened, TripListPageActions.pageChanged),
      withLatestFrom(store.select(tripsFeature.selectTravelTripsState)),
      switchMap(([, s]) =>
        api.myTrips(s.pageIndex, s.pageSize).pipe(
          map((page) => TravelApiActions.listLoaded({ page })),
          catchError((e: unknown) => of(TravelApiActions.listFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Loads the trip, and again after each change so the timeline shows the new event. */
export const loadTrip = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(
        TripDetailPageActions.opened,
        OfferSearchPageActions.opened,
        TravelApiActions.tripChanged,
        TravelApiActions.booked,
        TravelApiActions.bookingCancelled,
      ),
      map((a) => ('id' in a ? a.id : 'tripId' in a ? a.tripId : tripIdOf(a))),
      switchMap((id) =>
        api.trip(id).pipe(
          map((trip) => TravelApiActions.tripLoaded({ trip })),
          catchError((e: unknown) => of(TravelApiActions.tripFailed({ id, error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

function tripIdOf(a: { trip: { id: string } } | { booking: { tripId: string } }): string {
  return 'booking' in a ? a.booking.tripId : a.trip.id;
}

/** A closed trip's settlement statement. */
export const loadStatement = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelApiActions.tripLoaded),
      filter(({ trip }) => trip.status === 'closed'),
      switchMap(({ trip }) =>
        api.statement(trip.id).pipe(
          map((statement) => TravelApiActions.statementLoaded({ statement })),
          catchError((e: unknown) =>
            of(TravelApiActions.statementFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeTrip = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripDetailPageActions.closeConfirmed, TripDetailPageActions.cancelConfirmed),
      exhaustMap((a) =>
        api
          .tripCommand(
            a.id,
            a.type === TripDetailPageActions.closeConfirmed.type ? 'close' : 'cancel',
          )
          .pipe(
            map((trip) => TravelApiActions.tripChanged({ trip })),
            catchError((e: unknown) => of(TravelApiActions.actionFailed({ error: toApiError(e) }))),
          ),
      ),
    );
  },
  { functional: true },
);

export const cancelBooking = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TripDetailPageActions.bookingCancelConfirmed),
      exhaustMap(({ bookingId }) =>
        api.cancelBooking(bookingId).pipe(
          map((booking) => TravelApiActions.bookingCancelled({ booking })),
          catchError((e: unknown) => of(TravelApiActions.actionFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const searchOffers = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(OfferSearchPageActions.queryChanged),
      switchMap(({ tripId, query }) =>
        api.search(tripId, query).pipe(
          map((page) => TravelApiActions.offersLoaded({ page })),
          catchError((e: unknown) => of(TravelApiActions.offersFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const book = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(OfferSearchPageActions.bookingConfirmed),
      exhaustMap(({ tripId, offerId, reason, idempotencyKey }) =>
        api.book(tripId, offerId, reason, idempotencyKey).pipe(
          map((booking) => TravelApiActions.booked({ booking })),
          catchError((e: unknown) => of(TravelApiActions.bookingFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelPolicyPageActions.opened),
      switchMap(() =>
        api.policies().pipe(
          map((policies) => TravelPolicyApiActions.loaded({ policies })),
          catchError((e: unknown) =>
            of(TravelPolicyApiActions.loadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const savePolicy = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelPolicyPageActions.saved),
      exhaustMap(({ policy }) =>
        api.savePolicy(policy).pipe(
          map((saved) => TravelPolicyApiActions.saveSucceeded({ policy: saved })),
          catchError((e: unknown) =>
            of(TravelPolicyApiActions.saveFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const previewPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelPolicyPageActions.previewRequested),
      switchMap(({ policyId, rules, sample }) =>
        api.previewPolicy(policyId, rules, sample).pipe(
          map((preview) => TravelPolicyApiActions.previewLoaded({ preview })),
          catchError((e: unknown) =>
            of(TravelPolicyApiActions.previewFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadReport = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelReportPageActions.yearChosen),
      switchMap(({ year }) =>
        api.report(year).pipe(
          map((report) => TravelReportApiActions.loaded({ report })),
          catchError((e: unknown) =>
            of(TravelReportApiActions.loadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Fetches a CSV with the session's token and hands it to the browser as a file. */
export const downloadCsv = createEffect(
  (actions$ = inject(Actions), api = inject(TravelApi)) => {
    return actions$.pipe(
      ofType(TravelReportPageActions.csvRequested),
      exhaustMap(({ csv }) =>
        api.csv(csv).pipe(
          tap(({ text, fileName }) => downloadText(text, fileName)),
          map(() => TravelReportApiActions.csvDownloaded()),
          catchError((e: unknown) =>
            of(TravelReportApiActions.csvFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
