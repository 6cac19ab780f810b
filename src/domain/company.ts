import type { CompanyInvoiceProfile } from './invoice.ts';
import type { Fen } from './money.ts';

export interface Company {
  id: string;
  name: string;
  nameEn: string;
  settings: CompanySettings;
  /** The invoice title and tax number orders' invoices are made out to (the checkout's prefill). */
  invoice: CompanyInvoiceProfile;
}

export interface CompanySettings {
  /** Orders at or above this total need one approval. */
  approvalThresholdFen: Fen;
  /** Orders at or above this total need two approvals by two different HR users. */
  secondApprovalThresholdFen: Fen;
  /** What one welfare point is worth. */
  pointValueFen: Fen;
}

export interface Department {
  id: string;
  companyId: string;
  name: string;
  nameEn: string;
  costCenterId: string;
  /** False once an admin deactivated it (absent on databases older than the field: active). */
  active?: boolean;
}

export interface CostCenter {
  id: string;
  companyId: string;
  code: string;
  name: string;
  nameEn: string;
  /** False once an admin deactivated it (absent on databases older than the field: active). */
  active?: boolean;
}

/** A department or cost center is active unless an admin deactivated it. */
export function isActiveUnit(unit: { active?: boolean }): boolean {
  return unit.active !== false;
}

/** GET /api/me/cost-centers: a cost center the user may charge, and why. */
export interface ChargeableCostCenter extends CostCenter {
  /** Their department's, or granted to them by an admin. */
  source: 'department' | 'granted';
}

/** How many approval levels an amount needs under the company's thresholds (0, 1 or 2). */
export function approvalLevelsFor(totalFen: Fen, settings: CompanySettings): 0 | 1 | 2 {
  if (totalFen >= settings.secondApprovalThresholdFen) return 2;
  if (totalFen >= settings.approvalThresholdFen) return 1;
  return 0;
}
