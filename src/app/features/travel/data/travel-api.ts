import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { Budget, Colleague, TravelPolicyRules } from '../../../../domain/index.ts';
import { API_BASE_URL } from '../../../core/api/api-base-url';
import { silentErrors } from '../../../core/http/http-context';
import { pageOf, type PageOf } from '../../../core/http/paging';
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

/** /api/travel: cities, estimate, trips, offers, bookings. */
@Injectable({ providedIn: 'root' })
export class TravelApi {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly base = `${this.api}/travel`;
  private readonly quiet = { context: silentErrors() };

  cities(): Observable<City[]> {
    return this.http.get<City[]>(`${this.base}/cities`, this.quiet);
  }

  estimate(plan: TripSketch): Observable<TripEstimate> {
    const { destinations, startDate, endDate, travellerIds } = plan;
    return this.http.post<TripEstimate>(
      `${this.base}/estimate`,
      { destinations, startDate, endDate, travellerIds },
      this.quiet,
    );
  }

  /** Colleagues whose Chinese or English name contains `query` (for the travellers of a trip). */
  colleagues(query: string): Observable<Colleague[]> {
    const params = new HttpParams().set('q', query).set('_limit', 10);
    return this.http.get<Colleague[]>(`${this.base}/colleagues`, { ...this.quiet, params });
  }

  /** Idempotent: the same key and body answer the first trip again. */
  createTrip(plan: TripPlan, idempotencyKey: string): Observable<Trip> {
    return this.http.post<Trip>(`${this.base}/trips`, plan, {
      ...this.quiet,
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  /** The travel budget of a cost center this year (for the budget request of a blocked trip). */
  travelBudget(costCenterId: string, year: string): Observable<Budget | null> {
    const params = new HttpParams()
      .set('costCenterId', costCenterId)
      .set('category', 'travel')
      .set('period', year);
    return this.http
      .get<Budget[]>(`${this.api}/budgets`, { ...this.quiet, params })
      .pipe(map((list) => list[0] ?? null));
  }

  myTrips(pageIndex: number, pageSize: number): Observable<PageOf<Trip>> {
    const params = new HttpParams()
      .set('mine', 'true')
      .set('_sort', 'createdAt')
      .set('_order', 'desc')
      .set('_page', pageIndex + 1)
      .set('_limit', pageSize);
    return this.http
      .get<Trip[]>(`${this.base}/trips`, { ...this.quiet, params, observe: 'response' })
      .pipe(map(pageOf));
  }

  trip(id: string): Observable<TripDetail> {
    return this.http.get<TripDetail>(`${this.base}/trips/${encodeURIComponent(id)}`, this.quiet);
  }

  statement(id: string): Observable<TripStatementAnswer> {
    return this.http.get<TripStatementAnswer>(
      `${this.base}/trips/${encodeURIComponent(id)}/statement`,
      this.quiet,
    );
  }

  tripCommand(id: string, command: 'close' | 'cancel'): Observable<Trip> {
    return this.http.post<Trip>(
      `${this.base}/trips/${encodeURIComponent(id)}/${command}`,
      {},
      this.quiet,
    );
  }

  search(tripId: string, query: OfferQuery): Observable<PageOf<Offer>> {
    let params = new HttpParams().set('tripId', tripId).set('_limit', 50);
    for (const [k, v] of Object.entries(query.params)) if (v) params = params.set(k, v);
    return this.http
      .get<Offer[]>(`${this.base}/${query.kind}`, { ...this.quiet, params, observe: 'response' })
      .pipe(map(pageOf));
  }

  /** Idempotent; an out-of-policy offer needs a reason. */
  book(
    tripId: string,
    offerId: string,
    reason: string | null,
    idempotencyKey: string,
  ): Observable<BookingAnswer> {
    return this.http.post<BookingAnswer>(
      `${this.base}/bookings`,
      { tripId, offerId, ...(reason ? { outOfPolicyReason: reason } : {}) },
      { ...this.quiet, headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) },
    );
  }

  cancelBooking(id: string): Observable<BookingAnswer> {
    return this.http.post<BookingAnswer>(
      `${this.base}/bookings/${encodeURIComponent(id)}/cancel`,
      {},
      this.quiet,
    );
  }

  report(year: string): Observable<TravelReport> {
    const params = new HttpParams().set('year', year);
    return this.http.get<TravelReport>(`${this.base}/reports/summary`, { ...this.quiet, params });
  }

  /** A CSV report as text (UTF-8 with its BOM), with the file name to save it under. */
  csv(which: ReportCsv): Observable<{ text: string; fileName: string }> {
    const params =
      which.kind === 'spend'
        ? new HttpParams().set('year', which.year)
        : new HttpParams().set('costCenterId', which.costCenterId).set('month', which.month);
    const fileName =
      which.kind === 'spend'
        ? `travel-spend-${which.year}.csv`
        : `travel-statement-${which.costCenterId}-${which.month}.csv`;
    return this.http
      .get(`${this.base}/reports/${which.kind}`, { ...this.quiet, params, responseType: 'text' })
      .pipe(map((text) => ({ text, fileName })));
  }

  /** The company's policies (each applies to some roles); the admin edits any of them. */
  policies(): Observable<TravelPolicy[]> {
    return this.http.get<TravelPolicy[]>(`${this.api}/travel-policies`, this.quiet);
  }

  /** Admin; `version` guards against overwriting someone else's change (409). */
  savePolicy(policy: TravelPolicy): Observable<TravelPolicy> {
    const { id, name, nameEn, appliesToRoles, version } = policy;
    return this.http.put<TravelPolicy>(
      `${this.base}/policies/${encodeURIComponent(id)}`,
      { name, nameEn, appliesToRoles, ...rulesOf(policy), version },
      this.quiet,
    );
  }

  previewPolicy(
    policyId: string,
    rules: TravelPolicyRules,
    sample: SampleTrip,
  ): Observable<PolicyPreview> {
    return this.http.post<PolicyPreview>(
      `${this.base}/policies/preview`,
      { policyId, rules: rulesOf(rules), ...sample },
      this.quiet,
    );
  }
}

/** Only the rule fields (the API's bodies are closed). */
export function rulesOf(r: TravelPolicyRules): TravelPolicyRules {
  return {
    flightCabin: r.flightCabin,
    maxFarePercent: r.maxFarePercent,
    lowestLogicalFare: r.lowestLogicalFare,
    trainSeat: r.trainSeat,
    hotelCapFenByTier: r.hotelCapFenByTier,
    advanceBookingDays: r.advanceBookingDays,
  };
}
