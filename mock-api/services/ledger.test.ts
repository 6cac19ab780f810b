import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from './errors.ts';
import { budget, NOW } from './fixtures.test-util.ts';
import { usageByMonth } from '../../src/domain/index.ts';
import { assertInvariant, changeAmount, commit, release, spend } from './ledger.ts';

const ctx = {
  id: 'm1',
  actorId: 'u1',
  reason: 'test',
  subjectType: 'order' as const,
  subjectId: 'o1',
  now: NOW,
};

describe('budget ledger', () => {
  it('commit moves money into committed, records a movement and bumps the version', () => {
    const b = budget();
    const r = commit(b, 300_000, ctx);
    assert.equal(r.budget.committedFen, 300_000);
    assert.equal(r.budget.availableFen, 700_000);
    assert.equal(r.budget.version, 2);
    assert.deepEqual(r.movement, {
      id: 'm1',
      budgetId: 'b1',
      companyId: 'c1',
      type: 'commit',
      amountFen: 300_000,
      actorId: 'u1',
      reason: 'test',
      reasonCode: null,
      reasonParams: {},
      subjectType: 'order',
      subjectId: 'o1',
      createdAt: NOW,
    });
    assert.equal(b.committedFen, 0, 'input not mutated');
    // the reason's code and parameters travel with the movement
    const coded = commit(b, 1, {
      ...ctx,
      reasonCode: 'ORDER_SUBMITTED',
      reasonParams: { id: 'o1' },
    });
    assert.deepEqual(
      [coded.movement.reasonCode, coded.movement.reasonParams],
      ['ORDER_SUBMITTED', { id: 'o1' }],
    );
  });

  it('commit up to exactly the available amount, and not one fen more', () => {
    assert.equal(commit(budget(), 1_000_000, ctx).budget.availableFen, 0);
    assert.throws(
      () => commit(budget(), 1_000_001, ctx),
      (e: DomainError) => e.code === 'BUDGET_EXCEEDED' && e.status === 422,
    );
  });

  it('release and spend move committed money', () => {
    const b = budget({ committedFen: 400_000 });
    const rel = release(b, 100_000, ctx);
    assert.deepEqual(
      [rel.budget.committedFen, rel.budget.availableFen, rel.movement.type],
      [300_000, 700_000, 'release'],
    );
    const sp = spend(rel.budget, 300_000, ctx);
    assert.deepEqual(
      [sp.budget.committedFen, sp.budget.spentFen, sp.budget.availableFen, sp.budget.version],
      [0, 300_000, 700_000, 3],
    );
    assert.throws(() => release(b, 400_001, ctx));
    assert.throws(() => spend(b, 400_001, ctx));
  });

  it('amount changes keep available ≥ 0', () => {
    const b = budget({ committedFen: 600_000, spentFen: 300_000 });
    const up = changeAmount(b, 50_000, ctx);
    assert.deepEqual(
      [up.budget.amountFen, up.budget.availableFen, up.movement.type, up.movement.amountFen],
      [1_050_000, 150_000, 'amount', 50_000],
    );
    assert.equal(changeAmount(b, -100_000, ctx).budget.availableFen, 0);
    assert.throws(
      () => changeAmount(b, -100_001, ctx),
      (e: DomainError) => e.code === 'BUDGET_EXCEEDED',
    );
  });

  it('refuses non-positive or fractional amounts', () => {
    assert.throws(() => commit(budget(), 0, ctx));
    assert.throws(() => commit(budget(), 1.5, ctx));
    assert.throws(() => changeAmount(budget(), 0, ctx));
  });

  it('assertInvariant catches inconsistent records', () => {
    assert.throws(() => assertInvariant({ ...budget(), availableFen: 1 }));
    assert.throws(() => assertInvariant(budget({ committedFen: 2_000_000 })));
    assertInvariant(budget());
  });

  it('usage sums movements per month', () => {
    const rows = usageByMonth([
      { type: 'commit', amountFen: 100, createdAt: '2026-02-03T00:00:00Z' },
      { type: 'commit', amountFen: 50, createdAt: '2026-01-03T00:00:00Z' },
      { type: 'release', amountFen: 20, createdAt: '2026-02-04T00:00:00Z' },
      { type: 'spend', amountFen: 30, createdAt: '2026-02-05T00:00:00Z' },
      { type: 'amount', amountFen: -10, createdAt: '2026-02-06T00:00:00Z' },
    ]);
    assert.deepEqual(rows, [
      { month: '2026-01', committedFen: 50, spentFen: 0, releasedFen: 0, amountChangeFen: 0 },
      { month: '2026-02', committedFen: 100, spentFen: 30, releasedFen: 20, amountChangeFen: -10 },
    ]);
  });
});
