import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { yuanToFen, type CompanySettings } from '../../../../domain/index.ts';

/** A positive amount in yuan with at most two decimals. */
export function positiveYuan(control: AbstractControl): ValidationErrors | null {
  const v = control.value;
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) return { positive: true };
  if (Math.abs(Math.round(n * 100) - n * 100) > 1e-6) return { decimals: true };
  return null;
}

/** The second approval threshold must be above the first (error set on the second field). */
export function secondAboveFirst(group: AbstractControl): ValidationErrors | null {
  const g = group as SettingsForm;
  const first = g.controls.approvalThreshold.value;
  const second = g.controls.secondApprovalThreshold;
  const clash = first != null && second.value != null && Number(second.value) <= Number(first);
  const { secondNotAbove: _had, ...rest } = second.errors ?? {};
  if (clash) second.setErrors({ ...rest, secondNotAbove: true });
  else if (_had) second.setErrors(Object.keys(rest).length ? rest : null);
  return clash ? { secondNotAbove: true } : null;
}

export type SettingsForm = FormGroup<{
  approvalThreshold: FormControl<number | null>;
  secondApprovalThreshold: FormControl<number | null>;
  pointValue: FormControl<number | null>;
}>;

export function settingsForm(): SettingsForm {
  const money = () =>
    new FormControl<number | null>(null, { validators: [Validators.required, positiveYuan] });
  return new FormGroup(
    { approvalThreshold: money(), secondApprovalThreshold: money(), pointValue: money() },
    { validators: secondAboveFirst },
  );
}

export function toFormValue(s: CompanySettings): {
  approvalThreshold: number;
  secondApprovalThreshold: number;
  pointValue: number;
} {
  return {
    approvalThreshold: s.approvalThresholdFen / 100,
    secondApprovalThreshold: s.secondApprovalThresholdFen / 100,
    pointValue: s.pointValueFen / 100,
  };
}

/** The fields that differ from the saved settings, in fen (an empty patch when nothing changed). */
export function settingsPatch(
  form: SettingsForm,
  saved: CompanySettings,
): Partial<CompanySettings> {
  const v = form.getRawValue();
  const next: CompanySettings = {
    approvalThresholdFen: yuanToFen(Number(v.approvalThreshold)),
    secondApprovalThresholdFen: yuanToFen(Number(v.secondApprovalThreshold)),
    pointValueFen: yuanToFen(Number(v.pointValue)),
  };
  const patch: Partial<CompanySettings> = {};
  for (const k of Object.keys(next) as (keyof CompanySettings)[])
    if (next[k] !== saved[k]) patch[k] = next[k];
  return patch;
}

/** API field paths → form controls. */
export const CONTROL_OF_PATH: Record<string, keyof SettingsForm['controls']> = {
  approvalThresholdFen: 'approvalThreshold',
  secondApprovalThresholdFen: 'secondApprovalThreshold',
  pointValueFen: 'pointValue',
};
