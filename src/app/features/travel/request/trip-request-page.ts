import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnInit,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { merge } from 'rxjs';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { chinaDate, type Colleague, type Traveller } from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ReferenceData, costCenterLabel } from '../../../core/reference-data/reference-data';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { TripRequestPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import type { TripPlan } from '../data/travel.model';

/** Yuan typed by the user → fen (null when not a positive amount). */
export function yuanToFen(text: string | number | null | undefined): number | null {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null;
}

/** The plan the form describes, or null while it is incomplete or inconsistent. */
export function planOf(v: {
  purpose?: string | null;
  destinations?: string[] | null;
  travellers?: Traveller[] | null;
  startDate?: string | null;
  endDate?: string | null;
  costCenterId?: string | null;
  estimateYuan?: string | number | null;
}): TripPlan | null {
  const estimatedFen = yuanToFen(v.estimateYuan);
  if (!v.purpose?.trim() || !v.destinations?.length || !v.travellers?.length) return null;
  if (!v.startDate || !v.endDate) return null;
  if (v.endDate < v.startDate || !v.costCenterId || !estimatedFen) return null;
  return {
    purpose: v.purpose.trim(),
    destinations: v.destinations,
    travellerIds: v.travellers.map((t) => t.id),
    startDate: v.startDate,
    endDate: v.endDate,
    costCenterId: v.costCenterId,
    estimatedFen,
  };
}

/** `list` with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/**
 * 出差申请: purpose, destinations in the order of the journey, travellers (the requester by default,
 * colleagues added by name), dates, cost center and the estimate the policy proposes.
 */
@Component({
  selector: 'app-trip-request-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    LocalNamePipe,
    PageHeader,
  ],
  templateUrl: './trip-request-page.html',
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TripRequestPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly session = inject(AuthSession);
  protected readonly reference = inject(ReferenceData);
  protected readonly s = this.store.selectSignal(plannerFeature.selectTravelPlannerState);
  protected readonly today = chinaDate(Date.now());
  private idempotencyKey = crypto.randomUUID();

  protected readonly form = new FormGroup({
    purpose: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2)],
    }),
    destinations: new FormControl<string[]>([], {
      nonNullable: true,
      validators: Validators.required,
    }),
    travellers: new FormControl<Traveller[]>(this.self(), {
      nonNullable: true,
      validators: Validators.required,
    }),
    startDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    costCenterId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    estimateYuan: new FormControl<string>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });

  /** The next destination to append (reset after each pick) and the colleague name being typed. */
  protected readonly nextDestination = new FormControl<string | null>(null);
  protected readonly colleagueQuery = new FormControl('', { nonNullable: true });
  protected readonly maxTravellers = 9;
  protected readonly maxDestinations = 5;

  protected readonly costCenterName = (id: string) =>
    costCenterLabel(this.reference.costCenter(id), this.i18n.lang());
  protected readonly submitError = computed(() => {
    const e = this.s().submitError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly estimateError = computed(() => {
    const e = this.s().estimateError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly budgetRequestLink = computed(() => this.s().shortfall);

  ngOnInit(): void {
    this.store.dispatch(TripRequestPageActions.opened());
  }

  constructor() {
    const v = this.form.controls;
    // Form from state: the department's cost center, then the proposed estimate (until the user edits it).
    effect(() => {
      const id = this.reference.defaultCostCenterId();
      if (id && !untracked(() => v.costCenterId.value)) v.costCenterId.setValue(id);
    });
    effect(() => {
      const e = this.s().estimate;
      if (e && untracked(() => !v.estimateYuan.dirty))
        v.estimateYuan.setValue(String(e.totalFen / 100));
    });
    const destroyRef = inject(DestroyRef);
    this.form.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      this.idempotencyKey = crypto.randomUUID();
    });
    merge(
      v.destinations.valueChanges,
      v.travellers.valueChanges,
      v.startDate.valueChanges,
      v.endDate.valueChanges,
    )
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.planChanged());
  }

  private self(): Traveller[] {
    const me = this.session.user();
    return me ? [{ id: me.id, name: me.name, nameEn: localName(me, 'en') || me.name }] : [];
  }

  private planChanged(): void {
    const { destinations, startDate, endDate, travellers } = this.form.getRawValue();
    if (!destinations.length || !travellers.length || !startDate || !endDate) return;
    if (endDate < startDate) return;
    this.form.controls.estimateYuan.markAsPristine();
    const travellerIds = travellers.map((t) => t.id);
    this.store.dispatch(
      TripRequestPageActions.planChanged({
        plan: { destinations, startDate, endDate, travellerIds },
      }),
    );
  }

  protected addDestination(code: string | null): void {
    const list = this.form.controls.destinations;
    if (code && !list.value.includes(code) && list.value.length < this.maxDestinations)
      list.setValue([...list.value, code]);
    this.nextDestination.setValue(null);
    list.markAsTouched();
  }

  protected moveDestination(index: number, by: -1 | 1): void {
    const list = this.form.controls.destinations;
    list.setValue(moved(list.value, index, by));
  }

  protected removeDestination(index: number): void {
    const list = this.form.controls.destinations;
    list.setValue(list.value.filter((_, i) => i !== index));
    list.markAsTouched();
  }

  protected searchColleagues(query: string): void {
    this.store.dispatch(TripRequestPageActions.colleagueSearchChanged({ query }));
  }

  protected addTraveller(c: Colleague): void {
    const list = this.form.controls.travellers;
    if (!list.value.some((t) => t.id === c.id) && list.value.length < this.maxTravellers)
      list.setValue([...list.value, { id: c.id, name: c.name, nameEn: c.nameEn }]);
    this.colleagueQuery.setValue('');
    this.searchColleagues('');
  }

  protected removeTraveller(id: string): void {
    const list = this.form.controls.travellers;
    list.setValue(list.value.filter((t) => t.id !== id));
    list.markAsTouched();
  }

  protected readonly cityName = (code: string) =>
    localName(
      this.s().cities.find((c) => c.code === code),
      this.i18n.lang(),
    ) || code;

  protected submit(): void {
    this.form.markAllAsTouched();
    const plan = planOf(this.form.getRawValue());
    if (!plan || this.s().submitting) return;
    this.store.dispatch(
      TripRequestPageActions.submitted({
        plan,
        idempotencyKey: this.idempotencyKey,
        year: plan.startDate.slice(0, 4),
      }),
    );
  }
}
