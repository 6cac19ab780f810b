import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import { AuthSession } from '../../../core/auth/auth-session';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { TripListPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import { tripsFeature } from '../data/trips.feature';
import { CityNames } from './city-names';
import { TripStatus } from './trip-status';

/** 我的行程: the trips the user requested or travels on, newest first, as cards. */
@Component({
  selector: 'app-trip-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatPaginator,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    TripStatus,
    CityNames,
  ],
  template: `
    <app-page-header [title]="'travel.trips.title' | t" [subtitle]="'travel.trips.subtitle' | t">
      @if (isFinance()) {
        <a mat-stroked-button routerLink="/travel/report">{{ 'travel.report.title' | t }}</a>
      }
      @if (isAdmin()) {
        <a mat-stroked-button routerLink="/travel/policy">{{ 'travel.policy.title' | t }}</a>
      }
      <a mat-flat-button routerLink="/travel/new">
        <mat-icon>add</mat-icon>{{ 'travel.request.new' | t }}
      </a>
    </app-page-header>
    <app-list-state
      [loading]="s().listLoading && !trips().length"
      [error]="error()"
      [empty]="!trips().length"
      [emptyText]="'travel.trips.empty' | t"
      (retry)="reload()"
    >
      <ul class="trip-cards">
        @for (trip of trips(); track trip.id) {
          <li>
            <a class="travel-card trip-card" [routerLink]="['/travel/trips', trip.id]">
              <div class="trip-card__head">
                <strong>{{ trip.destinations | cityNames: cities() }}</strong>
                <app-trip-status [status]="trip.status" />
              </div>
              <div>{{ trip.purpose }}</div>
              <div class="muted">{{ trip.startDate }} – {{ trip.endDate }} · {{ trip.id }}</div>
              <div class="muted">
                {{ 'travel.trip.estimate' | t }} {{ trip.estimatedFen | money }} ·
                {{ 'travel.trip.booked' | t }} {{ trip.bookedFen | money }}
              </div>
            </a>
          </li>
        }
      </ul>
      @if (s().total > s().pageSize) {
        <mat-paginator
          [length]="s().total"
          [pageIndex]="s().pageIndex"
          [pageSize]="s().pageSize"
          [hidePageSize]="true"
          (page)="page($event)"
        />
      }
    </app-list-state>
  `,
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TripListPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly session = inject(AuthSession);
  protected readonly s = this.store.selectSignal(tripsFeature.selectTravelTripsState);
  protected readonly trips = this.store.selectSignal(tripsFeature.selectTrips);
  protected readonly cities = this.store.selectSignal(plannerFeature.selectCities);
  protected readonly isFinance = computed(() =>
    (this.session.user()?.roles ?? []).some((r) => r === 'hr' || r === 'admin'),
  );
  protected readonly isAdmin = computed(
    () => this.session.user()?.roles.includes('admin') ?? false,
  );
  protected readonly error = computed(() => {
    const e = this.s().listError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.store.dispatch(TripListPageActions.opened());
  }

  protected page(e: PageEvent): void {
    this.store.dispatch(
      TripListPageActions.pageChanged({ pageIndex: e.pageIndex, pageSize: e.pageSize }),
    );
  }
}
