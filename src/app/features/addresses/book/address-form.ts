import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { normalizePhone, type Address } from '../../../../domain/index.ts';
import type { SavedAddressCommand } from '../../../../domain/schemas.ts';
import { TranslatePipe } from '../../../core/i18n/i18n';
import { mobilePhone } from '../../../shared/mobile-validator';

/** The fields of an address of the book (new, or `address` to edit), checked as the API checks them. */
@Component({
  selector: 'app-address-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  template: `
    <form class="address-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'addresses.form.recipient' | t }}</mat-label>
          <input matInput formControlName="recipient" autocomplete="name" required />
          <mat-error>{{ 'addresses.form.required' | t }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'addresses.form.phone' | t }}</mat-label>
          <input
            matInput
            formControlName="phone"
            type="tel"
            inputmode="tel"
            autocomplete="tel"
            maxlength="30"
            required
          />
          <mat-hint>{{ 'addresses.form.phoneHint' | t }}</mat-hint>
          @if (form.controls.phone.hasError('required')) {
            <mat-error>{{ 'addresses.form.required' | t }}</mat-error>
          } @else {
            <mat-error>{{ 'addresses.form.phoneInvalid' | t }}</mat-error>
          }
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'addresses.form.address' | t }}</mat-label>
        <textarea
          matInput
          formControlName="address"
          rows="2"
          autocomplete="street-address"
          maxlength="500"
          required
        ></textarea>
        <mat-error>{{ 'addresses.form.required' | t }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'addresses.form.label' | t }}</mat-label>
        <input matInput formControlName="label" maxlength="30" />
        <mat-hint>{{ 'addresses.form.labelHint' | t }}</mat-hint>
      </mat-form-field>
      @if (!address()?.isDefault) {
        <mat-checkbox formControlName="isDefault">{{
          'addresses.form.isDefault' | t
        }}</mat-checkbox>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (saving() ? 'addresses.form.saving' : 'addresses.form.save') | t }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'addresses.form.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .address-form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 12px;
    }
    .full {
      width: 100%;
    }
    .buttons {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-top: 8px;
    }
    @media (max-width: 599.98px) {
      .row {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressForm {
  /** The address edited; null for a new one. */
  readonly address = input<Address | null>(null);
  readonly saving = input(false);
  readonly saved = output<SavedAddressCommand>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    recipient: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    phone: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, mobilePhone],
    }),
    address: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500)],
    }),
    label: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(30)] }),
    isDefault: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    // The form shows the address edited (local UI only).
    effect(() => {
      const a = this.address();
      this.form.reset({
        recipient: a?.recipient ?? '',
        phone: a?.phone ?? '',
        address: a?.address ?? '',
        label: a?.label ?? '',
        isDefault: false,
      });
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    // blank is missing: the API trims too
    for (const k of ['recipient', 'address'] as const)
      if (!v[k].trim()) this.form.controls[k].setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const label = v.label.trim();
    this.saved.emit({
      recipient: v.recipient.trim(),
      phone: normalizePhone(v.phone.trim()),
      address: v.address.trim(),
      ...(label ? { label } : {}),
      ...(v.isDefault ? { isDefault: true } : {}),
    });
  }
}
