import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { chinaDate } from '../../../../domain/index.ts';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { initialPlannerState } from '../data/planner.feature';
import { TripDetailPageActions } from '../data/travel.actions';
import { trip } from '../data/travel.feature.spec';
import type { Booking, TripDetail } from '../data/travel.model';
import { initialTripsState } from '../data/trips.feature';
import { TRAVEL_I18N } from '../travel.i18n';
import { TripDetailPage } from './trip-detail-page';

const hotel: Booking = {
  id: 'BK1',
  companyId: 'c1',
  tripId: 'T1',
  bookedBy: 'u1',
  travellerId: 'u1',
  offerId: 'HT-1',
  kind: 'hotel',
  offer: {
    id: 'HT-1',
    kind: 'hotel',
    hotelId: 'H1',
    city: 'BJS',
    cityTier: '1',
    brand: '全季',
    brandEn: 'JI Hotel',
    name: '全季酒店',
    nameEn: 'JI Hotel',
    stars: 3,
    district: '市中心',
    districtEn: 'Downtown',
    checkIn: '2026-06-22',
    checkOut: '2026-06-24',
    nights: 2,
    nightlyFen: [70_000, 70_000],
    priceFen: 140_000,
    breakfast: true,
    cancellationFeeFen: 20_000,
    inPolicy: false,
    bestInPolicy: false,
    policyViolations: [],
  },
  priceFen: 140_000,
  cancellationFeeFen: 20_000,
  inPolicy: false,
  policyViolations: [
    { code: 'HOTEL_OVER_CAP', params: { nightlyFen: 70_000, capFen: 60_000, tier: '1' } },
  ],
  outOfPolicyReason: '会议酒店',
  lowestFareFen: 60_000,
  status: 'confirmed',
  confirmationNo: 'HX1',
  feeFen: 0,
  createdAt: '2026-06-01T00:00:00Z',
  cancelledAt: null,
  version: 1,
};

describe('TripDetailPage in the router', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(detail: TripDetail, url = `/travel/trips/${detail.id}`) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'travel/trips/:id', component: TripDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            travelTrips: { ...initialTripsState, detailId: detail.id, detail },
            travelPlanner: initialPlannerState,
          },
        }),
        provideReferenceData(),
      ],
    });
    TestBed.inject(I18n).register(TRAVEL_I18N);
    TestBed.inject(I18n).lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, TripDetailPage);
    return harness;
  }

  const buttons = (h: RouterTestingHarness) =>
    [...(h.routeNativeElement?.querySelectorAll('button, a[mat-flat-button]') ?? [])].map((b) =>
      b.textContent?.trim(),
    );

  it('loads the trip of the route, and the next one when only the id changes', async () => {
    const h = await open(trip('T1'));
    expect(dispatch.calls.allArgs()).toEqual([[TripDetailPageActions.opened({ id: 'T1' })]]);
    dispatch.calls.reset();
    await h.navigateByUrl('/travel/trips/T2', TripDetailPage);
    expect(dispatch.calls.allArgs()).toEqual([[TripDetailPageActions.opened({ id: 'T2' })]]);
  });

  it('an approved trip not started: book and cancel, no closing yet', async () => {
    const h = await open(trip('T1', { startDate: chinaDate(Date.now() + 5 * 86_400_000) }));
    expect(buttons(h)).toEqual(['取消行程', '预订机票/火车/酒店']);
  });

  it('an approved trip under way with a booking: closes after a second click', async () => {
    const h = await open(
      trip('T1', { startDate: chinaDate(Date.now()), bookings: [hotel], bookedFen: 140_000 }),
    );
    expect(buttons(h)).toEqual(['取消预订', '结束行程并结算', '预订机票/火车/酒店']);
    const text = h.routeNativeElement?.textContent ?? '';
    expect(text).toContain('每晚 ¥700.00，超出一线城市标准 ¥600.00');
    expect(text).toContain('会议酒店');
    const close = [...h.routeNativeElement!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('结束行程'),
    )!;
    close.click();
    h.detectChanges();
    expect(dispatch).not.toHaveBeenCalledWith(TripDetailPageActions.closeConfirmed({ id: 'T1' }));
    const yes = [...h.routeNativeElement!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '确定',
    )!;
    yes.click();
    expect(dispatch).toHaveBeenCalledWith(TripDetailPageActions.closeConfirmed({ id: 'T1' }));
  });

  it('names every traveller, in the active language', async () => {
    const travellers = [
      { id: 'u1', name: '陈佳琪', nameEn: 'Chen Jiaqi' },
      { id: 'u2', name: '王志强', nameEn: 'Wang Zhiqiang' },
    ];
    const h = await open(trip('T1', { travellers }));
    const names = () =>
      h.routeNativeElement?.querySelector('[data-testid="trip-travellers"]')?.textContent?.trim();
    expect(names()).toBe('陈佳琪和王志强');
    TestBed.inject(I18n).lang.set('en');
    h.detectChanges();
    expect(names()).toBe('Chen Jiaqi and Wang Zhiqiang');
  });

  it('cancelling a booking states its fee first', async () => {
    const h = await open(trip('T1', { bookings: [hotel] }));
    const cancel = [...h.routeNativeElement!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '取消预订',
    )!;
    cancel.click();
    h.detectChanges();
    expect(h.routeNativeElement?.textContent).toContain('取消将收取退改费 ¥200.00');
    const yes = [...h.routeNativeElement!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '确认取消预订',
    )!;
    yes.click();
    expect(dispatch).toHaveBeenCalledWith(
      TripDetailPageActions.bookingCancelConfirmed({ tripId: 'T1', bookingId: 'BK1' }),
    );
  });
});
