// e福礼 campaigns (role hr) over one store transaction (Tx): drafts, publish, close, audience check,
// preview and the grant (mock-api/openapi.yaml "welfare"; rules in mock-api/README.md "Welfare").
import {
  audienceDirectory,
  checkAudienceRows,
  defaultExpiresAt,
  grantCostFen,
  approvalLevelsFor,
  type AudienceRowResult,
  type Budget,
  type CampaignStatus,
  type CostCenter,
  type Department,
  type FieldError,
  type Occasion,
  type Product,
} from '../../src/domain/index.ts';
import type { CampaignCommand, CampaignPatch } from '../../src/domain/schemas.ts';
import type { UserRecord } from '../seed/generate.ts';
import { fail } from './errors.ts';
import { settingsOf } from './procurement-service.ts';
import {
  C,
  currentBudget,
  hasRole,
  newId,
  ownRecord,
  pageOf,
  q1,
  requireRole,
  type Caller,
  type Query,
  type Tx,
} from './tx.ts';
import { createGrant, W, type GrantRecord } from './welfare-service.ts';

export const CAMPAIGNS = 'welfareCampaigns';

export interface CampaignRecord extends Omit<CampaignCommand, 'expiresAt'> {
  id: string;
  companyId: string;
  occasion: Occasion;
  expiresAt: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  publishedAt?: string;
  closedAt?: string;
  grantId?: string;
}

export interface CatalogLookup {
  product(id: string): Product | undefined;
  category(id: string): unknown;
}

function problems(
  tx: Tx,
  caller: Caller,
  c: Omit<CampaignRecord, 'id'>,
  catalog: CatalogLookup,
): FieldError[] {
  const errors: FieldError[] = [];
  const cc = tx.get<CostCenter>(C.costCenters, c.costCenterId);
  if (!cc || cc.companyId !== caller.companyId)
    errors.push({ path: 'costCenterId', message: `Unknown cost center ${c.costCenterId}` });
  c.audience.departmentIds?.forEach((id, i) => {
    const d = tx.get<Department>(C.departments, id);
    if (!d || d.companyId !== caller.companyId)
      errors.push({ path: `audience.departmentIds.${i}`, message: `Unknown department ${id}` });
  });
  c.giftRange.categoryIds?.forEach((id, i) => {
    if (!catalog.category(id))
      errors.push({ path: `giftRange.categoryIds.${i}`, message: `Unknown category ${id}` });
  });
  c.giftRange.productIds?.forEach((id, i) => {
    const p = catalog.product(id);
    if (!p || !p.channels.includes('welfare'))
      errors.push({ path: `giftRange.productIds.${i}`, message: `${id} is not a welfare gift` });
  });
  if (c.expiresAt <= `${c.grantDate}T23:59:59.999Z`)
    errors.push({ path: 'expiresAt', message: 'Must be after the grant date' });
  return errors;
}

function check(tx: Tx, caller: Caller, c: Omit<CampaignRecord, 'id'>, catalog: CatalogLookup) {
  const errors = problems(tx, caller, c, catalog);
  if (errors.length) fail('VALIDATION_FAILED', 'Some fields are invalid', errors);
}

const iso = (s: string) => new Date(s).toISOString();

export function createCampaign(
  tx: Tx,
  caller: Caller,
  cmd: CampaignCommand,
  catalog: CatalogLookup,
  now: string,
): CampaignRecord {
  requireRole(caller, 'hr');
  const rec: CampaignRecord = {
    id: newId(tx, CAMPAIGNS, 'WC', now),
    companyId: caller.companyId,
    ...cmd,
    expiresAt: cmd.expiresAt ? iso(cmd.expiresAt) : defaultExpiresAt(cmd.grantDate),
    status: 'draft',
    createdBy: caller.id,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  check(tx, caller, rec, catalog);
  tx.insert(CAMPAIGNS, rec);
  return rec;
}

/** hr reads every campaign of the company; anyone else only published ones (404 otherwise). */
export function getCampaign(tx: Tx, caller: Caller, id: string): CampaignRecord {
  const c = ownRecord<CampaignRecord>(tx, CAMPAIGNS, id, caller, 'Campaign');
  if (!hasRole(caller, 'hr') && c.status !== 'published')
    fail('NOT_FOUND', `Campaign ${id} was not found`);
  return c;
}

/**
 * The caller's current campaign: the most recently published campaign of the company whose points have not
 * expired and whose audience reaches the caller, or null. Its gift range is what the store shows first.
 */
export function currentCampaign(tx: Tx, caller: Caller, now: string): CampaignRecord | null {
  const open = tx
    .all<CampaignRecord>(CAMPAIGNS)
    .filter(
      (c) => c.companyId === caller.companyId && c.status === 'published' && c.expiresAt > now,
    )
    .sort(
      (a, b) =>
        (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id.localeCompare(a.id),
    );
  return open.find((c) => resolveAudience(tx, c).employeeIds.includes(caller.id)) ?? null;
}

export function listCampaigns(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: CampaignRecord[]; total: number } {
  const hr = hasRole(caller, 'hr');
  const status = q1(query, 'status');
  const items = tx
    .all<CampaignRecord>(CAMPAIGNS)
    .filter(
      (c) =>
        c.companyId === caller.companyId &&
        (hr || c.status === 'published') &&
        (!status || c.status === status),
    );
  return pageOf(items, query, {
    sortable: ['createdAt', 'grantDate', 'pointsPerEmployee'],
    defaultSort: 'createdAt',
  });
}

function hrCampaign(tx: Tx, caller: Caller, id: string): CampaignRecord {
  requireRole(caller, 'hr');
  return ownRecord<CampaignRecord>(tx, CAMPAIGNS, id, caller, 'Campaign');
}

function draft(tx: Tx, caller: Caller, id: string): CampaignRecord {
  const c = hrCampaign(tx, caller, id);
  if (c.status !== 'draft')
    fail('NOT_ALLOWED_IN_STATE', `Campaign ${id} is ${c.status}; only a draft can be changed`);
  return c;
}

export function updateCampaign(
  tx: Tx,
  caller: Caller,
  id: string,
  patch: CampaignPatch,
  catalog: CatalogLookup,
  now: string,
): CampaignRecord {
  const c = draft(tx, caller, id);
  const next: CampaignRecord = { ...c, updatedAt: now, version: c.version + 1 };
  for (const [k, v] of Object.entries(patch))
    if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  if (patch.expiresAt) next.expiresAt = iso(patch.expiresAt);
  else if (patch.grantDate && c.expiresAt === defaultExpiresAt(c.grantDate))
    next.expiresAt = defaultExpiresAt(patch.grantDate);
  check(tx, caller, next, catalog);
  tx.update(CAMPAIGNS, next);
  return next;
}

export function deleteCampaign(tx: Tx, caller: Caller, id: string): void {
  draft(tx, caller, id);
  tx.remove(CAMPAIGNS, id);
}

export function publishCampaign(tx: Tx, caller: Caller, id: string, now: string): CampaignRecord {
  const c = draft(tx, caller, id);
  if (!resolveAudience(tx, c).employeeIds.length)
    fail('VALIDATION_FAILED', 'The audience reaches nobody', [
      { path: 'audience', message: 'The audience reaches no active employee' },
    ]);
  const next: CampaignRecord = {
    ...c,
    status: 'published',
    publishedAt: now,
    updatedAt: now,
    version: c.version + 1,
  };
  tx.update(CAMPAIGNS, next);
  return next;
}

export function closeCampaign(tx: Tx, caller: Caller, id: string, now: string): CampaignRecord {
  const c = hrCampaign(tx, caller, id);
  if (c.status !== 'published')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Campaign ${id} is ${c.status}; only a published one can be closed`,
    );
  const next: CampaignRecord = {
    ...c,
    status: 'closed',
    closedAt: now,
    updatedAt: now,
    version: c.version + 1,
  };
  tx.update(CAMPAIGNS, next);
  return next;
}

// ---- audience ----

function members(tx: Tx, companyId: string): UserRecord[] {
  return tx.all<UserRecord>(C.users).filter((u) => u.companyId === companyId);
}

/** Explains each row of a pasted list against the company's own directory (src/domain/welfare.ts rules). */
export function checkAudience(
  tx: Tx,
  caller: Caller,
  id: string,
  rows: readonly string[],
): { rows: AudienceRowResult[]; ok: number; bad: number } {
  hrCampaign(tx, caller, id);
  const results = checkAudienceRows(rows, audienceDirectory(members(tx, caller.companyId)));
  const ok = results.filter((r) => r.status === 'ok').length;
  return { rows: results, ok, bad: results.length - ok };
}

/** The active employees a campaign reaches (a list's bad rows are left out) and how many rows were bad. */
export function resolveAudience(
  tx: Tx,
  c: CampaignRecord,
): { employeeIds: string[]; badRows: number } {
  const all = members(tx, c.companyId);
  const a = c.audience;
  if (a.kind === 'list') {
    const rows = checkAudienceRows(a.employees ?? [], audienceDirectory(all));
    const ok = rows.filter((r) => r.status === 'ok').map((r) => r.employeeId!);
    return { employeeIds: ok, badRows: rows.length - ok.length };
  }
  const depts = new Set(a.kind === 'departments' ? a.departmentIds : []);
  return {
    employeeIds: all
      .filter((u) => u.active && (a.kind === 'all' || depts.has(u.departmentId)))
      .map((u) => u.id),
    badRows: 0,
  };
}

export interface CampaignPreview {
  campaignId: string;
  employees: number;
  badRows: number;
  pointsPerEmployee: number;
  totalPoints: number;
  pointValueFen: number;
  costFen: number;
  budget: {
    budgetId: string;
    availableBeforeFen: number;
    availableAfterFen: number;
  } | null;
  approvalLevels: 0 | 1 | 2;
  needsApproval: boolean;
  overBudget: boolean;
  /** When over budget: what a budget request would need (prefill for POST /api/budget-requests). */
  budgetRequest: { budgetId: string; deltaFen: number } | null;
}

export function previewCampaign(tx: Tx, caller: Caller, id: string, now: string): CampaignPreview {
  const c = hrCampaign(tx, caller, id);
  const { employeeIds, badRows } = resolveAudience(tx, c);
  const settings = settingsOf(tx, caller);
  const costFen = grantCostFen(c.pointsPerEmployee, employeeIds.length, settings.pointValueFen);
  const b: Budget | undefined = currentBudget(tx, c.companyId, c.costCenterId, 'welfare', now);
  const levels = approvalLevelsFor(costFen, settings);
  const over = !b || costFen > b.availableFen;
  return {
    campaignId: c.id,
    employees: employeeIds.length,
    badRows,
    pointsPerEmployee: c.pointsPerEmployee,
    totalPoints: c.pointsPerEmployee * employeeIds.length,
    pointValueFen: settings.pointValueFen,
    costFen,
    budget: b
      ? {
          budgetId: b.id,
          availableBeforeFen: b.availableFen,
          availableAfterFen: b.availableFen - costFen,
        }
      : null,
    approvalLevels: levels,
    needsApproval: levels > 0,
    overBudget: over,
    budgetRequest: b && over ? { budgetId: b.id, deltaFen: costFen - b.availableFen } : null,
  };
}

/** Grants the campaign's points (published, not granted yet or its grant rejected): the grant rules apply. */
export function grantCampaign(
  tx: Tx,
  caller: Caller,
  id: string,
  now: string,
): GrantRecord & { taskIds: string[] } {
  const c = hrCampaign(tx, caller, id);
  if (c.status !== 'published')
    fail(
      'NOT_ALLOWED_IN_STATE',
      `Campaign ${id} is ${c.status}; only a published one can be granted`,
    );
  const prev = c.grantId ? tx.get<GrantRecord>(W.grants, c.grantId) : undefined;
  if (prev && prev.status !== 'rejected')
    fail('NOT_ALLOWED_IN_STATE', `Campaign ${id} was already granted (${prev.id}, ${prev.status})`);
  const { employeeIds } = resolveAudience(tx, c);
  if (!employeeIds.length)
    fail('VALIDATION_FAILED', 'The audience reaches nobody', [
      { path: 'audience', message: 'The audience reaches no active employee' },
    ]);
  const grant = createGrant(
    tx,
    caller,
    {
      occasion: c.name,
      points: c.pointsPerEmployee,
      employeeIds,
      expiresAt: c.expiresAt,
      costCenterId: c.costCenterId,
    },
    now,
    c.id,
  );
  tx.update(CAMPAIGNS, { ...c, grantId: grant.id, updatedAt: now, version: c.version + 1 });
  return grant;
}
