import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { MIN_REASON_LENGTH, OUT_OF_POLICY_REASONS } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { violationText } from '../data/policy-text';
import { OfferSearchPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import type { Offer, OfferQuery, Trip } from '../data/travel.model';
import { tripsFeature } from '../data/trips.feature';
import { CityNames } from '../trips/city-names';

export type SearchKind = OfferQuery['kind'];

/** The search form's fields (one form for the three tabs; each tab sends its own). */
export interface SearchForm {
  from: string;
  to: string;
  date: string;
  airline: string;
  departAfter: string;
  departBefore: string;
  directOnly: boolean;
  trainType: string;
  seat: string;
  city: string;
  checkIn: string;
  checkOut: string;
  stars: string;
  priceMax: string;
  inPolicyOnly: boolean;
}

/** The first journey and stay of a trip as the form's starting point. */
export function defaultSearch(
  trip: Pick<Trip, 'origin' | 'destinations' | 'startDate' | 'endDate'>,
): SearchForm {
  const dest = trip.destinations[0] ?? trip.origin;
  return {
    from: trip.origin,
    to: dest,
    date: trip.startDate,
    airline: '',
    departAfter: '',
    departBefore: '',
    directOnly: false,
    trainType: '',
    seat: '',
    city: dest,
    checkIn: trip.startDate,
    checkOut: trip.endDate,
    stars: '',
    priceMax: '',
    inPolicyOnly: false,
  };
}

/** The API query of a tab (empty filters left out; the price cap typed in yuan, sent in fen). */
export function queryOf(kind: SearchKind, f: SearchForm): OfferQuery {
  const flag = (b: boolean) => (b ? 'true' : '');
  const params: Record<string, string> =
    kind === 'hotels'
      ? {
          city: f.city,
          checkIn: f.checkIn,
          checkOut: f.checkOut,
          stars: f.stars,
          priceMax: f.priceMax ? String(Math.round(Number(f.priceMax) * 100)) : '',
        }
      : {
          from: f.from,
          to: f.to,
          date: f.date,
          departAfter: f.departAfter,
          departBefore: f.departBefore,
          ...(kind === 'flights'
            ? { airline: f.airline.trim().toUpperCase(), directOnly: flag(f.directOnly) }
            : { trainType: f.trainType, seat: f.seat }),
        };
  params['inPolicyOnly'] = flag(f.inPolicyOnly);
  return { kind, params: Object.fromEntries(Object.entries(params).filter(([, v]) => v)) };
}

/** A reason is needed out of policy, of at least MIN_REASON_LENGTH characters. */
export function reasonValid(offer: Pick<Offer, 'inPolicy'>, reason: string): boolean {
  return offer.inPolicy || reason.trim().length >= MIN_REASON_LENGTH;
}

/** 预订: flights, trains and hotels of an approved trip, ranked by policy, and booking. */
@Component({
  selector: 'app-offer-search-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    CityNames,
  ],
  templateUrl: './offer-search-page.html',
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferSearchPage implements OnChanges {
  /** The route's :id (the trip). */
  readonly id = input.required<string>();
  private readonly store = inject(Store);
  protected readonly i18n = inject(I18n);
  protected readonly planner = this.store.selectSignal(plannerFeature.selectTravelPlannerState);
  protected readonly trips = this.store.selectSignal(tripsFeature.selectTravelTripsState);
  protected readonly cities = this.store.selectSignal(plannerFeature.selectCities);
  protected readonly trip = computed(() => {
    const t = this.trips().detail;
    return t?.id === this.id() ? t : null;
  });
  protected readonly reasons = OUT_OF_POLICY_REASONS;
  protected readonly kind = signal<SearchKind>('trains');
  protected form: SearchForm | null = null;
  protected readonly selected = signal<Offer | null>(null);
  protected readonly reason = signal('');
  private idempotencyKey = '';
  protected readonly violation = violationText;

  protected readonly tripCities = computed(() => {
    const t = this.trip();
    return t ? [t.origin, ...t.destinations.filter((d) => d !== t.origin)] : [];
  });
  protected readonly offersError = computed(() => {
    const e = this.planner().offersError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly bookingError = computed(() => {
    const e = this.planner().bookingError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly tripError = computed(() => {
    const e = this.trips().detailError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });

  ngOnChanges(): void {
    this.form = null;
    this.selected.set(null);
    this.store.dispatch(OfferSearchPageActions.opened({ tripId: this.id() }));
  }

  /** The form, started from the trip once it is known. */
  protected fields(trip: Trip): SearchForm {
    return (this.form ??= defaultSearch(trip));
  }

  protected switchKind(kind: SearchKind): void {
    this.kind.set(kind);
    this.selected.set(null);
    this.search();
  }

  protected search(): void {
    if (!this.form) return;
    this.store.dispatch(
      OfferSearchPageActions.queryChanged({
        tripId: this.id(),
        query: queryOf(this.kind(), this.form),
      }),
    );
  }

  protected choose(offer: Offer): void {
    this.selected.set(offer);
    this.reason.set('');
    this.idempotencyKey = crypto.randomUUID();
  }

  protected canBook(offer: Offer): boolean {
    return reasonValid(offer, this.reason());
  }

  protected book(offer: Offer): void {
    if (!this.canBook(offer) || this.planner().booking) return;
    this.store.dispatch(
      OfferSearchPageActions.bookingConfirmed({
        tripId: this.id(),
        offerId: offer.id,
        reason: offer.inPolicy ? null : this.reason().trim(),
        idempotencyKey: this.idempotencyKey,
      }),
    );
  }

  protected title(o: Offer): string {
    const en = this.i18n.lang() === 'en';
    switch (o.kind) {
      case 'flight':
        return `${en ? o.airlineEn : o.airline} ${o.flightNo}`;
      case 'train':
        return o.trainNo;
      case 'hotel':
        return en ? o.nameEn : o.name;
    }
  }

  protected details(o: Offer): string {
    const en = this.i18n.lang() === 'en';
    const t = (k: string, p?: Record<string, string | number>) => this.i18n.t(k, p);
    switch (o.kind) {
      case 'flight':
        return `${o.departTime} ${o.fromAirport} → ${o.arriveTime}${o.arrivesNextDay ? '+1' : ''} ${o.toAirport} · ${t('travel.cabin.' + o.cabin)} · ${o.stops ? t('travel.offer.stops', { via: o.via ?? '' }) : t('travel.offer.direct')}`;
      case 'train':
        return `${o.departTime} ${en ? o.fromStationEn : o.fromStation} → ${o.arriveTime}${o.arrivesNextDay ? '+1' : ''} ${en ? o.toStationEn : o.toStation} · ${t('travel.seat.' + o.seat)}`;
      case 'hotel':
        return `${'★'.repeat(o.stars)} · ${en ? o.districtEn : o.district} · ${t('travel.offer.nights', { nights: o.nights })}${o.breakfast ? ' · ' + t('travel.offer.breakfast') : ''}`;
    }
  }
}
