import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Budget } from '../../src/domain/index.ts';
import {
  approvalAuthority,
  approvalDetail,
  decideApproval,
  listApprovals,
  openTaskLevelsOnlyDecidableBy,
} from './approval-service.ts';
import { APPROVAL_RULES } from './approval-rules.ts';
import { DELEGATIONS } from './delegation-service.ts';
import {
  budgetMovements,
  budgetUsage,
  createBudgetRequestFor,
  getBudget,
  listBudgets,
} from './budget-service.ts';
import { listNotifications, markNotificationRead } from './notification-service.ts';
import { patchCompanySettings } from './settings-service.ts';
import type { TaskRecord } from './approvals.ts';
import { DomainError } from './errors.ts';
import { budget, product, settings } from './fixtures.test-util.ts';
import { MemoryTx } from './memory-tx.test-util.ts';
import {
  addCartLines,
  cancelOrderFor,
  getCart,
  getOrder,
  listOrders,
  placeOrderFor,
  previewOrderFor,
  receiveOrderFor,
} from './procurement-service.ts';
import type { Caller } from './tx.ts';

const NOW = '2026-05-10T08:00:00.000Z';
const p = product({ priceTiers: [{ minQty: 10, unitPriceFen: 1000 }] });
const find = (id: string) => (id === 'p1' ? p : undefined);
const buyer: Caller = {
  id: 'u-buyer',
  name: '采购员',
  roles: ['buyer', 'employee'],
  companyId: 'c1',
  departmentId: 'd1',
};
const buyer2: Caller = { ...buyer, id: 'u-buyer2', name: '采购员二', departmentId: 'd2' };
const hr: Caller = {
  id: 'u-hr',
  name: '人事',
  roles: ['hr', 'employee'],
  companyId: 'c1',
  departmentId: 'd1',
};
const hr2: Caller = { ...hr, id: 'u-hr2', name: '人事二' };
const admin: Caller = {
  id: 'u-admin',
  name: '管理员',
  roles: ['admin', 'employee'],
  companyId: 'c1',
  departmentId: 'd1',
};
const otherHr: Caller = {
  id: 'x-hr',
  name: 'HR c2',
  roles: ['hr'],
  companyId: 'c2',
  departmentId: 'x1',
};
const address = { recipient: '张三', phone: '13800000000', address: '上海' };

function world(): MemoryTx {
  return new MemoryTx({
    companies: [
      { id: 'c1', name: '华东', nameEn: 'East', settings } as never,
      { id: 'c2', name: '南方', nameEn: 'South', settings } as never,
    ],
    users: [buyer, buyer2, hr, hr2, admin, otherHr].map((u) => ({ ...u, email: `${u.id}@x` })),
    departments: [
      { id: 'd1', companyId: 'c1', name: '部一', nameEn: 'D1', costCenterId: 'cc1' },
      { id: 'd2', companyId: 'c1', name: '部二', nameEn: 'D2', costCenterId: 'cc2' },
      { id: 'x1', companyId: 'c2', name: '外', nameEn: 'X', costCenterId: 'xcc' },
    ] as never,
    costCenters: [
      { id: 'cc1', companyId: 'c1', code: 'CC1', name: '成本一', nameEn: 'CC one' },
      { id: 'cc2', companyId: 'c1', code: 'CC2', name: '成本二', nameEn: 'CC two' },
      { id: 'xcc', companyId: 'c2', code: 'X', name: '外', nameEn: 'X' },
    ] as never,
    budgets: [
      budget({ id: 'b1', costCenterId: 'cc1', amountFen: 10_000_000 }),
      budget({ id: 'b1w', costCenterId: 'cc1', category: 'welfare' }),
      budget({ id: 'b2', costCenterId: 'cc2', amountFen: 10_000_000 }),
      budget({ id: 'bx', companyId: 'c2', costCenterId: 'xcc' }),
    ],
  });
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

const order = (tx: MemoryTx, qty: number, who = buyer, costCenterId = 'cc1') =>
  placeOrderFor(
    tx,
    who,
    { costCenterId, lines: [{ productId: 'p1', qty }], deliveryAddress: address },
    find,
    NOW,
  );

describe('procurement service', () => {
  it('places, lists per role, previews identically, and guards tenancy', () => {
    const tx = world();
    const pv = previewOrderFor(
      tx,
      buyer,
      { costCenterId: 'cc1', lines: [{ productId: 'p1', qty: 500 }] },
      find,
      NOW,
    );
    const o = order(tx, 500);
    assert.equal(pv.totalFen, o.totalFen);
    assert.equal(pv.budget!.availableAfterFen, tx.get<Budget>('budgets', 'b1')!.availableFen);
    assert.equal(o.status, 'pending_approval');
    order(tx, 10, buyer2, 'cc2');
    assert.equal(listOrders(tx, buyer, {}).total, 1);
    assert.equal(listOrders(tx, hr, {}).total, 2);
    assert.equal(listOrders(tx, hr, { status: 'approved' }).total, 1);
    assert.equal(listOrders(tx, otherHr, {}).total, 0);
    assert.equal(
      code(() => getOrder(tx, buyer2, o.id)),
      'NOT_FOUND',
    );
    assert.equal(
      code(() => getOrder(tx, otherHr, o.id)),
      'NOT_FOUND',
    );
    assert.equal(
      code(() => order(tx, 10, hr)),
      'FORBIDDEN',
    );
    assert.equal(
      code(() => order(tx, 10, buyer, 'xcc')),
      'VALIDATION_FAILED',
    );
  });

  it('cancel and receive move the budget', () => {
    const tx = world();
    const a = order(tx, 100);
    assert.equal(a.status, 'approved');
    receiveOrderFor(tx, buyer, a.id, {}, NOW);
    const b = order(tx, 200);
    cancelOrderFor(tx, buyer, b.id, 'changed mind', NOW);
    const bud = tx.get<Budget>('budgets', 'b1')!;
    assert.deepEqual([bud.committedFen, bud.spentFen, bud.availableFen], [0, 100_000, 9_900_000]);
    assert.deepEqual(
      budgetMovements(tx, hr, 'b1', { _sort: 'createdAt', _order: 'asc' }).items.map((m) => m.type),
      ['commit', 'spend', 'commit', 'release'],
    );
    assert.equal(
      code(() => receiveOrderFor(tx, buyer, b.id, {}, NOW)),
      'NOT_ALLOWED_IN_STATE',
    );
  });

  it('cart adds and prices', () => {
    const tx = world();
    addCartLines(tx, buyer, [{ productId: 'p1', qty: 10 }], find, NOW);
    const cart = addCartLines(tx, buyer, [{ productId: 'p1', qty: 20 }], find, NOW);
    assert.equal(cart.lines[0].qty, 30);
    assert.equal(getCart(tx, buyer, find).totalFen, 30_000);
    assert.equal(getCart(tx, buyer2, find).lines.length, 0);
  });
});

describe('approval service', () => {
  it('two levels by two hr users; history, notifications, order approved', () => {
    const tx = world();
    const o = order(tx, 6000); // 6,000,000 ≥ second threshold
    const offered = listApprovals(tx, hr, { status: 'pending' }, NOW).items as TaskRecord[];
    assert.deepEqual(
      offered.map((t) => t.level),
      [1],
      'level 2 waits for level 1',
    );
    const [t1, t2] = (listApprovals(tx, admin, {}, NOW).items as TaskRecord[]).sort(
      (a, b) => a.level - b.level,
    );
    assert.equal(t2.status, 'waiting');
    decideApproval(tx, hr, t1.id, { decision: 'approve', version: 1 }, NOW);
    assert.equal(
      listApprovals(tx, hr, { status: 'pending' }, NOW).total,
      0,
      'not offered to hr again',
    );
    assert.equal(listApprovals(tx, hr2, { status: 'pending' }, NOW).items[0].id, t2.id);
    assert.equal(
      code(() => decideApproval(tx, hr, t2.id, { decision: 'approve', version: 2 }, NOW)),
      'FORBIDDEN',
    );
    assert.equal(
      code(() => decideApproval(tx, hr2, t2.id, { decision: 'approve', version: 1 }, NOW)),
      'VERSION_CONFLICT',
    );
    assert.equal(
      code(() => decideApproval(tx, admin, t2.id, { decision: 'approve', version: 2 }, NOW)),
      'FORBIDDEN',
    );
    decideApproval(tx, hr2, t2.id, { decision: 'approve', comment: 'ok', version: 2 }, NOW);
    assert.equal(getOrder(tx, buyer, o.id).status, 'approved');
    const detail = approvalDetail(tx, admin, t2.id, NOW);
    assert.deepEqual(
      detail.history.map((h) => [h.level, h.status, h.deciderName]),
      [
        [1, 'approved', '人事'],
        [2, 'approved', '人事二'],
      ],
    );
    assert.equal(detail.rule.code, 'secondApprovalThreshold');
    assert.equal(detail.requester.departmentName, '部一');
    const notes = listNotifications(tx, buyer, { unread: 'true' }).items;
    assert.deepEqual(
      notes.map((n) => n.kind),
      ['order_approved'],
    );
    markNotificationRead(tx, buyer, notes[0].id);
    assert.equal(listNotifications(tx, buyer, { unread: 'true' }).total, 0);
    assert.equal(
      code(() => markNotificationRead(tx, hr, notes[0].id)),
      'NOT_FOUND',
    );
    assert.equal(
      code(() => approvalDetail(tx, otherHr, t2.id, NOW)),
      'NOT_FOUND',
    );
    assert.equal(
      code(() => listApprovals(tx, buyer, {}, NOW)),
      'FORBIDDEN',
    );
  });

  it('rejection releases the commitment and cancels the other level', () => {
    const tx = world();
    const o = order(tx, 6000);
    const [t1, t2] = (listApprovals(tx, admin, {}, NOW).items as TaskRecord[]).sort(
      (a, b) => a.level - b.level,
    );
    assert.equal(
      code(() =>
        decideApproval(tx, hr, t1.id, { decision: 'reject', comment: '', version: 1 }, NOW),
      ),
      'VALIDATION_FAILED',
    );
    decideApproval(tx, hr, t1.id, { decision: 'reject', comment: '太贵', version: 1 }, NOW);
    assert.equal(getOrder(tx, buyer, o.id).status, 'rejected');
    assert.equal(tx.get<Budget>('budgets', 'b1')!.committedFen, 0);
    assert.equal(tx.get<TaskRecord>('approvals', t2.id)!.status, 'cancelled');
    assert.equal(
      code(() => decideApproval(tx, hr2, t2.id, { decision: 'approve', version: 2 }, NOW)),
      'ALREADY_DECIDED',
    );
    assert.equal(listApprovals(tx, hr, { status: 'decided' }, NOW).total, 2);
    assert.equal(listNotifications(tx, buyer, {}).items[0].kind, 'order_rejected');
  });

  it('budget requests: buyer on own cost center, hr cannot approve own, approval raises amount', () => {
    const tx = world();
    assert.equal(
      code(() =>
        createBudgetRequestFor(tx, buyer, { budgetId: 'b2', deltaFen: 100, reason: 'x' }, NOW),
      ),
      'VALIDATION_FAILED',
    );
    const r = createBudgetRequestFor(
      tx,
      buyer,
      { budgetId: 'b1', deltaFen: 500_000, reason: '扩产' },
      NOW,
    );
    const own = createBudgetRequestFor(tx, hr, { budgetId: 'b2', deltaFen: 1, reason: 'x' }, NOW);
    assert.equal(
      code(() => decideApproval(tx, hr, own.taskIds[0], { decision: 'approve', version: 1 }, NOW)),
      'FORBIDDEN',
    );
    decideApproval(tx, hr, r.taskIds[0], { decision: 'approve', version: 1 }, NOW);
    const b = getBudget(tx, buyer, 'b1');
    assert.deepEqual([b.amountFen, b.availableFen], [10_500_000, 10_500_000]);
    assert.equal(listNotifications(tx, buyer, {}).items[0].kind, 'budget_request_approved');
    assert.deepEqual(budgetUsage(tx, hr, { category: 'procurement' }), [
      { month: '2026-05', committedFen: 0, spentFen: 0, releasedFen: 0, amountChangeFen: 500_000 },
    ]);
  });

  it('budget visibility: buyer sees their cost center only; other company 404', () => {
    const tx = world();
    assert.deepEqual(
      listBudgets(tx, buyer, {})
        .items.map((b) => b.id)
        .sort(),
      ['b1', 'b1w'],
    );
    assert.equal(listBudgets(tx, hr, {}).total, 3);
    assert.equal(listBudgets(tx, hr, { category: 'procurement' }).total, 2);
    assert.equal(
      code(() => getBudget(tx, buyer, 'b2')),
      'NOT_FOUND',
    );
    assert.equal(
      code(() => getBudget(tx, hr, 'bx')),
      'NOT_FOUND',
    );
  });

  it('settings: admin only', () => {
    const tx = world();
    assert.equal(
      code(() => patchCompanySettings(tx, hr, { approvalThresholdFen: 1 }, NOW)),
      'FORBIDDEN',
    );
    assert.equal(
      patchCompanySettings(tx, admin, { approvalThresholdFen: 1000 }, NOW).settings
        .approvalThresholdFen,
      1000,
    );
    assert.equal(order(tx, 10).status, 'pending_approval');
  });
});

describe('who may decide (approvalAuthority) and who alone (openTaskLevelsOnlyDecidableBy)', () => {
  const rules = (level1: string[], level2: string[]) => ({
    id: 'c1',
    categories: [],
    pools: { level1, level2 },
    version: 1,
  });

  it('pools narrow a level to their members; a delegate acts only for an approver who may decide', () => {
    const tx = world();
    const o = order(tx, 6000);
    const [t1, t2] = (listApprovals(tx, admin, {}, NOW).items as TaskRecord[]).sort(
      (a, b) => a.level - b.level,
    );
    assert.ok(o.id);
    tx.insert(APPROVAL_RULES, rules([hr2.id], []));
    assert.equal(approvalAuthority(tx, 'c1', hr.id, NOW)(t1).allowed, false);
    assert.equal(approvalAuthority(tx, 'c1', hr2.id, NOW)(t1).allowed, true);
    assert.equal(approvalAuthority(tx, 'c1', hr.id, NOW)(t2).allowed, true, 'level 2: no pool');
    assert.deepEqual(openTaskLevelsOnlyDecidableBy(tx, 'c1', hr2.id), [1]);
    assert.deepEqual(openTaskLevelsOnlyDecidableBy(tx, 'c1', hr.id), []);
    tx.insert(DELEGATIONS, {
      id: 'DG1',
      companyId: 'c1',
      delegatorId: hr2.id,
      delegatorName: hr2.name,
      delegatorNameEn: hr2.name,
      delegateId: buyer2.id,
      delegateName: buyer2.name,
      delegateNameEn: buyer2.name,
      startDate: NOW.slice(0, 10),
      endDate: NOW.slice(0, 10),
      createdAt: NOW,
      version: 1,
    });
    assert.deepEqual(approvalAuthority(tx, 'c1', buyer2.id, NOW)(t1), {
      allowed: true,
      onBehalfOf: { id: hr2.id, name: hr2.name, nameEn: hr2.name },
    });
    assert.equal(
      approvalAuthority(tx, 'c1', buyer2.id, '2026-05-12T08:00:00.000Z')(t1).allowed,
      false,
      'after the range',
    );
    // with every hr user in both pools, two may decide each level: nobody is the last one
    tx.update(APPROVAL_RULES, rules([], []));
    assert.deepEqual(openTaskLevelsOnlyDecidableBy(tx, 'c1', hr.id), []);
  });
});
