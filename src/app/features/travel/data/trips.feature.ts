import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import {
  OfferSearchPageActions,
  TravelApiActions,
  TripDetailPageActions,
  TripListPageActions,
} from './travel.actions';
import type { Trip, TripDetail, TripStatementAnswer } from './travel.model';

export const tripAdapter = createEntityAdapter<Trip>();

/** My trips: the list, the trip opened with its bookings, its statement, and the action under way. */
export interface TripsState {
  list: EntityState<Trip>;
  pageIndex: number;
  pageSize: number;
  total: number;
  listLoading: boolean;
  listError: ApiError | null;
  detailId: string | null;
  detail: TripDetail | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  statement: TripStatementAnswer | null;
  busy: 'close' | 'cancel' | 'cancelBooking' | null;
  actionError: ApiError | null;
}

export const initialTripsState: TripsState = {
  list: tripAdapter.getInitialState(),
  pageIndex: 0,
  pageSize: 20,
  total: 0,
  listLoading: false,
  listError: null,
  detailId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
  statement: null,
  busy: null,
  actionError: null,
};

const { selectAll } = tripAdapter.getSelectors();

export const tripsFeature = createFeature({
  name: 'travelTrips',
  reducer: createReducer(
    initialTripsState,
    on(TripListPageActions.opened, (s): TripsState => ({
      ...s,
      listLoading: true,
      listError: null,
    })),
    on(TripListPageActions.pageChanged, (s, { pageIndex, pageSize }): TripsState => ({
      ...s,
      pageIndex,
      pageSize,
      listLoading: true,
      listError: null,
    })),
    on(TravelApiActions.listLoaded, (s, { page }): TripsState => ({
      ...s,
      list: tripAdapter.setAll(page.items, s.list),
      total: page.total,
      listLoading: false,
    })),
    on(TravelApiActions.listFailed, (s, { error }): TripsState => ({
      ...s,
      listLoading: false,
      listError: error,
    })),
    on(TripDetailPageActions.opened, OfferSearchPageActions.opened, (s, a): TripsState => {
      const id = 'id' in a ? a.id : a.tripId;
      return {
        ...s,
        detailId: id,
        detail: s.detail?.id === id ? s.detail : null,
        statement: s.statement?.tripId === id ? s.statement : null,
        detailLoading: true,
        detailError: null,
        busy: null,
        actionError: null,
      };
    }),
    on(TravelApiActions.tripLoaded, (s, { trip }): TripsState =>
      s.detailId === trip.id
        ? {
            ...s,
            detail: trip,
            detailLoading: false,
            list: s.list.entities[trip.id] ? tripAdapter.upsertOne(trip, s.list) : s.list,
          }
        : s,
    ),
    on(TravelApiActions.tripFailed, (s, { id, error }): TripsState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
    on(TravelApiActions.statementLoaded, (s, { statement }): TripsState => ({ ...s, statement })),
    on(TripDetailPageActions.closeConfirmed, (s): TripsState => ({
      ...s,
      busy: 'close',
      actionError: null,
    })),
    on(TripDetailPageActions.cancelConfirmed, (s): TripsState => ({
      ...s,
      busy: 'cancel',
      actionError: null,
    })),
    on(TripDetailPageActions.bookingCancelConfirmed, (s): TripsState => ({
      ...s,
      busy: 'cancelBooking',
      actionError: null,
    })),
    on(TravelApiActions.tripChanged, TravelApiActions.bookingCancelled, (s): TripsState => ({
      ...s,
      busy: null,
    })),
    on(TravelApiActions.actionFailed, (s, { error }): TripsState => ({
      ...s,
      busy: null,
      actionError: error,
    })),
    // A new trip shows first on the next visit of the list.
    on(TravelApiActions.tripCreated, (s): TripsState => ({ ...s, pageIndex: 0 })),
  ),
  extraSelectors: ({ selectList }) => ({
    selectTrips: createSelector(selectList, selectAll),
  }),
});
