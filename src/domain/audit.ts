/** What an admin changed: one entry per change of the company's set-up (the audit log). */
export const AUDIT_ACTIONS = [
  'company.settings',
  'company.invoice',
  'company.approvalRules',
  'company.address',
  'travel.policy',
  'user.costCenters',
  'user.create',
  'user.update',
  'department.create',
  'department.update',
  'costCenter.create',
  'costCenter.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditValue = string | number | boolean | null;

/** One field before → after; nested fields by path (`settings.approvalThresholdFen`), lists as text. */
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
}

export interface AuditEntry {
  id: string;
  companyId: string;
  at: string;
  actorId: string;
  actorName: string;
  actorNameEn: string;
  action: AuditAction;
  entityId: string;
  /** The changed record's name when it has one (the policy, the user), in Chinese and English. */
  entityName: string;
  entityNameEn: string;
  changes: AuditChange[];
}

const scalar = (v: unknown): AuditValue =>
  v === undefined
    ? null
    : Array.isArray(v)
      ? v.join(', ')
      : typeof v === 'object' && v !== null
        ? JSON.stringify(v)
        : (v as AuditValue);

function flatten(v: unknown, prefix: string, out: Map<string, AuditValue>): void {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, scalar(v));
}

/** The fields that differ between two versions of a record (`ignore`: bookkeeping such as version). */
export function auditChanges(
  before: object,
  after: object,
  ignore: readonly string[] = [],
): AuditChange[] {
  const a = new Map<string, AuditValue>();
  const b = new Map<string, AuditValue>();
  flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].filter(
    (f) => !ignore.some((i) => f === i || f.startsWith(`${i}.`)),
  );
  return fields
    .filter((f) => (a.get(f) ?? null) !== (b.get(f) ?? null))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}
