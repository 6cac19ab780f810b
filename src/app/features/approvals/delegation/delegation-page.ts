import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { chinaDate, hasAnyRole } from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import { errorMessage } from '../../../core/http/problem';
import { LocalDatePipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { PageHeader } from '../../../shared/ui/page-header';
import { DelegationPageActions } from '../data/delegation.actions';
import type { DelegateCandidate, DelegationView } from '../data/delegation-api';
import { delegationFeature } from '../data/delegation.feature';

function dateRange(group: AbstractControl): ValidationErrors | null {
  const { startDate, endDate } = group.value as { startDate: string; endDate: string };
  return startDate && endDate && endDate < startDate ? { range: true } : null;
}

const picked = (c: AbstractControl): ValidationErrors | null =>
  c.value && typeof c.value === 'object' ? null : { pick: true };

/** 代理审批: an approver names a delegate for their leave, sees and ends it; a delegate sees who named them. */
@Component({
  selector: 'app-delegation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    LocalNamePipe,
    LocalDatePipe,
    PageHeader,
  ],
  templateUrl: './delegation-page.html',
  styleUrl: './delegation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelegationPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly user = inject(AuthSession).user;

  protected readonly s = this.store.selectSignal(delegationFeature.selectApprovalDelegationState);
  protected readonly isApprover = computed(() => hasAnyRole(this.user(), ['hr']));
  protected readonly today = chinaDate(Date.now());
  /** The approver's delegation that is not over (scheduled or active), if any. */
  protected readonly current = computed(
    () => this.s().given.find((d) => d.state !== 'ended') ?? null,
  );
  protected readonly past = computed(() => this.s().given.filter((d) => d.state === 'ended'));
  protected readonly loadError = computed(() =>
    this.s().loadError ? errorMessage(this.s().loadError, this.i18n) : null,
  );
  protected readonly saveError = computed(() => {
    const e = this.s().saveError;
    if (!e) return null;
    const field = e.errors?.[0]?.path;
    if (e.code === 'VALIDATION_FAILED' && field)
      return this.i18n.t(`approvals.delegation.invalid.${field}`);
    if (e.code === 'NOT_ALLOWED_IN_STATE') return this.i18n.t('approvals.delegation.exists');
    return errorMessage(e, this.i18n);
  });

  protected readonly form = new FormGroup(
    {
      delegate: new FormControl<DelegateCandidate | string | null>(null, [
        Validators.required,
        picked,
      ]),
      startDate: new FormControl(this.today, {
        nonNullable: true,
        validators: Validators.required,
      }),
      endDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    },
    { validators: dateRange },
  );

  ngOnInit(): void {
    this.store.dispatch(DelegationPageActions.opened());
  }

  protected readonly display = (c: DelegateCandidate | string | null): string =>
    !c ? '' : typeof c === 'string' ? c : localName(c, this.i18n.lang());

  protected search(query: string): void {
    this.store.dispatch(DelegationPageActions.delegateQueryChanged({ query }));
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    const { delegate, startDate, endDate } = this.form.getRawValue();
    if (this.form.invalid || !delegate || typeof delegate === 'string') return;
    this.store.dispatch(
      DelegationPageActions.delegationSubmitted({
        command: { delegateId: delegate.id, startDate, endDate },
      }),
    );
  }

  protected end(d: DelegationView): void {
    this.store.dispatch(DelegationPageActions.endRequested({ id: d.id }));
  }
}
