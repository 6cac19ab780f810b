import type { ApiError } from '../../../core/http/api-error';
import { initialPlannerState, plannerFeature } from './planner.feature';
import {
  OfferSearchPageActions,
  TravelApiActions,
  TripDetailPageActions,
  TripRequestPageActions,
} from './travel.actions';
import { tripActions, type Offer, type Trip, type TripDetail } from './travel.model';
import { initialTripsState, tripsFeature } from './trips.feature';

export function trip(id: string, patch: Partial<TripDetail> = {}): TripDetail {
  return {
    id,
    companyId: 'c1',
    requesterId: 'u1',
    requesterName: '李娜',
    requesterNameEn: 'Li Na',
    travellers: [],
    purpose: '客户拜访',
    origin: 'SHA',
    destinations: ['BJS'],
    destination: 'BJS',
    startDate: '2026-06-22',
    endDate: '2026-06-24',
    costCenterId: 'cc1',
    budgetId: 'b1',
    policy: { policyId: 'p1', name: '员工', nameEn: 'Staff', rules: {} as never },
    estimatedFen: 300_000,
    approvedEstimateFen: 300_000,
    committedFen: 300_000,
    bookedFen: 0,
    feesFen: 0,
    spentFen: 0,
    status: 'approved',
    reapproval: false,
    version: 1,
    createdAt: '2026-06-01T00:00:00Z',
    updatedAt: '2026-06-01T00:00:00Z',
    events: [],
    statement: null,
    bookings: [],
    ...patch,
  };
}

const budgetError: ApiError = { status: 422, code: 'BUDGET_EXCEEDED', detail: 'over' };
const offer = (id: string, patch: Partial<Offer> = {}) =>
  ({
    id,
    kind: 'train',
    inPolicy: true,
    bestInPolicy: false,
    policyViolations: [],
    ...patch,
  }) as Offer;

describe('trips feature', () => {
  const reduce = tripsFeature.reducer;

  it('opens a trip and ignores an answer for another one', () => {
    let s = reduce(initialTripsState, TripDetailPageActions.opened({ id: 't1' }));
    expect(s.detailLoading).toBeTrue();
    s = reduce(s, TravelApiActions.tripLoaded({ trip: trip('t2') }));
    expect(s.detail).toBeNull();
    s = reduce(s, TravelApiActions.tripLoaded({ trip: trip('t1') }));
    expect(s.detail?.id).toBe('t1');
    expect(s.detailLoading).toBeFalse();
  });

  it('the search page opens its trip too', () => {
    const s = reduce(initialTripsState, OfferSearchPageActions.opened({ tripId: 't9' }));
    expect(s.detailId).toBe('t9');
  });

  it('keeps an action busy until its answer, then shows the failure', () => {
    let s = reduce(initialTripsState, TripDetailPageActions.closeConfirmed({ id: 't1' }));
    expect(s.busy).toBe('close');
    s = reduce(s, TravelApiActions.actionFailed({ error: budgetError }));
    expect(s.busy).toBeNull();
    expect(s.actionError).toEqual(budgetError);
  });

  it('forgets another trip’s statement when a trip opens', () => {
    let s = reduce(
      initialTripsState,
      TravelApiActions.statementLoaded({ statement: { tripId: 't1' } as never }),
    );
    s = reduce(s, TripDetailPageActions.opened({ id: 't2' }));
    expect(s.statement).toBeNull();
  });

  it('lists trips', () => {
    const s = reduce(
      initialTripsState,
      TravelApiActions.listLoaded({ page: { items: [trip('a'), trip('b')] as Trip[], total: 2 } }),
    );
    expect(tripsFeature.selectTrips.projector(s.list).map((t) => t.id)).toEqual(['a', 'b']);
  });
});

describe('planner feature', () => {
  const reduce = plannerFeature.reducer;

  it('submits once and keeps the shortfall of a budget refusal', () => {
    let s = reduce(
      initialPlannerState,
      TripRequestPageActions.submitted({ plan: {} as never, idempotencyKey: 'k', year: '2026' }),
    );
    expect(s.submitting).toBeTrue();
    s = reduce(s, TravelApiActions.tripCreateFailed({ error: budgetError }));
    s = reduce(s, TravelApiActions.budgetShortfallKnown({ budgetId: 'b1', deltaFen: 500 }));
    expect(s.submitting).toBeFalse();
    expect(s.shortfall).toEqual({ budgetId: 'b1', deltaFen: 500 });
    s = reduce(
      s,
      TripRequestPageActions.submitted({ plan: {} as never, idempotencyKey: 'k2', year: '2026' }),
    );
    expect(s.shortfall).toBeNull();
  });

  it('marks the best compliant offer and clears offers on a failed search', () => {
    let s = reduce(
      initialPlannerState,
      TravelApiActions.offersLoaded({
        page: { items: [offer('a'), offer('b', { bestInPolicy: true })], total: 2 },
      }),
    );
    expect(plannerFeature.selectBestInPolicyId.projector(s.offers)).toBe('b');
    s = reduce(s, TravelApiActions.offersFailed({ error: budgetError }));
    expect(s.offers).toEqual([]);
  });

  it('keeps the last booking for the page to say whether it went back to approval', () => {
    let s = reduce(
      initialPlannerState,
      OfferSearchPageActions.bookingConfirmed({
        tripId: 't1',
        offerId: 'o1',
        reason: null,
        idempotencyKey: 'k',
      }),
    );
    expect(s.booking).toBeTrue();
    s = reduce(
      s,
      TravelApiActions.booked({ booking: { id: 'bk1', status: 'pending_approval' } as never }),
    );
    expect(s.booking).toBeFalse();
    expect(s.lastBooking?.status).toBe('pending_approval');
  });
});

describe('tripActions', () => {
  it('books only approved trips and closes them from the start date', () => {
    const t = trip('t1');
    expect(tripActions(t, '2026-06-21')).toEqual({ book: true, cancel: true, close: false });
    expect(tripActions(t, '2026-06-22').close).toBeTrue();
    expect(tripActions({ ...t, status: 'pending_approval' }, '2026-06-30')).toEqual({
      book: false,
      cancel: true,
      close: false,
    });
    expect(tripActions({ ...t, status: 'closed' }, '2026-06-30')).toEqual({
      book: false,
      cancel: false,
      close: false,
    });
  });
});
