// The budget ledger: every change of a budget is one of four operations, each returning the new budget
// (version + 1, availableFen recomputed) and the movement that records it. Inputs are never mutated, and
// an operation that would break `available = amount − committed − spent ≥ 0` throws before anything changes.
import {
  availableOf,
  type Budget,
  type BudgetMovement,
  type BudgetMovementType,
  type Fen,
  type MovementReasonCode,
  type MovementReasonParams,
  type SubjectType,
} from '../../src/domain/index.ts';
import { fail } from './errors.ts';

export interface MovementContext {
  /** Id for the movement record. */
  id: string;
  actorId: string;
  /** The reason in English; `reasonCode` and `reasonParams` are what the app words in its language. */
  reason: string;
  reasonCode?: MovementReasonCode;
  reasonParams?: MovementReasonParams;
  subjectType: SubjectType | null;
  subjectId: string | null;
  /** ISO timestamp. */
  now: string;
}

export interface LedgerResult {
  budget: Budget;
  movement: BudgetMovement;
}

function positive(amountFen: Fen, op: string): void {
  if (!Number.isInteger(amountFen) || amountFen <= 0)
    throw new Error(`${op}: amount must be a positive integer (got ${amountFen})`);
}

function apply(
  budget: Budget,
  type: BudgetMovementType,
  amountFen: Fen,
  changes: Partial<Budget>,
  ctx: MovementContext,
): LedgerResult {
  const next: Budget = { ...budget, ...changes, version: budget.version + 1 };
  next.availableFen = availableOf(next);
  assertInvariant(next);
  return {
    budget: next,
    movement: {
      id: ctx.id,
      budgetId: budget.id,
      companyId: budget.companyId,
      type,
      amountFen,
      actorId: ctx.actorId,
      reason: ctx.reason,
      reasonCode: ctx.reasonCode ?? null,
      reasonParams: ctx.reasonParams ?? {},
      subjectType: ctx.subjectType,
      subjectId: ctx.subjectId,
      createdAt: ctx.now,
    },
  };
}

/** Reserves money for a subject (order, trip, grant). 422 BUDGET_EXCEEDED when it does not fit. */
export function commit(budget: Budget, amountFen: Fen, ctx: MovementContext): LedgerResult {
  positive(amountFen, 'commit');
  const available = availableOf(budget);
  if (amountFen > available) {
    fail(
      'BUDGET_EXCEEDED',
      `The amount ${amountFen} fen exceeds the ${available} fen available on budget ${budget.id}`,
    );
  }
  return apply(budget, 'commit', amountFen, { committedFen: budget.committedFen + amountFen }, ctx);
}

/** Gives committed money back (rejection, cancellation). */
export function release(budget: Budget, amountFen: Fen, ctx: MovementContext): LedgerResult {
  positive(amountFen, 'release');
  if (amountFen > budget.committedFen)
    throw new Error(
      `release: ${amountFen} fen is more than the ${budget.committedFen} fen committed on ${budget.id}`,
    );
  return apply(
    budget,
    'release',
    amountFen,
    { committedFen: budget.committedFen - amountFen },
    ctx,
  );
}

/** Turns committed money into spent money (goods receipt, settlement). */
export function spend(budget: Budget, amountFen: Fen, ctx: MovementContext): LedgerResult {
  positive(amountFen, 'spend');
  if (amountFen > budget.committedFen)
    throw new Error(
      `spend: ${amountFen} fen is more than the ${budget.committedFen} fen committed on ${budget.id}`,
    );
  return apply(
    budget,
    'spend',
    amountFen,
    { committedFen: budget.committedFen - amountFen, spentFen: budget.spentFen + amountFen },
    ctx,
  );
}

/** Raises (delta > 0) or lowers (delta < 0) the allocated amount; lowering below what is used → BUDGET_EXCEEDED. */
export function changeAmount(budget: Budget, deltaFen: Fen, ctx: MovementContext): LedgerResult {
  if (!Number.isInteger(deltaFen) || deltaFen === 0)
    throw new Error(`changeAmount: delta must be a non-zero integer (got ${deltaFen})`);
  if (availableOf(budget) + deltaFen < 0) {
    fail(
      'BUDGET_EXCEEDED',
      `Lowering budget ${budget.id} by ${-deltaFen} fen would leave less than what is committed and spent`,
    );
  }
  return apply(budget, 'amount', deltaFen, { amountFen: budget.amountFen + deltaFen }, ctx);
}

export function assertInvariant(b: Budget): void {
  const ok =
    Number.isInteger(b.amountFen) &&
    Number.isInteger(b.committedFen) &&
    Number.isInteger(b.spentFen) &&
    b.committedFen >= 0 &&
    b.spentFen >= 0 &&
    b.availableFen === availableOf(b) &&
    b.availableFen >= 0;
  if (!ok) throw new Error(`Budget invariant broken on ${b.id}: ${JSON.stringify(b)}`);
}
