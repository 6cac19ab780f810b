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
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { chinaDate } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { LocalNamePipe } from '../../../core/i18n/local-name';
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
  startDate?: string | null;
  endDate?: string | null;
  costCenterId?: string | null;
  estimateYuan?: string | number | null;
}): TripPlan | null {
  const estimatedFen = yuanToFen(v.estimateYuan);
  if (!v.purpose?.trim() || !v.destinations?.length || !v.startDate || !v.endDate) return null;
  if (v.endDate < v.startDate || !v.costCenterId || !estimatedFen) return null;
  return {
    purpose: v.purpose.trim(),
    destinations: v.destinations,
    startDate: v.startDate,
    endDate: v.endDate,
    costCenterId: v.costCenterId,
    estimatedFen,
  };
}

/** 出差申请: purpose, destinations, dates, cost center and the estimate the policy proposes. */
@Component({
  selector: 'app-trip-request-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
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
    startDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    costCenterId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    estimateYuan: new FormControl<string>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });

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
    merge(v.destinations.valueChanges, v.startDate.valueChanges, v.endDate.valueChanges)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.planChanged());
  }

  private planChanged(): void {
    const { destinations, startDate, endDate } = this.form.getRawValue();
    if (!destinations.length || !startDate || !endDate || endDate < startDate) return;
    this.form.controls.estimateYuan.markAsPristine();
    this.store.dispatch(
      TripRequestPageActions.planChanged({ plan: { destinations, startDate, endDate } }),
    );
  }

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
