// The company's approval rules (admin) over one store transaction (Tx): lower thresholds per catalog category
// for orders, and the approver pool of each level (an empty pool: every hr user). Versioned (409 on a stale
// version) and written to the audit log. Orders placed afterwards follow them; existing tasks keep their
// levels, and the pools apply to whoever decides from now on (approvalAuthority).
import {
  emptyApprovalRules,
  type ApprovalRules,
  type Company,
  type Role,
} from '../../src/domain/index.ts';
import type { ApprovalRulesCommand } from '../../src/domain/schemas.ts';
import { audit } from './audit.ts';
import { fail } from './errors.ts';
import { C, requireRole, type Caller, type Tx } from './tx.ts';

export const APPROVAL_RULES = 'approvalRules';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The company's approval rules, or none set yet (version 0). */
export function approvalRulesOf(tx: Tx, companyId: string): ApprovalRules {
  return tx.get<ApprovalRules>(APPROVAL_RULES, companyId) ?? emptyApprovalRules(companyId);
}

/** GET /api/companies/current/approval-rules: admin and hr read them. */
export function getApprovalRules(tx: Tx, caller: Caller): ApprovalRules {
  requireRole(caller, 'admin', 'hr');
  return approvalRulesOf(tx, caller.companyId);
}

interface UserRow {
  id: string;
  companyId: string;
  roles: readonly Role[];
  active?: boolean;
}

/**
 * PUT /api/companies/current/approval-rules (admin). Each category: a known catalog category, once, both
 * thresholds positive and the second above the first. Each pool: active hr users of the company, each once.
 * A stale `version` → 409 VERSION_CONFLICT (of two admins saving at once, one wins).
 */
export function replaceApprovalRules(
  tx: Tx,
  caller: Caller,
  cmd: ApprovalRulesCommand,
  /** The catalog's categories: id → Chinese name. */
  categoryNames: ReadonlyMap<string, string>,
  now: string,
): ApprovalRules {
  requireRole(caller, 'admin');
  const current = approvalRulesOf(tx, caller.companyId);
  if (cmd.version !== current.version)
    fail(
      'VERSION_CONFLICT',
      `The approval rules changed since version ${cmd.version} (now ${current.version}); reload them`,
    );
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  cmd.categories.forEach((c, i) => {
    if (!categoryNames.has(c.categoryId))
      errors.push({ path: `categories.${i}.categoryId`, message: 'Unknown category' });
    else if (seen.has(c.categoryId))
      errors.push({ path: `categories.${i}.categoryId`, message: 'This category is listed twice' });
    seen.add(c.categoryId);
    if (c.secondApprovalThresholdFen <= c.approvalThresholdFen)
      errors.push({
        path: `categories.${i}.secondApprovalThresholdFen`,
        message: 'The second approval threshold must be above the first',
      });
  });
  for (const level of ['level1', 'level2'] as const) {
    const ids = new Set<string>();
    cmd.pools[level].forEach((id, i) => {
      const u = tx.get<UserRow>(C.users, id);
      if (!u || u.companyId !== caller.companyId || u.active === false || !u.roles.includes('hr'))
        errors.push({
          path: `pools.${level}.${i}`,
          message: 'Not an active hr user of the company',
        });
      else if (ids.has(id)) errors.push({ path: `pools.${level}.${i}`, message: 'Listed twice' });
      ids.add(id);
    });
  }
  if (errors.length) fail('VALIDATION_FAILED', 'The approval rules are not valid', errors);
  const next: ApprovalRules = {
    id: caller.companyId,
    categories: cmd.categories.map((c) => ({ ...c })),
    pools: { level1: [...cmd.pools.level1], level2: [...cmd.pools.level2] },
    version: current.version + 1,
  };
  if (current.version === 0) tx.insert(APPROVAL_RULES, next);
  else tx.update(APPROVAL_RULES, next);
  const company = tx.get<Company>(C.companies, caller.companyId);
  const who = (id: string) => tx.get<{ name?: string }>(C.users, id)?.name ?? id;
  const text = (r: ApprovalRules) => ({
    categories: r.categories.map(
      (c) =>
        `${categoryNames.get(c.categoryId) ?? c.categoryId} ¥${yuan(c.approvalThresholdFen)}/¥${yuan(c.secondApprovalThresholdFen)}`,
    ),
    pools: { level1: r.pools.level1.map(who), level2: r.pools.level2.map(who) },
  });
  audit(tx, caller, now, {
    action: 'company.approvalRules',
    entityId: caller.companyId,
    entityName: company?.name,
    entityNameEn: company?.nameEn,
    before: text(current),
    after: text(next),
  });
  return next;
}
