// The caller's company, its settings (approval thresholds, point value) and invoice details over one
// store transaction (Tx); every change goes into the audit log.
import type { Company, CompanySettings } from '../../src/domain/index.ts';
import type { CompanyInvoiceCommand } from '../../src/domain/schemas.ts';
import { fail } from './errors.ts';
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

/** The company's invoice title and tax number (admin), on the version the admin read (else 409). */
export function updateCompanyInvoice(
  tx: Tx,
  caller: Caller,
  cmd: CompanyInvoiceCommand,
  now: string,
): Company {
  requireRole(caller, 'admin');
  const company = companyOf(tx, caller);
  if (cmd.version !== company.invoice.version)
    fail(
      'VERSION_CONFLICT',
      `The invoice details changed since version ${cmd.version} (now ${company.invoice.version})`,
    );
  const next: Company = {
    ...company,
    invoice: {
      title: cmd.title.trim(),
      taxNumber: cmd.taxNumber,
      version: company.invoice.version + 1,
    },
  };
  tx.update(C.companies, next);
  audit(tx, caller, now, {
    action: 'company.invoice',
    entityId: company.id,
    entityName: company.name,
    entityNameEn: company.nameEn,
    before: company.invoice,
    after: next.invoice,
    ignore: ['version'],
  });
  return next;
}
