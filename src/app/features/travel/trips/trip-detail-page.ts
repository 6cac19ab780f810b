import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { chinaDate } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalDatePipe, MoneyPipe, formatList } from '../../../core/i18n/format';
import { DeciderNamePipe, LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ReferenceData, costCenterLabel } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { violationText } from '../data/policy-text';
import { TripDetailPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import { tripActions, type Booking, type Offer } from '../data/travel.model';
import { tripsFeature } from '../data/trips.feature';
import { CityNames } from './city-names';
import { TripStatus } from './trip-status';

/** One line describing what a booking is (flight no. and route, train, hotel and nights). */
export function offerTitle(o: Offer, lang: 'zh-CN' | 'en'): string {
  switch (o.kind) {
    case 'flight':
      return `${o.flightNo} ${o.date} ${o.departTime}–${o.arriveTime}`;
    case 'train':
      return `${o.trainNo} ${o.date} ${o.departTime}–${o.arriveTime} ${lang === 'en' ? o.fromStationEn : o.fromStation} → ${lang === 'en' ? o.toStationEn : o.toStation}`;
    case 'hotel':
      return `${lang === 'en' ? o.nameEn : o.name} ${o.checkIn} → ${o.checkOut}`;
  }
}

/** A trip: summary, bookings with confirmation numbers, timeline, and closing with its statement. */
@Component({
  selector: 'app-trip-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    LocalDatePipe,
    LocalNamePipe,
    DeciderNamePipe,
    ListState,
    PageHeader,
    TripStatus,
    CityNames,
  ],
  templateUrl: './trip-detail-page.html',
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TripDetailPage implements OnChanges {
  /** The route's :id. */
  readonly id = input.required<string>();
  private readonly store = inject(Store);
  protected readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);
  protected readonly s = this.store.selectSignal(tripsFeature.selectTravelTripsState);
  protected readonly cities = this.store.selectSignal(plannerFeature.selectCities);
  protected readonly trip = computed(() => this.s().detail);
  protected readonly can = computed(() => tripActions(this.trip(), chinaDate(Date.now())));
  /** The action waiting for a second click: 'close', 'cancel' or a booking id. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly loadError = computed(() => {
    const e = this.s().detailError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly actionError = computed(() => {
    const e = this.s().actionError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly costCenter = computed(() =>
    costCenterLabel(this.reference.costCenter(this.trip()?.costCenterId), this.i18n.lang()),
  );
  /** 陈佳琪、王志强和李娜 / Chen Jiaqi, Wang Zhiqiang, and Li Na. */
  protected readonly travellers = computed(() =>
    formatList(
      (this.trip()?.travellers ?? []).map((p) => localName(p, this.i18n.lang())),
      this.i18n.locale(),
    ),
  );
  protected readonly title = (b: Booking) => offerTitle(b.offer, this.i18n.lang());
  protected readonly reason = violationText;

  ngOnChanges(): void {
    this.confirming.set(null);
    this.load();
  }

  protected load(): void {
    this.store.dispatch(TripDetailPageActions.opened({ id: this.id() }));
  }

  protected confirm(what: string): void {
    const id = this.id();
    this.confirming.set(null);
    if (what === 'close') this.store.dispatch(TripDetailPageActions.closeConfirmed({ id }));
    else if (what === 'cancel') this.store.dispatch(TripDetailPageActions.cancelConfirmed({ id }));
    else
      this.store.dispatch(
        TripDetailPageActions.bookingCancelConfirmed({ tripId: id, bookingId: what }),
      );
  }
}
