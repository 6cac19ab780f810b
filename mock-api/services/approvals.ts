// The approval state machine, shared by every subject type (orders, budget requests, trips).
//
// Levels: a subject that needs N levels (0, 1 or 2 from the company thresholds; budget requests at least 1)
// gets N tasks at once: level 1 `pending`, the later ones `waiting`. They are decided in turn — a level opens
// (`waiting` → `pending`) when the level before it is approved — and by N different hr users: nobody decides a
// task on their own request, nor a second level of a subject they already decided. The subject is approved when
// its last level is approved; the first rejection rejects it and cancels its other open tasks. Every change of a
// task bumps its `version`, including the other levels' open tasks when one level is decided (their subject
// changed), so a client holding a stale copy gets 409 VERSION_CONFLICT.
import {
  approvalLevelsFor,
  inCategory,
  type CategoryThresholds,
  type ApprovalSubjectType,
  type ApprovalTask,
  type CompanySettings,
  type Decision,
  type Fen,
} from '../../src/domain/index.ts';
import { fail } from './errors.ts';

export type ApprovalRuleCode =
  'none' | 'approvalThreshold' | 'secondApprovalThreshold' | 'budgetRequest' | 'trip';

export interface ApprovalRule {
  levels: 0 | 1 | 2;
  approverRole: 'hr';
  rule: ApprovalRuleCode;
  /** The threshold that fired (or the first threshold when none fired). */
  thresholdFen?: Fen;
}

/** Which company rule applies to an amount (orders, trips). */
export function approvalRuleFor(amountFen: Fen, settings: CompanySettings): ApprovalRule {
  const levels = approvalLevelsFor(amountFen, settings);
  if (levels === 2)
    return {
      levels,
      approverRole: 'hr',
      rule: 'secondApprovalThreshold',
      thresholdFen: settings.secondApprovalThresholdFen,
    };
  if (levels === 1)
    return {
      levels,
      approverRole: 'hr',
      rule: 'approvalThreshold',
      thresholdFen: settings.approvalThresholdFen,
    };
  return { levels, approverRole: 'hr', rule: 'none', thresholdFen: settings.approvalThresholdFen };
}

/**
 * Orders: the company's thresholds on the total, or a category's lower thresholds on the subtotal of the
 * lines of that category (its subcategories included) — whichever needs more levels.
 */
export function orderApprovalRuleFor(
  totalFen: Fen,
  lines: readonly { categoryId?: string; lineTotalFen: Fen }[],
  settings: CompanySettings,
  categories: readonly CategoryThresholds[] = [],
): ApprovalRule {
  let rule = approvalRuleFor(totalFen, settings);
  for (const c of categories) {
    const subtotal = lines
      .filter((l) => l.categoryId && inCategory(l.categoryId, c.categoryId))
      .reduce((sum, l) => sum + l.lineTotalFen, 0);
    if (!subtotal) continue;
    const own = approvalRuleFor(subtotal, { ...settings, ...c });
    if (own.levels > rule.levels) rule = own;
  }
  return rule;
}

/**
 * Budget requests follow the company's levels like orders (two levels at or above the second threshold), but
 * always need at least one approval: below the second threshold one hr approval (rule `budgetRequest`).
 */
export function budgetRequestRuleFor(deltaFen: Fen, settings: CompanySettings): ApprovalRule {
  const rule = approvalRuleFor(deltaFen, settings);
  return rule.levels === 2 ? rule : { levels: 1, approverRole: 'hr', rule: 'budgetRequest' };
}

export interface TaskSummary {
  title: string;
  titleEn: string;
  lineCount?: number;
  /** Trips: the policy, the amount under decision and the travel budget before → after. */
  trip?: {
    policyId: string;
    policyName: string;
    policyNameEn: string;
    estimatedFen: number;
    amountFen: number;
    budgetAvailableBeforeFen: number;
    budgetAvailableAfterFen: number;
    reapproval: boolean;
  };
}

/** A stored approval task: the shared ApprovalTask plus what the inbox shows without extra reads. */
export interface TaskRecord extends ApprovalTask {
  requesterName: string;
  requesterNameEn?: string;
  summary: TaskSummary;
  /** The company rule that made the subject need approval. */
  ruleCode: ApprovalRuleCode;
  thresholdFen?: Fen;
  deciderName?: string;
  deciderNameEn?: string;
  /** The approver the decider acted for, through a delegation (代理审批). */
  onBehalfOf?: string;
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  /** The round of approval of the subject (absent: 1); levels and approvers are counted per round. */
  round?: number;
}

export interface TaskSeed {
  companyId: string;
  subjectType: ApprovalSubjectType;
  subjectId: string;
  amountFen: Fen;
  requesterId: string;
  requesterName: string;
  requesterNameEn?: string;
  summary: TaskSummary;
  /** A later round of approval of the same subject (trips sent back to approval). */
  round?: number;
}

/** One task per level (none when the rule needs no approval): level 1 pending, the later ones waiting for it. */
export function createTasks(
  seed: TaskSeed,
  rule: ApprovalRule,
  now: string,
  newId: () => string,
): TaskRecord[] {
  const tasks: TaskRecord[] = [];
  for (let level = 1; level <= rule.levels; level++) {
    const task: TaskRecord = {
      id: newId(),
      ...seed,
      level,
      levels: rule.levels,
      status: level === 1 ? 'pending' : 'waiting',
      version: 1,
      createdAt: now,
      ruleCode: rule.rule,
    };
    if (rule.thresholdFen !== undefined) task.thresholdFen = rule.thresholdFen;
    tasks.push(task);
  }
  return tasks;
}

export interface Decider {
  id: string;
  name: string;
  nameEn?: string;
}

export interface DecisionInput {
  task: TaskRecord;
  /** Every task of the same subject (the task itself included or not). */
  subjectTasks: readonly TaskRecord[];
  decider: Decider;
  /** The approver the decider acts for (a delegation in force), when not in their own right. */
  onBehalfOf?: { id: string; name: string; nameEn: string };
  command: { decision: Decision; comment?: string; version: number };
  now: string;
}

export interface DecisionResult {
  /** The decided task, as stored after the decision. */
  decided: TaskRecord;
  /** Every task that changed (the decided one first). */
  changed: TaskRecord[];
  /** The next level's task, opened (now pending) because this level was approved. */
  next?: TaskRecord;
  /** What happened to the subject: still waiting for another level, approved, or rejected. */
  outcome: 'pending' | 'approved' | 'rejected';
}

/**
 * Decides one task. Checks, in this order: own request → 403, another level of this subject already
 * decided by the same user → 403, level still waiting for the one before → 409 NOT_ALLOWED_IN_STATE, task
 * no longer pending → 409 ALREADY_DECIDED, stale version → 409 VERSION_CONFLICT, reject without a comment
 * → 400. Nothing is mutated; the caller stores `changed`.
 */
export function decide({
  task,
  subjectTasks,
  decider,
  onBehalfOf,
  command,
  now,
}: DecisionInput): DecisionResult {
  if (task.requesterId === decider.id || task.requesterId === onBehalfOf?.id)
    fail('FORBIDDEN', 'Nobody may decide on their own request');
  const others = subjectTasks.filter(
    (t) =>
      t.id !== task.id &&
      t.subjectType === task.subjectType &&
      t.subjectId === task.subjectId &&
      sameRound(t, task),
  );
  const people = [decider.id, ...(onBehalfOf ? [onBehalfOf.id] : [])];
  if (others.some((t) => people.some((p) => t.decidedBy === p || t.onBehalfOf === p))) {
    fail(
      'FORBIDDEN',
      'You already decided another level of this request; a different approver must decide this level',
    );
  }
  if (task.status === 'waiting')
    fail('NOT_ALLOWED_IN_STATE', `Level ${task.level - 1} of this request must be approved first`);
  if (task.status !== 'pending')
    fail(
      'ALREADY_DECIDED',
      `This task was already ${task.status === 'cancelled' ? 'closed' : task.status}`,
    );
  if (command.version !== task.version) {
    fail(
      'VERSION_CONFLICT',
      `The task changed meanwhile (version ${task.version}, you sent ${command.version}); reload it`,
    );
  }
  const comment = (command.comment ?? '').trim();
  if (command.decision === 'reject' && !comment) {
    fail('VALIDATION_FAILED', 'A rejection needs a comment', [
      { path: 'comment', message: 'A rejection needs a comment' },
    ]);
  }

  const decided: TaskRecord = {
    ...task,
    status: command.decision === 'approve' ? 'approved' : 'rejected',
    version: task.version + 1,
    decidedBy: decider.id,
    deciderName: decider.name,
    deciderNameEn: decider.nameEn ?? decider.name,
    decidedAt: now,
  };
  if (onBehalfOf) {
    decided.onBehalfOf = onBehalfOf.id;
    decided.onBehalfOfName = onBehalfOf.name;
    decided.onBehalfOfNameEn = onBehalfOf.nameEn;
  } else {
    delete decided.onBehalfOf;
    delete decided.onBehalfOfName;
    delete decided.onBehalfOfNameEn;
  }
  if (comment) decided.comment = comment;
  else delete decided.comment;

  const changed: TaskRecord[] = [decided];
  const open = (t: TaskRecord) => t.status === 'pending' || t.status === 'waiting';
  if (command.decision === 'reject') {
    for (const t of others)
      if (open(t))
        changed.push({ ...t, status: 'cancelled', version: t.version + 1, decidedAt: now });
    return { decided, changed, outcome: 'rejected' };
  }
  // Approving opens the next level; the other open levels only see their subject changed.
  const nextLevel = others.find((t) => t.status === 'waiting' && t.level === task.level + 1);
  let next: TaskRecord | undefined;
  for (const t of others) {
    if (!open(t)) continue;
    const updated: TaskRecord = { ...t, version: t.version + 1 };
    if (t === nextLevel) {
      updated.status = 'pending';
      next = updated;
    }
    changed.push(updated);
  }
  const outcome = others.every((t) => t.status === 'approved') ? 'approved' : 'pending';
  return next ? { decided, changed, outcome, next } : { decided, changed, outcome };
}

/** Closes every open (pending or waiting) task of a subject that was withdrawn (e.g. an order cancelled by its buyer); `decidedAt` is when it closed. */
export function cancelPendingTasks(subjectTasks: readonly TaskRecord[], now: string): TaskRecord[] {
  return subjectTasks
    .filter((t) => t.status === 'pending' || t.status === 'waiting')
    .map((t) => ({ ...t, status: 'cancelled' as const, version: t.version + 1, decidedAt: now }));
}

/** Whether `userId` may decide `task` now (pending — not waiting for an earlier level —, not their own request, no other level of it decided by them). */
export function canDecide(
  task: TaskRecord,
  subjectTasks: readonly TaskRecord[],
  userId: string,
): boolean {
  return (
    task.status === 'pending' &&
    task.requesterId !== userId &&
    !subjectTasks.some(
      (t) =>
        t.id !== task.id &&
        sameRound(t, task) &&
        (t.decidedBy === userId || t.onBehalfOf === userId),
    )
  );
}

/** Tasks of one round of approval of a subject (a trip asks again when bookings exceed its estimate). */
function sameRound(a: TaskRecord, b: TaskRecord): boolean {
  return (a.round ?? 1) === (b.round ?? 1);
}

export interface HistoryEntry {
  taskId: string;
  level: number;
  status: TaskRecord['status'];
  deciderId?: string;
  deciderName?: string;
  deciderNameEn?: string;
  onBehalfOf?: string;
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  decidedAt?: string;
  comment?: string;
}

/** All levels of one subject, level order: who decided what, when, and why. */
export function historyOf(subjectTasks: readonly TaskRecord[]): HistoryEntry[] {
  return [...subjectTasks]
    .sort((a, b) => a.level - b.level || a.createdAt.localeCompare(b.createdAt))
    .map((t) => {
      const entry: HistoryEntry = { taskId: t.id, level: t.level, status: t.status };
      if (t.decidedBy) entry.deciderId = t.decidedBy;
      if (t.deciderName) entry.deciderName = t.deciderName;
      if (t.deciderNameEn) entry.deciderNameEn = t.deciderNameEn;
      if (t.onBehalfOf) entry.onBehalfOf = t.onBehalfOf;
      if (t.onBehalfOfName) entry.onBehalfOfName = t.onBehalfOfName;
      if (t.onBehalfOfNameEn) entry.onBehalfOfNameEn = t.onBehalfOfNameEn;
      if (t.decidedAt) entry.decidedAt = t.decidedAt;
      if (t.comment) entry.comment = t.comment;
      return entry;
    });
}
