// Company settings changes (admin): every value a positive integer, the second threshold above the first.
import type { CompanySettings } from '../../src/domain/index.ts';
import { fail } from './errors.ts';

export function applySettingsPatch(
  settings: CompanySettings,
  patch: Partial<CompanySettings>,
): CompanySettings {
  const next: CompanySettings = { ...settings };
  for (const key of [
    'approvalThresholdFen',
    'secondApprovalThresholdFen',
    'pointValueFen',
  ] as const) {
    if (patch[key] !== undefined) next[key] = patch[key];
  }
  const errors = [];
  for (const key of [
    'approvalThresholdFen',
    'secondApprovalThresholdFen',
    'pointValueFen',
  ] as const) {
    if (!Number.isInteger(next[key]) || next[key] <= 0)
      errors.push({ path: key, message: 'Must be a positive integer number of fen' });
  }
  if (next.secondApprovalThresholdFen <= next.approvalThresholdFen) {
    const path =
      patch.secondApprovalThresholdFen !== undefined
        ? 'secondApprovalThresholdFen'
        : 'approvalThresholdFen';
    errors.push({ path, message: 'The second approval threshold must be above the first' });
  }
  if (errors.length) fail('VALIDATION_FAILED', 'The settings are not valid', errors);
  return next;
}
