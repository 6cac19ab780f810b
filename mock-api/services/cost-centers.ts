// Which cost centers a user may charge (orders, order previews, trips): their department's, plus any an
// admin granted them (`users[].grantedCostCenterIds`). Anything else is 403 FORBIDDEN and changes nothing.
import {
  isActiveUnit,
  type ChargeableCostCenter,
  type CostCenter,
  type Department,
} from '../../src/domain/index.ts';
import { audit } from './audit.ts';
import { fail } from './errors.ts';
import { C, ownRecord, requireRole, type Caller, type Tx } from './tx.ts';

interface UserCostCenters {
  id: string;
  companyId: string;
  departmentId: string;
  name: string;
  nameEn?: string;
  grantedCostCenterIds?: string[];
}

/** The department's cost center of a user (undefined when the department has none). */
export function departmentCostCenterId(tx: Tx, departmentId: string): string | undefined {
  return tx.get<Department>(C.departments, departmentId)?.costCenterId || undefined;
}

/** Ids of the cost centers the user may charge, the department's first. */
export function chargeableCostCenterIds(
  tx: Tx,
  user: { id: string; departmentId: string },
): Set<string> {
  const rec = tx.get<UserCostCenters>(C.users, user.id);
  const own = departmentCostCenterId(tx, rec?.departmentId ?? user.departmentId);
  return new Set([...(own ? [own] : []), ...(rec?.grantedCostCenterIds ?? [])]);
}

/** The chargeable cost centers as records (GET /api/me/cost-centers). */
export function chargeableCostCenters(tx: Tx, caller: Caller): ChargeableCostCenter[] {
  const own = departmentCostCenterId(tx, caller.departmentId);
  const out: ChargeableCostCenter[] = [];
  for (const id of chargeableCostCenterIds(tx, caller)) {
    const cc = tx.get<CostCenter>(C.costCenters, id);
    if (cc && cc.companyId === caller.companyId && isActiveUnit(cc))
      out.push({ ...cc, source: id === own ? 'department' : 'granted' });
  }
  return out;
}

/**
 * The cost center a command charges: 400 VALIDATION_FAILED (path `field`) when it is not one of the company's
 * (another company's included, so nothing leaks), 403 FORBIDDEN when the user may not charge it.
 */
export function requireChargeable(
  tx: Tx,
  caller: Caller,
  costCenterId: string,
  field = 'costCenterId',
  user: { id: string; departmentId: string } = caller,
): CostCenter {
  const cc = tx.get<CostCenter>(C.costCenters, costCenterId);
  if (!cc || cc.companyId !== caller.companyId)
    fail('VALIDATION_FAILED', 'Unknown cost center', [
      { path: field, message: `Unknown cost center ${costCenterId}` },
    ]);
  if (!isActiveUnit(cc))
    fail('VALIDATION_FAILED', 'Deactivated cost center', [
      { path: field, message: `Cost center ${cc.code} is deactivated` },
    ]);
  if (!chargeableCostCenterIds(tx, user).has(cc.id))
    fail(
      'FORBIDDEN',
      `Cost center ${cc.code} is not one you may charge: only your department's and those granted to you`,
    );
  return cc;
}

export interface CostCenterGrant {
  userId: string;
  departmentCostCenterId: string | null;
  grantedCostCenterIds: string[];
}

/** Admin: replaces the cost centers granted to a user of the company (each must be the company's). */
export function grantCostCenters(
  tx: Tx,
  caller: Caller,
  userId: string,
  ids: readonly string[],
  now: string,
): CostCenterGrant {
  requireRole(caller, 'admin');
  const user = ownRecord<UserCostCenters>(tx, C.users, userId, caller, 'User');
  ids.forEach((id, i) => {
    const cc = tx.get<CostCenter>(C.costCenters, id);
    if (!cc || cc.companyId !== caller.companyId)
      fail('VALIDATION_FAILED', 'Unknown cost center', [
        { path: `grantedCostCenterIds.${i}`, message: `Unknown cost center ${id}` },
      ]);
    if (!isActiveUnit(cc) && !user.grantedCostCenterIds?.includes(id))
      fail('VALIDATION_FAILED', 'Deactivated cost center', [
        { path: `grantedCostCenterIds.${i}`, message: `Cost center ${id} is deactivated` },
      ]);
  });
  const own = departmentCostCenterId(tx, user.departmentId) ?? null;
  const granted = [...new Set(ids)].filter((id) => id !== own);
  tx.update(C.users, { ...user, grantedCostCenterIds: granted });
  audit(tx, caller, now, {
    action: 'user.costCenters',
    entityId: user.id,
    entityName: user.name,
    entityNameEn: user.nameEn,
    before: { grantedCostCenterIds: user.grantedCostCenterIds ?? [] },
    after: { grantedCostCenterIds: granted },
  });
  return { userId: user.id, departmentCostCenterId: own, grantedCostCenterIds: granted };
}
