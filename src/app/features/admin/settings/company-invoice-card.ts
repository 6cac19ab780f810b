import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import { normalizeUscc } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { usccCode } from '../../../shared/uscc-validator';
import { CompanySettingsPageActions } from '../data/admin.actions';
import { adminFeature } from '../data/admin.feature';

/** The company's invoice title and tax number (the checkout's prefill), saved on the version read. */
@Component({
  selector: 'app-company-invoice-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  template: `<form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>{{ 'admin.invoice.heading' | t }}</mat-card-title>
        <mat-card-subtitle>{{ 'admin.invoice.hint' | t }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content class="fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.invoice.title' | t }}</mat-label>
          <input matInput formControlName="title" required data-testid="invoiceTitle" />
          @if (errorOf('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.invoice.taxNumber' | t }}</mat-label>
          <input
            matInput
            formControlName="taxNumber"
            required
            maxlength="24"
            data-testid="invoiceTaxNumber"
          />
          @if (errorOf('taxNumber'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-card-content>
    </mat-card>
    @if (saveErrorText(); as e) {
      <p class="banner banner--error" role="alert">{{ e }}</p>
    }
    @if (savedAt()) {
      <p class="banner" role="status">{{ 'admin.invoice.saved' | t }}</p>
    }
    <div class="actions">
      <button mat-flat-button type="submit" [disabled]="saving() || form.pristine">
        {{ 'admin.invoice.save' | t }}
      </button>
    </div>
  </form>`,
  styleUrl: './_settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyInvoiceCard {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly company = inject(ReferenceData).company;
  protected readonly saving = this.store.selectSignal(adminFeature.selectInvoiceSaving);
  protected readonly saveError = this.store.selectSignal(adminFeature.selectInvoiceSaveError);
  protected readonly savedAt = this.store.selectSignal(adminFeature.selectInvoiceSavedAt);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    taxNumber: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, usccCode],
    }),
  });

  protected readonly saveErrorText = computed(() => {
    const e = this.saveError();
    if (!e) return null;
    if (e.status === 409) return this.i18n.t('admin.invoice.conflict');
    if (e.status === 403) return this.i18n.t('admin.error.forbidden');
    if (e.errors?.some((f) => f.path === 'title' || f.path === 'taxNumber')) return null;
    return this.i18n.t('admin.error.save', { detail: e.detail });
  });

  constructor() {
    // the form shows the saved details (fresh ones after a save or a conflict)
    effect(() => {
      const invoice = this.company()?.invoice;
      if (invoice) this.form.reset({ title: invoice.title, taxNumber: invoice.taxNumber });
    });
    effect(() => {
      for (const f of this.saveError()?.errors ?? []) {
        const control =
          f.path === 'title' || f.path === 'taxNumber' ? this.form.controls[f.path] : null;
        if (!control) continue;
        control.setErrors({ ...(control.errors ?? {}), server: f.message });
        control.markAsTouched();
      }
    });
  }

  protected save(): void {
    const invoice = this.company()?.invoice;
    this.form.markAllAsTouched();
    if (!invoice || this.form.invalid || this.saving()) return;
    const v = this.form.getRawValue();
    this.store.dispatch(
      CompanySettingsPageActions.invoiceSaveRequested({
        command: {
          title: v.title.trim(),
          taxNumber: normalizeUscc(v.taxNumber),
          version: invoice.version,
        },
      }),
    );
  }

  protected errorOf(name: 'title' | 'taxNumber'): string | null {
    const errors = this.form.controls[name].errors;
    if (!errors) return null;
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('admin.settings.required');
    if (errors['uscc']) return this.i18n.t(`admin.invoice.taxNumber.${errors['uscc']}`);
    if (errors['maxlength']) return this.i18n.t('admin.invoice.tooLong');
    return null;
  }
}
