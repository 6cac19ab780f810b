import type { CompanySettings } from '../../../../domain/index.ts';
import { settingsForm, settingsPatch, toFormValue } from './settings-form';

const SAVED: CompanySettings = {
  approvalThresholdFen: 500_000,
  secondApprovalThresholdFen: 5_000_000,
  pointValueFen: 100,
};

describe('company settings form', () => {
  it('accepts the saved settings and converts them to yuan', () => {
    const form = settingsForm();
    form.setValue(toFormValue(SAVED));
    expect(form.getRawValue()).toEqual({
      approvalThreshold: 5000,
      secondApprovalThreshold: 50000,
      pointValue: 1,
    });
    expect(form.valid).toBeTrue();
  });

  it('requires every value and positive amounts with at most two decimals', () => {
    const form = settingsForm();
    form.setValue({ approvalThreshold: null, secondApprovalThreshold: 100, pointValue: 0 });
    expect(form.controls.approvalThreshold.hasError('required')).toBeTrue();
    expect(form.controls.pointValue.hasError('positive')).toBeTrue();
    form.controls.pointValue.setValue(-1);
    expect(form.controls.pointValue.hasError('positive')).toBeTrue();
    form.controls.pointValue.setValue(0.005);
    expect(form.controls.pointValue.hasError('decimals')).toBeTrue();
    form.controls.pointValue.setValue(0.01);
    expect(form.controls.pointValue.valid).toBeTrue();
  });

  it('needs the second threshold above the first, whichever field changes', () => {
    const form = settingsForm();
    form.setValue(toFormValue(SAVED));
    form.controls.secondApprovalThreshold.setValue(5000);
    expect(form.controls.secondApprovalThreshold.hasError('secondNotAbove')).toBeTrue();
    expect(form.invalid).toBeTrue();
    form.controls.secondApprovalThreshold.setValue(5000.01);
    expect(form.controls.secondApprovalThreshold.hasError('secondNotAbove')).toBeFalse();
    expect(form.valid).toBeTrue();
    form.controls.approvalThreshold.setValue(6000);
    expect(form.controls.secondApprovalThreshold.hasError('secondNotAbove')).toBeTrue();
    form.controls.approvalThreshold.setValue(100);
    expect(form.controls.secondApprovalThreshold.errors).toBeNull();
    expect(form.valid).toBeTrue();
  });

  it('patches only what changed, in fen', () => {
    const form = settingsForm();
    form.setValue(toFormValue(SAVED));
    expect(settingsPatch(form, SAVED)).toEqual({});
    form.controls.approvalThreshold.setValue(8000.5);
    form.controls.pointValue.setValue(0.5);
    expect(settingsPatch(form, SAVED)).toEqual({
      approvalThresholdFen: 800_050,
      pointValueFen: 50,
    });
  });
});
