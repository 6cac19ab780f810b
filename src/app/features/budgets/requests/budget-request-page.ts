import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  OnInit,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { yuanToFen } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { BudgetLabels } from '../data/budget-labels';
import { errorMessage } from '../../../core/http/problem';
import { BUDGET_ERRORS } from '../data/budget-errors';
import { BudgetRequestPageActions } from '../data/budgets.actions';
import { budgetsFeature } from '../data/budgets.feature';

/** Largest increase accepted by the API (budgetRequestCommandSchema): 1e11 fen. */
export const MAX_DELTA_YUAN = 1_000_000_000;

/** A positive yuan amount with at most two decimals, within the API's limit. */
export function yuanAmount(control: AbstractControl): ValidationErrors | null {
  const v = control.value;
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || Math.abs(Math.round(n * 100) - n * 100) > 1e-6)
    return { amount: true };
  if (n > MAX_DELTA_YUAN) return { amountMax: true };
  return null;
}

/** Maps the API's field paths to this form's controls. */
const FIELD_OF_PATH: Record<string, 'budgetId' | 'amount' | 'reason'> = {
  budgetId: 'budgetId',
  deltaFen: 'amount',
  reason: 'reason',
};

@Component({
  selector: 'app-budget-request-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './budget-request-page.html',
  styleUrl: './budget-request-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetRequestPage implements OnInit, OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** `?budgetId=…&deltaFen=…` (component input binding): a budget page asking for more money. */
  readonly budgetId = input<string>();
  readonly deltaFen = input<string>();
  protected readonly labels = inject(BudgetLabels);

  protected readonly budgets = this.store.selectSignal(budgetsFeature.selectAllBudgets);
  protected readonly loading = this.store.selectSignal(budgetsFeature.selectLoading);
  protected readonly loadError = this.store.selectSignal(budgetsFeature.selectError);
  protected readonly request = this.store.selectSignal(budgetsFeature.selectRequest);
  protected readonly loadErrorText = computed(() => {
    const e = this.loadError();
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  /** A failure that is not about one field. */
  protected readonly formError = computed(() => {
    const e = this.request().error;
    if (!e || e.errors?.some((f) => FIELD_OF_PATH[f.path])) return null;
    return this.i18n.t('budgets.request.failed', { detail: e.detail });
  });

  protected readonly form = new FormGroup({
    budgetId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    /** Yuan, as typed or as a two-decimal string ("402857.20"). */
    amount: new FormControl<number | string | null>(null, {
      validators: [Validators.required, yuanAmount],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(1000),
        (c) => (String(c.value ?? '').trim() ? null : { required: true }),
      ],
    }),
  });
  private readonly budgetIdValue = toSignal(this.form.controls.budgetId.valueChanges, {
    initialValue: '',
  });
  protected readonly selectedBudget = computed(
    () => this.budgets().find((b) => b.id === this.budgetIdValue()) ?? null,
  );

  constructor() {
    // field errors of a 400 from the API go onto their fields
    effect(() => {
      const e = this.request().error;
      for (const f of e?.errors ?? []) {
        const control = this.form.controls[FIELD_OF_PATH[f.path] ?? ('' as 'reason')];
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: f.message });
          control.markAsTouched();
        }
      }
    });
  }

  ngOnInit(): void {
    this.store.dispatch(BudgetRequestPageActions.opened());
  }

  /** The query parameters prefill the form (also when they change while the page is shown). */
  ngOnChanges(): void {
    const budgetId = this.budgetId();
    const deltaFen = Number(this.deltaFen());
    this.form.patchValue({
      ...(budgetId ? { budgetId } : {}),
      ...(Number.isInteger(deltaFen) && deltaFen > 0
        ? { amount: (deltaFen / 100).toFixed(2) }
        : {}),
    });
  }

  /** A valid amount is shown with two decimals once the field is left (12.5 → 12.50). */
  protected formatAmount(): void {
    const c = this.form.controls.amount;
    if (c.value === null || c.value === '' || yuanAmount(c)) return;
    c.setValue(Number(c.value).toFixed(2));
  }

  protected submit(): void {
    if (this.request().submitting) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.store.dispatch(
      BudgetRequestPageActions.submitted({
        command: {
          budgetId: v.budgetId,
          deltaFen: yuanToFen(Number(v.amount)),
          reason: v.reason.trim(),
        },
      }),
    );
  }

  protected another(): void {
    this.form.reset({ budgetId: this.form.controls.budgetId.value, amount: null, reason: '' });
    this.store.dispatch(BudgetRequestPageActions.opened());
  }

  protected errorOf(name: 'budgetId' | 'amount' | 'reason'): string | null {
    const errors = this.form.controls[name].errors;
    if (!errors) return null;
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('budgets.request.required');
    if (errors['amount']) return this.i18n.t('budgets.request.amountPositive');
    if (errors['amountMax']) return this.i18n.t('budgets.request.amountMax');
    if (errors['maxlength']) return this.i18n.t('budgets.request.reasonMax');
    return null;
  }
}
