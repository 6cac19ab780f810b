// The audit log: every change an admin makes to the company's set-up (settings, invoice details, travel
// policies, the cost centers a user may charge) — who, when, and each field before → after. Written in the same
// transaction as the change, so a change without its entry (or the reverse) cannot be stored.
import {
  AUDIT_ACTIONS,
  auditChanges,
  type AuditAction,
  type AuditEntry,
} from '../../src/domain/index.ts';
import { toCsv } from '../lib/csv.ts';
import { badQuery } from '../lib/query.ts';
import { newId, pageOf, q1, requireRole, type Caller, type Query, type Tx } from './tx.ts';

export const AUDIT = 'auditLog';

/** Records what changed between `before` and `after` (nothing when nothing did). */
export function audit(
  tx: Tx,
  caller: Caller,
  now: string,
  change: {
    action: AuditAction;
    entityId: string;
    entityName?: string;
    entityNameEn?: string;
    before: object;
    after: object;
    ignore?: readonly string[];
  },
): void {
  const changes = auditChanges(change.before, change.after, change.ignore);
  if (!changes.length) return;
  const entry: AuditEntry = {
    id: newId(tx, AUDIT, 'AU', now),
    companyId: caller.companyId,
    at: now,
    actorId: caller.id,
    actorName: caller.name,
    actorNameEn: caller.nameEn ?? caller.name,
    action: change.action,
    entityId: change.entityId,
    entityName: change.entityName ?? '',
    entityNameEn: change.entityNameEn ?? change.entityName ?? '',
    changes,
  };
  tx.insert(AUDIT, entry);
}

const PARAMS = ['action', 'from', 'to', '_page', '_limit'];

/** The company's entries, newest first, filtered by action and China-time day range (admin). */
function entries(tx: Tx, caller: Caller, query: Query): AuditEntry[] {
  requireRole(caller, 'admin');
  for (const k of Object.keys(query)) if (!PARAMS.includes(k)) badQuery(k, 'Unknown parameter');
  const action = q1(query, 'action');
  if (action && !(AUDIT_ACTIONS as readonly string[]).includes(action))
    badQuery('action', 'Unknown action');
  const day = (key: string) => {
    const v = q1(query, key);
    if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) badQuery(key, 'A date YYYY-MM-DD');
    return v;
  };
  const from = day('from');
  const to = day('to');
  // Days are China days (UTC+8), as everywhere the app shows a date.
  const chinaDay = (iso: string) =>
    new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  return tx
    .all<AuditEntry>(AUDIT)
    .filter(
      (e) =>
        e.companyId === caller.companyId &&
        (!action || e.action === action) &&
        (!from || chinaDay(e.at) >= from) &&
        (!to || chinaDay(e.at) <= to),
    );
}

export function listAudit(tx: Tx, caller: Caller, query: Query) {
  return pageOf(entries(tx, caller, query), query, { sortable: ['at'], defaultSort: 'at' });
}

/** The same entries as CSV, one row per changed field (for the auditors' spreadsheet). */
export function auditCsv(tx: Tx, caller: Caller, query: Query): { filename: string; csv: string } {
  const list = entries(tx, caller, query).sort((a, b) => b.at.localeCompare(a.at));
  const rows = list.flatMap((e) =>
    e.changes.map((c) => [
      e.at,
      `${e.actorName} ${e.actorNameEn}`,
      e.action,
      e.entityId,
      e.entityName,
      c.field,
      c.before,
      c.after,
    ]),
  );
  return {
    filename: 'audit-log.csv',
    csv: toCsv(
      [
        '时间 At',
        '操作人 Actor',
        '操作 Action',
        '对象 Entity',
        '名称 Name',
        '字段 Field',
        '修改前 Before',
        '修改后 After',
      ],
      rows,
    ),
  };
}
