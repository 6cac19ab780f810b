// The caller's company and its settings (approval thresholds, point value) over one store transaction (Tx).
import type { Company, CompanySettings } from '../../src/domain/index.ts';
import { companyOf } from './procurement-service.ts';
import { audit } from './audit.ts';
import { applySettingsPatch } from './settings.ts';
import { C, requireRole, type Caller, type Tx } from './tx.ts';

export function currentCompany(tx: Tx, caller: Caller): Company {
  return companyOf(tx, caller);
}

export function patchCompanySettings(
  tx: Tx,
  caller: Caller,
  patch: Partial<CompanySettings>,
  now: string,
): Company {
  requireRole(caller, 'admin');
  const company = companyOf(tx, caller);
  const next: Company = { ...company, settings: applySettingsPatch(company.settings, patch) };
  tx.update(C.companies, next);
  audit(tx, caller, now, {
    action: 'company.settings',
    entityId: company.id,
    entityName: company.name,
    entityNameEn: company.nameEn,
    before: company.settings,
    after: next.settings,
  });
  return next;
}
