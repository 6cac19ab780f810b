import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { provideMockStore } from '@ngrx/store/testing';
import type { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { initialPlannerState } from './planner.feature';
import { OfferSearchPageActions, TravelApiActions, TripRequestPageActions } from './travel.actions';
import { book, submitTrip } from './travel.effects';
import { TravelApi } from './travel-api';
import type { TripPlan } from './travel.model';
import { trip } from './travel.feature.spec';

const plan: TripPlan = {
  purpose: '客户拜访',
  destinations: ['BJS'],
  travellerIds: ['u1'],
  startDate: '2026-06-22',
  endDate: '2026-06-24',
  costCenterId: 'cc1',
  estimatedFen: 500_000,
};

const problem = (status: number, code: string) =>
  new HttpErrorResponse({
    status,
    error: { type: 'about:blank', title: code, status, code, detail: code },
  });

describe('travel effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<TravelApi>;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<TravelApi>('TravelApi', ['createTrip', 'travelBudget', 'book']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { travelPlanner: initialPlannerState } }),
        { provide: TravelApi, useValue: api },
      ],
    });
  });

  function run(effect: () => import('rxjs').Observable<Action>): Action[] {
    const out: Action[] = [];
    TestBed.runInInjectionContext(effect).subscribe((a) => out.push(a));
    return out;
  }

  it('over budget: the failure, then what the prefilled budget request asks for', () => {
    api.createTrip.and.returnValue(throwError(() => problem(422, 'BUDGET_EXCEEDED')));
    api.travelBudget.and.returnValue(of({ id: 'b-travel', availableFen: 120_000 } as never));
    const out = run(() => submitTrip());
    actions$.next(TripRequestPageActions.submitted({ plan, idempotencyKey: 'k1', year: '2026' }));
    expect(api.createTrip).toHaveBeenCalledOnceWith(plan, 'k1');
    expect(api.travelBudget).toHaveBeenCalledOnceWith('cc1', '2026');
    expect(out.map((a) => a.type)).toEqual([
      TravelApiActions.tripCreateFailed.type,
      TravelApiActions.budgetShortfallKnown.type,
    ]);
    expect(out[1]).toEqual(
      TravelApiActions.budgetShortfallKnown({ budgetId: 'b-travel', deltaFen: 380_000 }),
    );
  });

  it('another failure does not look for a budget', () => {
    api.createTrip.and.returnValue(throwError(() => problem(403, 'FORBIDDEN')));
    const out = run(() => submitTrip());
    actions$.next(TripRequestPageActions.submitted({ plan, idempotencyKey: 'k1', year: '2026' }));
    expect(api.travelBudget).not.toHaveBeenCalled();
    expect(out.map((a) => a.type)).toEqual([TravelApiActions.tripCreateFailed.type]);
  });

  it('a second submit while the first is under way is ignored (exhaustMap)', () => {
    const answer = new Subject<ReturnType<typeof trip>>();
    api.createTrip.and.returnValue(answer);
    const out = run(() => submitTrip());
    const submitted = TripRequestPageActions.submitted({
      plan,
      idempotencyKey: 'k1',
      year: '2026',
    });
    actions$.next(submitted);
    actions$.next(submitted);
    answer.next(trip('T1'));
    answer.complete();
    expect(api.createTrip).toHaveBeenCalledTimes(1);
    expect(out).toEqual([TravelApiActions.tripCreated({ trip: trip('T1') })]);
  });

  it('books with the reason and key, and reports OUT_OF_POLICY as a booking failure', () => {
    api.book.and.returnValue(throwError(() => problem(422, 'OUT_OF_POLICY')));
    const out = run(() => book());
    actions$.next(
      OfferSearchPageActions.bookingConfirmed({
        tripId: 'T1',
        offerId: 'HT-1',
        reason: '会议酒店',
        idempotencyKey: 'k2',
      }),
    );
    expect(api.book).toHaveBeenCalledOnceWith('T1', 'HT-1', '会议酒店', 'k2');
    expect((out[0] as ReturnType<typeof TravelApiActions.bookingFailed>).error.code).toBe(
      'OUT_OF_POLICY',
    );
  });
});
