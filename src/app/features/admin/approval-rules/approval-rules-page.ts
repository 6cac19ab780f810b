import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  effect,
  inject,
} from '@angular/core';
import {
  FormArray,
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
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { yuanToFen, type ApprovalRules } from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { ApprovalRulesPageActions } from '../data/approval-rules.actions';
import { approvalRulesFeature } from '../data/approval-rules.feature';

type CategoryRow = FormGroup<{
  categoryId: FormControl<string>;
  first: FormControl<number | null>;
  second: FormControl<number | null>;
}>;

function secondAboveFirst(row: AbstractControl): ValidationErrors | null {
  const { first, second } = row.value as { first: number | null; second: number | null };
  return first != null && second != null && second <= first ? { order: true } : null;
}

const money = () =>
  new FormControl<number | null>(null, [Validators.required, Validators.min(0.01)]);

function categoryRow(categoryId = '', first: number | null = null, second: number | null = null) {
  const row: CategoryRow = new FormGroup(
    {
      categoryId: new FormControl(categoryId, {
        nonNullable: true,
        validators: Validators.required,
      }),
      first: money(),
      second: money(),
    },
    { validators: secondAboveFirst },
  );
  row.patchValue({ first, second });
  return row;
}

/** The company's approval rules (admin): lower thresholds per category, and who decides each level. */
@Component({
  selector: 'app-approval-rules-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './approval-rules-page.html',
  styleUrl: './approval-rules-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalRulesPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly s = this.store.selectSignal(
    approvalRulesFeature.selectAdminApprovalRulesState,
  );

  protected readonly form = new FormGroup({
    categories: new FormArray<CategoryRow>([]),
    level1: new FormControl<string[]>([], { nonNullable: true }),
    level2: new FormControl<string[]>([], { nonNullable: true }),
  });

  protected readonly loadError = computed(() =>
    this.s().loadError ? errorMessage(this.s().loadError, this.i18n) : null,
  );
  protected readonly saveError = computed(() => {
    const e = this.s().saveError;
    if (!e) return null;
    if (e.code === 'VERSION_CONFLICT') return this.i18n.t('admin.rules.conflict');
    return errorMessage(e, this.i18n);
  });

  constructor() {
    // The form follows the rules as loaded or saved (a new version).
    effect(() => {
      const rules = this.s().rules;
      if (rules) this.reset(rules);
    });
  }

  ngOnInit(): void {
    this.store.dispatch(ApprovalRulesPageActions.opened());
  }

  protected get rows(): CategoryRow[] {
    return this.form.controls.categories.controls;
  }

  protected addCategory(): void {
    this.form.controls.categories.push(categoryRow());
  }

  protected removeCategory(i: number): void {
    this.form.controls.categories.removeAt(i);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const rules = this.s().rules;
    if (this.form.invalid || !rules) return;
    const v = this.form.getRawValue();
    this.store.dispatch(
      ApprovalRulesPageActions.saveRequested({
        command: {
          categories: v.categories.map((c) => ({
            categoryId: c.categoryId,
            approvalThresholdFen: yuanToFen(c.first ?? 0),
            secondApprovalThresholdFen: yuanToFen(c.second ?? 0),
          })),
          pools: { level1: v.level1, level2: v.level2 },
          version: rules.version,
        },
      }),
    );
  }

  private reset(rules: ApprovalRules): void {
    const array = this.form.controls.categories;
    array.clear();
    for (const c of rules.categories)
      array.push(
        categoryRow(c.categoryId, c.approvalThresholdFen / 100, c.secondApprovalThresholdFen / 100),
      );
    this.form.patchValue({ level1: rules.pools.level1, level2: rules.pools.level2 });
    this.form.markAsPristine();
  }
}
