// The welfare rules as pure functions: points lots over an in-memory Tx (oldest-expiring first, refunds to
// the same lots, expiry entries), the redemption quote and the audience row rules of src/domain/welfare.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  audienceDirectory,
  checkAudienceRows,
  defaultExpiresAt,
  grantCostFen,
  quoteRedemption,
} from '../../src/domain/index.ts';
import type { PointsLedgerEntry, PointsLot } from '../seed/generate.ts';
import { DomainError } from './errors.ts';
import { MemoryTx } from './memory-tx.test-util.ts';
import { creditLot, expireLots, P, refundLots, spendLots } from './points.ts';

const U = { id: 'u1', companyId: 'c1' };
const sum = (tx: MemoryTx) =>
  tx.all<{ userId: string; points: number }>(P.ledger).reduce((s, e) => s + e.points, 0);
const balance = (tx: MemoryTx) => tx.get<{ balance: number }>(P.accounts, 'u1')?.balance;
const remaining = (tx: MemoryTx) =>
  Object.fromEntries(
    tx.all<PointsLot>(P.lots).map((l) => [l.id.replace('lot-u1-', ''), l.remaining]),
  );

describe('points lots', () => {
  const setup = () => {
    const tx = new MemoryTx();
    creditLot(tx, U, 100, '2026-12-31T00:00:00.000Z', 'late', '2026-01-01T00:00:00.000Z');
    creditLot(tx, U, 50, '2026-07-01T00:00:00.000Z', 'early', '2026-02-01T00:00:00.000Z');
    return tx;
  };

  it('spends the oldest-expiring lot first and refunds to the same lots', () => {
    const tx = setup();
    const alloc = spendLots(tx, U, 80, 'r1', '2026-06-15T00:00:00.000Z');
    assert.deepEqual(
      alloc.map((a) => [a.lotId, a.points]),
      [
        ['lot-u1-early', 50],
        ['lot-u1-late', 30],
      ],
    );
    assert.deepEqual(remaining(tx), { late: 70, early: 0 });
    assert.equal(balance(tx), 70);
    refundLots(tx, U, alloc, 'r1', '2026-06-16T00:00:00.000Z');
    assert.deepEqual(remaining(tx), { late: 100, early: 50 });
    assert.equal(balance(tx), 150);
    assert.equal(sum(tx), 150);
  });

  it('expired points cannot be spent and leave through an expire entry dated at the expiry', () => {
    const tx = setup();
    assert.throws(
      () => spendLots(tx, U, 101, 'r1', '2026-07-01T00:00:00.000Z'),
      (e: unknown) => e instanceof DomainError && e.code === 'INSUFFICIENT_POINTS',
    );
    assert.equal(expireLots(tx, 'u1', '2026-07-02T00:00:00.000Z'), true);
    const exp = tx.all<PointsLedgerEntry>(P.ledger).find((e) => e.type === 'expire');
    assert.ok(exp);
    assert.deepEqual(
      [exp.points, exp.createdAt, exp.balanceAfter],
      [-50, '2026-07-01T00:00:00.000Z', 100],
    );
    assert.equal(expireLots(tx, 'u1', '2026-07-03T00:00:00.000Z'), false, 'once');
    assert.equal(sum(tx), balance(tx));
  });

  it('a refund to a lot that expired meanwhile expires again at once, dated at the refund', () => {
    const tx = setup();
    const alloc = spendLots(tx, U, 50, 'r1', '2026-06-15T00:00:00.000Z');
    refundLots(tx, U, alloc, 'r1', '2026-07-05T00:00:00.000Z');
    const last = tx.all<PointsLedgerEntry>(P.ledger).at(-1);
    assert.ok(last);
    assert.deepEqual(
      [last.type, last.points, last.createdAt],
      ['expire', -50, '2026-07-05T00:00:00.000Z'],
    );
    assert.equal(balance(tx), 100);
    assert.equal(sum(tx), 100);
  });
});

describe('redemption quote and grant cost', () => {
  it('total = Σ pointsPrice × qty; points up to min(total, balance); the rest in cash', () => {
    const lines = [
      { pointsPrice: 120, qty: 2 },
      { pointsPrice: 60, qty: 1 },
    ];
    assert.deepEqual(quoteRedemption(lines, 200, 250, 100), {
      totalPoints: 300,
      maxPoints: 250,
      cashFen: 10_000,
    });
    assert.equal(quoteRedemption(lines, 251, 250, 100).cashFen, null);
    assert.equal(quoteRedemption(lines, 301, 1000, 100).cashFen, null);
    assert.equal(quoteRedemption(lines, -1, 1000, 100).cashFen, null);
    assert.equal(quoteRedemption(lines, 0, 0, 100).cashFen, 30_000);
    assert.equal(grantCostFen(800, 400, 100), 32_000_000);
  });

  it('the default expiry is the end of the Beijing day 12 months after the grant date', () => {
    assert.equal(defaultExpiresAt('2027-01-20'), '2028-01-20T15:59:59.000Z');
  });
});

describe('audience rows', () => {
  const dir = audienceDirectory([
    { id: 'u1', email: 'Chen.Jiaqi@c1.example', employeeNo: 'C100005', active: true },
    { id: 'u2', email: 'li.na@c1.example', employeeNo: 'C100006', active: false },
  ]);
  it('explains each row; blank rows are skipped; full-width and case folded', () => {
    const r = checkAudienceRows(
      [
        'C100005',
        '',
        'chen.jiaqi@C1.EXAMPLE',
        'Ｃ１００００６',
        'C1000006',
        'x@gmail.com',
        'C299999',
        'C199999',
        '"nobody@c1.example"',
      ],
      dir,
    );
    assert.deepEqual(
      r.map((x) => [x.row, x.input, x.status, x.employeeId ?? null, x.firstRow ?? null]),
      [
        [1, 'C100005', 'ok', 'u1', null],
        [3, 'chen.jiaqi@C1.EXAMPLE', 'duplicate', 'u1', 1],
        [4, 'C100006', 'left', 'u2', null],
        [5, 'C1000006', 'unknown', null, null],
        [6, 'x@gmail.com', 'other-company', null, null],
        [7, 'C299999', 'other-company', null, null],
        [8, 'C199999', 'unknown', null, null],
        [9, 'nobody@c1.example', 'unknown', null, null],
      ],
    );
  });
});
