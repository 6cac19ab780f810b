import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { Router } from '@angular/router';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import {
  CITY_TIERS,
  CITY_TIER_NAMES,
  FLIGHT_CABINS,
  TRAIN_SEATS,
  chinaDate,
  type CityTier,
  type FlightCabin,
  type TrainSeat,
  type TravelPolicyRules,
} from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe, formatList } from '../../../core/i18n/format';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import type { HasUnsavedChanges } from '../../../core/nav/unsaved-changes.guard';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { policyFeature } from '../data/policy.feature';
import { TravelPolicyPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import type { TravelPolicy } from '../data/travel.model';
import { CityNames } from '../trips/city-names';

/** The editor's fields: money in yuan, the discount cap and the lowest-fare rule optional. */
export interface PolicyFormValue {
  flightCabin: FlightCabin;
  maxFarePercent: number | null;
  llfOn: boolean;
  windowMinutes: number;
  toleranceYuan: number;
  tolerancePercent: number;
  trainSeat: TrainSeat;
  cap1: number;
  cap2: number;
  cap3: number;
  cap4: number;
  advanceBookingDays: number;
}

export function policyToForm(p: TravelPolicyRules): PolicyFormValue {
  const llf = p.lowestLogicalFare;
  return {
    flightCabin: p.flightCabin,
    maxFarePercent: p.maxFarePercent,
    llfOn: !!llf,
    windowMinutes: llf?.windowMinutes ?? 120,
    toleranceYuan: (llf?.toleranceFen ?? 0) / 100,
    tolerancePercent: llf?.tolerancePercent ?? 0,
    trainSeat: p.trainSeat,
    cap1: p.hotelCapFenByTier['1'] / 100,
    cap2: p.hotelCapFenByTier['2'] / 100,
    cap3: p.hotelCapFenByTier['3'] / 100,
    cap4: p.hotelCapFenByTier['4'] / 100,
    advanceBookingDays: p.advanceBookingDays,
  };
}

const fen = (yuan: number) => Math.round(Number(yuan) * 100);
const maybe = (v: number | null | string) => (v === null || v === '' ? null : Number(v));

export function formToRules(v: PolicyFormValue): TravelPolicyRules {
  return {
    flightCabin: v.flightCabin,
    maxFarePercent: maybe(v.maxFarePercent),
    lowestLogicalFare: v.llfOn
      ? {
          windowMinutes: Number(v.windowMinutes),
          toleranceFen: fen(v.toleranceYuan),
          tolerancePercent: Number(v.tolerancePercent),
        }
      : null,
    trainSeat: v.trainSeat,
    hotelCapFenByTier: { '1': fen(v.cap1), '2': fen(v.cap2), '3': fen(v.cap3), '4': fen(v.cap4) },
    advanceBookingDays: Number(v.advanceBookingDays),
  };
}

const int = (min: number, max: number) => [
  Validators.required,
  Validators.min(min),
  Validators.max(max),
];

/** 差旅标准 (admin): the rules of the policy, with what a sample trip would allow before saving. */
@Component({
  selector: 'app-travel-policy-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    LocalNamePipe,
    ListState,
    PageHeader,
    CityNames,
  ],
  templateUrl: './travel-policy-page.html',
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TravelPolicyPage implements OnChanges, HasUnsavedChanges {
  /** `?policy=`: the policy edited (default: the company's first). */
  readonly policy = input<string>();
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly s = this.store.selectSignal(policyFeature.selectTravelPolicyState);
  private readonly edited = this.store.selectSignal(policyFeature.selectPolicy);
  protected readonly cities = this.store.selectSignal(plannerFeature.selectCities);
  protected readonly cabins = FLIGHT_CABINS;
  protected readonly seats = TRAIN_SEATS;
  protected readonly tiers = CITY_TIERS.map((t) => ({
    key: `cap${t}` as const,
    ...CITY_TIER_NAMES[t as CityTier],
  }));

  protected readonly form = new FormGroup({
    flightCabin: new FormControl<FlightCabin>('economy', { nonNullable: true }),
    maxFarePercent: new FormControl<number | null>(null, [Validators.min(10), Validators.max(100)]),
    llfOn: new FormControl(false, { nonNullable: true }),
    windowMinutes: new FormControl(120, { nonNullable: true, validators: int(0, 720) }),
    toleranceYuan: new FormControl(0, { nonNullable: true, validators: int(0, 100_000) }),
    tolerancePercent: new FormControl(0, { nonNullable: true, validators: int(0, 100) }),
    trainSeat: new FormControl<TrainSeat>('second', { nonNullable: true }),
    cap1: new FormControl(0, { nonNullable: true, validators: int(0, 100_000) }),
    cap2: new FormControl(0, { nonNullable: true, validators: int(0, 100_000) }),
    cap3: new FormControl(0, { nonNullable: true, validators: int(0, 100_000) }),
    cap4: new FormControl(0, { nonNullable: true, validators: int(0, 100_000) }),
    advanceBookingDays: new FormControl(0, { nonNullable: true, validators: int(0, 60) }),
  });
  protected readonly sample = new FormGroup({
    city: new FormControl('BJS', { nonNullable: true }),
    startDate: new FormControl(chinaDate(Date.now() + 7 * 86_400_000), { nonNullable: true }),
    endDate: new FormControl(chinaDate(Date.now() + 9 * 86_400_000), { nonNullable: true }),
  });

  protected readonly error = (e: unknown) => (e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null);
  protected readonly loadError = computed(() => this.error(this.s().loadError));

  constructor() {
    // Form from state: the policy as loaded or saved.
    effect(() => {
      const p = this.edited();
      if (!p) return;
      this.form.setValue(policyToForm(p));
      this.form.markAsPristine();
    });
  }

  ngOnChanges(): void {
    this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected load(): void {
    this.store.dispatch(TravelPolicyPageActions.opened({ policyId: this.policy() ?? null }));
  }

  /** Another policy: through the URL, so that reload and back keep it (and unsaved edits are asked about). */
  protected choose(policyId: string): void {
    void this.router.navigate([], { queryParams: { policy: policyId }, replaceUrl: false });
  }

  protected readonly roles = (p: TravelPolicy) =>
    formatList(
      p.appliesToRoles.map((r) => this.i18n.t(`role.${r}`)),
      this.i18n.locale(),
    );

  protected save(policy: TravelPolicy): void {
    if (this.form.invalid || this.s().saving) return;
    this.store.dispatch(
      TravelPolicyPageActions.saved({
        policy: { ...policy, ...formToRules(this.form.getRawValue()) },
      }),
    );
  }

  protected preview(policy: TravelPolicy): void {
    if (this.form.invalid) return;
    const { city, startDate, endDate } = this.sample.getRawValue();
    this.store.dispatch(
      TravelPolicyPageActions.previewRequested({
        policyId: policy.id,
        rules: formToRules(this.form.getRawValue()),
        sample: { destinations: [city], startDate, endDate },
      }),
    );
  }
}
