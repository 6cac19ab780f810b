import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  approvalRuleFor,
  canDecide,
  cancelPendingTasks,
  createTasks,
  decide,
  historyOf,
  type TaskRecord,
} from './approvals.ts';
import { DomainError } from './errors.ts';
import { NOW, settings } from './fixtures.test-util.ts';

const seed = {
  companyId: 'c1',
  subjectType: 'order' as const,
  subjectId: 'o1',
  amountFen: 6_000_000,
  requesterId: 'buyer',
  requesterName: 'B',
  summary: { title: 't', titleEn: 't' },
};
const hr1 = { id: 'hr1', name: 'HR One' };
const hr2 = { id: 'hr2', name: 'HR Two' };

function twoLevels(): TaskRecord[] {
  let n = 0;
  return createTasks(seed, approvalRuleFor(6_000_000, settings), NOW, () => `t${++n}`);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DomainError, String(e));
    return e.code;
  }
  return 'none';
}

describe('approval rules', () => {
  it('0, 1 or 2 levels from the thresholds', () => {
    assert.deepEqual(approvalRuleFor(499_999, settings), {
      levels: 0,
      approverRole: 'hr',
      rule: 'none',
      thresholdFen: 500_000,
    });
    assert.deepEqual(approvalRuleFor(500_000, settings), {
      levels: 1,
      approverRole: 'hr',
      rule: 'approvalThreshold',
      thresholdFen: 500_000,
    });
    assert.deepEqual(approvalRuleFor(4_999_999, settings).levels, 1);
    assert.deepEqual(approvalRuleFor(5_000_000, settings), {
      levels: 2,
      approverRole: 'hr',
      rule: 'secondApprovalThreshold',
      thresholdFen: 5_000_000,
    });
  });

  it('creates one task per level: level 1 pending, the next waiting for it', () => {
    const tasks = twoLevels();
    assert.deepEqual(
      tasks.map((t) => [t.id, t.level, t.levels, t.status, t.version]),
      [
        ['t1', 1, 2, 'pending', 1],
        ['t2', 2, 2, 'waiting', 1],
      ],
    );
    assert.equal(createTasks(seed, approvalRuleFor(1, settings), NOW, () => 'x').length, 0);
  });
});

describe('decide', () => {
  it('two different hr users approve the two levels in turn', () => {
    const [l1, l2] = twoLevels();
    assert.equal(canDecide(l2, [l1, l2], 'hr1'), false, 'level 2 waits');
    assert.equal(
      code(() =>
        decide({
          task: l2,
          subjectTasks: [l1, l2],
          decider: hr1,
          command: { decision: 'approve', version: 1 },
          now: NOW,
        }),
      ),
      'NOT_ALLOWED_IN_STATE',
    );
    const first = decide({
      task: l1,
      subjectTasks: [l1, l2],
      decider: hr1,
      command: { decision: 'approve', comment: 'ok', version: 1 },
      now: NOW,
    });
    assert.equal(first.outcome, 'pending');
    assert.equal(first.decided.status, 'approved');
    assert.equal(first.decided.decidedBy, 'hr1');
    assert.equal(first.decided.version, 2);
    const l2After = first.changed.find((t) => t.id === 't2')!;
    assert.equal(first.next, l2After);
    assert.equal(l2After.version, 2, 'the other level sees its subject changed');
    assert.equal(l2After.status, 'pending', 'level 2 opens');
    // the same user cannot decide the other level
    assert.equal(canDecide(l2After, [first.decided, l2After], 'hr1'), false);
    assert.equal(canDecide(l2After, [first.decided, l2After], 'hr2'), true);
    assert.equal(canDecide(l2After, [first.decided, l2After], 'buyer'), false);
    assert.equal(canDecide(first.decided, [first.decided, l2After], 'hr2'), false);
    assert.equal(
      code(() =>
        decide({
          task: l2After,
          subjectTasks: [first.decided, l2After],
          decider: hr1,
          command: { decision: 'approve', version: 2 },
          now: NOW,
        }),
      ),
      'FORBIDDEN',
    );
    const second = decide({
      task: l2After,
      subjectTasks: [first.decided, l2After],
      decider: hr2,
      command: { decision: 'approve', version: 2 },
      now: NOW,
    });
    assert.equal(second.outcome, 'approved');
    assert.equal(second.next, undefined);
  });

  it('nobody decides their own request', () => {
    const [l1, l2] = twoLevels();
    assert.equal(
      code(() =>
        decide({
          task: l1,
          subjectTasks: [l1, l2],
          decider: { id: 'buyer', name: 'B' },
          command: { decision: 'approve', version: 1 },
          now: NOW,
        }),
      ),
      'FORBIDDEN',
    );
  });

  it('stale version → VERSION_CONFLICT, decided → ALREADY_DECIDED', () => {
    const [l1, l2] = twoLevels();
    assert.equal(
      code(() =>
        decide({
          task: l1,
          subjectTasks: [l1, l2],
          decider: hr1,
          command: { decision: 'approve', version: 0 },
          now: NOW,
        }),
      ),
      'VERSION_CONFLICT',
    );
    const r = decide({
      task: l1,
      subjectTasks: [l1, l2],
      decider: hr1,
      command: { decision: 'approve', version: 1 },
      now: NOW,
    });
    assert.equal(
      code(() =>
        decide({
          task: r.decided,
          subjectTasks: r.changed,
          decider: hr1,
          command: { decision: 'approve', version: 2 },
          now: NOW,
        }),
      ),
      'ALREADY_DECIDED',
    );
    assert.equal(
      code(() =>
        decide({
          task: r.decided,
          subjectTasks: r.changed,
          decider: hr2,
          command: { decision: 'reject', comment: 'x', version: 1 },
          now: NOW,
        }),
      ),
      'ALREADY_DECIDED',
    );
  });

  it('a rejection needs a comment', () => {
    const [l1, l2] = twoLevels();
    assert.equal(
      code(() =>
        decide({
          task: l1,
          subjectTasks: [l1, l2],
          decider: hr1,
          command: { decision: 'reject', comment: '  ', version: 1 },
          now: NOW,
        }),
      ),
      'VALIDATION_FAILED',
    );
  });

  it('one rejection rejects the subject and cancels the other pending tasks', () => {
    const [l1, l2] = twoLevels();
    const r = decide({
      task: l1,
      subjectTasks: [l1, l2],
      decider: hr1,
      command: { decision: 'reject', comment: ' too much ', version: 1 },
      now: NOW,
    });
    assert.equal(r.outcome, 'rejected');
    assert.equal(r.decided.comment, 'too much');
    assert.deepEqual(
      r.changed.map((t) => [t.id, t.status]),
      [
        ['t1', 'rejected'],
        ['t2', 'cancelled'],
      ],
    );
    assert.deepEqual(
      historyOf(r.changed).map((h) => [h.level, h.status, h.deciderName ?? null]),
      [
        [1, 'rejected', 'HR One'],
        [2, 'cancelled', null],
      ],
    );
  });

  it('cancelPendingTasks closes the open ones (pending or waiting)', () => {
    const [l1, l2] = twoLevels();
    assert.deepEqual(
      cancelPendingTasks([l1, l2], NOW).map((t) => [t.id, t.status, t.version, t.decidedAt]),
      [
        ['t1', 'cancelled', 2, NOW],
        ['t2', 'cancelled', 2, NOW],
      ],
    );
    const approved = { ...l1, status: 'approved' as const };
    const open = { ...l2, status: 'pending' as const };
    assert.deepEqual(
      cancelPendingTasks([approved, open], NOW).map((t) => t.id),
      ['t2'],
    );
  });
});
