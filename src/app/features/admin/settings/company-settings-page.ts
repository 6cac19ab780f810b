import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  effect,
  inject,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { toApiError } from '../../../core/http/api-error';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import type { HasUnsavedChanges } from '../../../core/nav/unsaved-changes.guard';
import { CompanySettingsPageActions } from '../data/admin.actions';
import { CompanyInvoiceCard } from './company-invoice-card';
import { adminFeature } from '../data/admin.feature';
import {
  CONTROL_OF_PATH,
  settingsForm,
  settingsPatch,
  toFormValue,
  type SettingsForm,
} from './settings-form';

type Field = keyof SettingsForm['controls'];

@Component({
  selector: 'app-company-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ListState,
    PageHeader,
    CompanyInvoiceCard,
  ],
  templateUrl: './company-settings-page.html',
  styleUrl: './company-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // closing or reloading the tab with unsaved edits asks too
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class CompanySettingsPage implements OnInit, HasUnsavedChanges {
  private readonly store = inject(Store);
  protected readonly i18n = inject(I18n);

  private readonly reference = inject(ReferenceData);
  protected readonly company = this.reference.company;
  protected readonly loading = this.reference.companyLoading;
  protected readonly saving = this.store.selectSignal(adminFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(adminFeature.selectSaveError);
  protected readonly savedAt = this.store.selectSignal(adminFeature.selectSavedAt);
  protected readonly form = settingsForm();

  protected readonly loadErrorText = computed(() => {
    const e = this.reference.companyError();
    return e ? this.i18n.t('admin.error.load', { detail: toApiError(e).detail }) : null;
  });
  /** A save failure that is not about one field. */
  protected readonly saveErrorText = computed(() => {
    const e = this.saveError();
    if (!e) return null;
    if (e.status === 409) return this.i18n.t('admin.error.conflict');
    if (e.status === 403) return this.i18n.t('admin.error.forbidden');
    if (e.errors?.some((f) => CONTROL_OF_PATH[f.path])) return null;
    return this.i18n.t('admin.error.save', { detail: e.detail });
  });

  constructor() {
    // the form shows the saved settings (also fresh ones after a save or a conflict)
    effect(() => {
      const c = this.company();
      if (c) {
        this.form.reset(toFormValue(c.settings));
      }
    });
    // field errors from the API's problem go onto their fields
    effect(() => {
      for (const f of this.saveError()?.errors ?? []) {
        const name = CONTROL_OF_PATH[f.path];
        if (!name) continue;
        const control = this.form.controls[name];
        control.setErrors({ ...(control.errors ?? {}), server: f.message });
        control.markAsTouched();
      }
    });
  }

  ngOnInit(): void {
    this.store.dispatch(CompanySettingsPageActions.opened());
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected reload(): void {
    this.store.dispatch(CompanySettingsPageActions.opened());
  }

  protected save(): void {
    const c = this.company();
    this.form.markAllAsTouched();
    if (!c || this.form.invalid || this.saving()) return;
    const patch = settingsPatch(this.form, c.settings);
    if (!Object.keys(patch).length) return;
    this.store.dispatch(CompanySettingsPageActions.saveRequested({ patch }));
  }

  protected errorOf(name: Field): string | null {
    const errors = this.form.controls[name].errors;
    if (!errors) return null;
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('admin.settings.required');
    if (errors['positive']) return this.i18n.t('admin.settings.positive');
    if (errors['decimals']) return this.i18n.t('admin.settings.decimals');
    if (errors['secondNotAbove']) return this.i18n.t('admin.settings.secondAboveFirst');
    return null;
  }
}
