import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide } from './approvals.ts';
import { applyBudgetRequestDecision, createBudgetRequest } from './budget-requests.ts';
import { receiptAmountFen, receivedShareFen } from '../../src/domain/index.ts';
import { DomainError } from './errors.ts';
import { budget, ids, NOW, product, settings } from './fixtures.test-util.ts';
import {
  applyOrderDecision,
  cancelOrder,
  placeOrder,
  previewOrder,
  receiveOrder,
} from './orders.ts';
import { applySettingsPatch } from './settings.ts';

const p = product({
  priceTiers: [
    { minQty: 10, unitPriceFen: 1000 },
    { minQty: 1000, unitPriceFen: 900 },
  ],
});
const find = (id: string) => (id === p.id ? p : undefined);
const buyer = { id: 'u-buyer', name: 'Buyer', companyId: 'c1' };
const address = { recipient: '张三', phone: '13800000000', address: '上海' };
const hr1 = { id: 'hr1', name: 'HR One' };
const hr2 = { id: 'hr2', name: 'HR Two' };
const companyInvoice = {
  title: '华东精工制造有限公司',
  taxNumber: '91350100M000100Y43',
  version: 1,
};

function place(qty: number, b = budget({ amountFen: 100_000_000 })) {
  return placeOrder({
    command: { costCenterId: 'cc1', lines: [{ productId: 'p1', qty }], deliveryAddress: address },
    companyInvoice,
    findProduct: find,
    budget: b,
    settings,
    actor: buyer,
    now: NOW,
    ids: ids(),
  });
}

describe('orders', () => {
  it('under the threshold: approved at once, committed, no tasks', () => {
    const r = place(490); // 490 × 1000 = 490,000 < 500,000
    assert.equal(r.order.totalFen, 490_000);
    assert.equal(r.order.status, 'approved');
    assert.equal(r.tasks.length, 0);
    assert.equal(r.budget.committedFen, 490_000);
    assert.equal(r.movement.subjectId, r.order.id);
    assert.deepEqual(
      r.order.events.map((e) => e.type),
      ['submitted', 'approved'],
    );
  });

  it('at the thresholds: one task, then two', () => {
    assert.equal(place(500).order.status, 'pending_approval');
    assert.equal(place(500).tasks.length, 1);
    const two = place(5560); // 5560 × 900 = 5,004,000
    assert.equal(two.order.totalFen, 5_004_000);
    assert.deepEqual(
      two.tasks.map((t) => t.level),
      [1, 2],
    );
    assert.deepEqual(
      two.order.events.map((e) => [e.type, e.level ?? null]),
      [
        ['submitted', null],
        ['approval_requested', 1],
      ],
      'level 2 is requested once level 1 is approved',
    );
  });

  it('preview shows the same numbers as the order', () => {
    const b = budget({ amountFen: 6_000_000 });
    const pv = previewOrder({
      lines: [{ productId: 'p1', qty: 5560 }],
      findProduct: find,
      budget: b,
      settings,
      now: NOW,
    });
    const r = place(5560, b);
    assert.equal(pv.totalFen, r.order.totalFen);
    assert.deepEqual(
      pv.lines,
      r.order.lines.map(({ receivedQty: _, ...l }) => l),
    );
    assert.equal(pv.budget!.availableAfterFen, r.budget.availableFen);
    assert.equal(pv.approval.levels, r.tasks.length);
    assert.equal(pv.fitsBudget, true);
  });

  it('over budget: BUDGET_EXCEEDED and the input budget untouched', () => {
    const b = budget({ amountFen: 100_000 });
    assert.throws(
      () => place(500, b),
      (e: DomainError) => e.code === 'BUDGET_EXCEEDED',
    );
    assert.equal(b.committedFen, 0);
    assert.equal(
      previewOrder({
        lines: [{ productId: 'p1', qty: 500 }],
        findProduct: find,
        budget: b,
        settings,
        now: NOW,
      }).fitsBudget,
      false,
    );
    assert.throws(
      () =>
        placeOrder({
          command: {
            costCenterId: 'x',
            lines: [{ productId: 'p1', qty: 10 }],
            deliveryAddress: address,
          },
          companyInvoice,
          findProduct: find,
          budget: undefined,
          settings,
          actor: buyer,
          now: NOW,
          ids: ids(),
        }),
      (e: DomainError) => e.code === 'BUDGET_EXCEEDED',
    );
  });

  it('cancel releases the commitment and closes open tasks; only from pending/approved, only by its buyer', () => {
    const r = place(500);
    const c = cancelOrder({
      order: r.order,
      budget: r.budget,
      subjectTasks: r.tasks,
      actor: buyer,
      reason: 'not needed',
      now: NOW,
      ids: ids(),
    });
    assert.equal(c.order.status, 'cancelled');
    assert.equal(c.budget.committedFen, 0);
    assert.equal(c.movement.type, 'release');
    assert.deepEqual(
      c.tasks.map((t) => t.status),
      ['cancelled'],
    );
    assert.equal(c.order.events.at(-1)!.comment, 'not needed');
    assert.throws(
      () =>
        cancelOrder({
          order: c.order,
          budget: c.budget,
          subjectTasks: [],
          actor: buyer,
          now: NOW,
          ids: ids(),
        }),
      (e: DomainError) => e.code === 'NOT_ALLOWED_IN_STATE',
    );
    assert.throws(
      () =>
        cancelOrder({
          order: r.order,
          budget: r.budget,
          subjectTasks: [],
          actor: { ...buyer, id: 'other' },
          now: NOW,
          ids: ids(),
        }),
      (e: DomainError) => e.code === 'FORBIDDEN',
    );
  });

  it('receive only when approved; committed becomes spent', () => {
    const pending = place(500);
    assert.throws(
      () =>
        receiveOrder({
          order: pending.order,
          budget: pending.budget,
          actor: buyer,
          now: NOW,
          ids: ids(),
        }),
      (e: DomainError) => e.code === 'NOT_ALLOWED_IN_STATE',
    );
    const ok = place(10);
    const rec = receiveOrder({
      order: ok.order,
      budget: ok.budget,
      actor: buyer,
      now: NOW,
      ids: ids(),
    });
    assert.equal(rec.order.status, 'received');
    assert.deepEqual([rec.budget.committedFen, rec.budget.spentFen], [0, 10_000]);
    assert.throws(
      () =>
        receiveOrder({ order: rec.order, budget: rec.budget, actor: buyer, now: NOW, ids: ids() }),
      (e: DomainError) => e.code === 'NOT_ALLOWED_IN_STATE',
    );
  });

  it('two-level approval then rejection flow on the order', () => {
    const r = place(5560);
    const [l1, l2] = r.tasks;
    const d1 = decide({
      task: l1,
      subjectTasks: r.tasks,
      decider: hr1,
      command: { decision: 'approve', version: 1 },
      now: NOW,
    });
    const a1 = applyOrderDecision({
      order: r.order,
      budget: r.budget,
      decision: d1,
      now: NOW,
      ids: ids(),
    });
    assert.equal(a1.order.status, 'pending_approval');
    assert.equal(a1.budget, undefined);
    assert.deepEqual(a1.order.events.at(-1), {
      type: 'approval_requested',
      at: NOW,
      actorId: hr1.id,
      actorName: hr1.name,
      actorNameEn: hr1.name,
      level: 2,
    });
    const l2b = d1.changed.find((t) => t.id === l2.id)!;
    const d2 = decide({
      task: l2b,
      subjectTasks: [d1.decided, l2b],
      decider: hr2,
      command: { decision: 'approve', version: 2 },
      now: NOW,
    });
    const a2 = applyOrderDecision({
      order: a1.order,
      budget: r.budget,
      decision: d2,
      now: NOW,
      ids: ids(),
    });
    assert.equal(a2.order.status, 'approved');
    assert.deepEqual(a2.order.events.map((e) => [e.type, e.level ?? null]).slice(-4), [
      ['level_approved', 1],
      ['approval_requested', 2],
      ['level_approved', 2],
      ['approved', null],
    ]);

    const rj = decide({
      task: l1,
      subjectTasks: r.tasks,
      decider: hr1,
      command: { decision: 'reject', comment: 'no', version: 1 },
      now: NOW,
    });
    const ar = applyOrderDecision({
      order: r.order,
      budget: r.budget,
      decision: rj,
      now: NOW,
      ids: ids(),
    });
    assert.equal(ar.order.status, 'rejected');
    assert.equal(ar.budget!.committedFen, 0);
    assert.equal(ar.movement!.type, 'release');
  });
});

describe('budget requests', () => {
  it('approval raises the amount by deltaFen; rejection changes no money', () => {
    const b = budget();
    const { request, tasks } = createBudgetRequest({
      command: { budgetId: 'b1', deltaFen: 250_000, reason: ' more ' },
      budget: b,
      settings,
      actor: buyer,
      now: NOW,
      ids: ids(),
    });
    assert.equal(request.reason, 'more');
    assert.equal(tasks.length, 1);
    assert.equal(tasks[0].ruleCode, 'budgetRequest');
    const ok = decide({
      task: tasks[0],
      subjectTasks: tasks,
      decider: hr1,
      command: { decision: 'approve', version: 1 },
      now: NOW,
    });
    const applied = applyBudgetRequestDecision({
      request,
      budget: b,
      decision: ok,
      now: NOW,
      ids: ids(),
    });
    assert.equal(applied.request.status, 'approved');
    assert.equal(applied.budget!.amountFen, 1_250_000);
    assert.equal(applied.budget!.availableFen, 1_250_000);
    assert.deepEqual(
      [applied.movement!.type, applied.movement!.amountFen, applied.movement!.subjectType],
      ['amount', 250_000, 'budgetRequest'],
    );
    const no = decide({
      task: tasks[0],
      subjectTasks: tasks,
      decider: hr1,
      command: { decision: 'reject', comment: 'later', version: 1 },
      now: NOW,
    });
    const rejected = applyBudgetRequestDecision({
      request,
      budget: b,
      decision: no,
      now: NOW,
      ids: ids(),
    });
    assert.equal(rejected.request.status, 'rejected');
    assert.equal(rejected.budget, undefined);
  });
});

describe('budget request levels', () => {
  const levelsFor = (deltaFen: number) =>
    createBudgetRequest({
      command: { budgetId: 'b1', deltaFen, reason: 'x' },
      budget: budget(),
      settings,
      actor: buyer,
      now: NOW,
      ids: ids(),
    }).tasks.map((t) => [t.level, t.ruleCode]);

  it('follow the company thresholds like orders, with at least one approval', () => {
    assert.deepEqual(levelsFor(1), [[1, 'budgetRequest']]);
    assert.deepEqual(levelsFor(settings.secondApprovalThresholdFen - 1), [[1, 'budgetRequest']]);
    assert.deepEqual(levelsFor(settings.secondApprovalThresholdFen), [
      [1, 'secondApprovalThreshold'],
      [2, 'secondApprovalThreshold'],
    ]);
  });
});

describe('company settings', () => {
  it('keeps the second threshold above the first and every value positive', () => {
    assert.deepEqual(applySettingsPatch(settings, { approvalThresholdFen: 100 }), {
      ...settings,
      approvalThresholdFen: 100,
    });
    assert.throws(
      () => applySettingsPatch(settings, { secondApprovalThresholdFen: 500_000 }),
      (e: DomainError) => e.errors![0].path === 'secondApprovalThresholdFen',
    );
    assert.throws(
      () => applySettingsPatch(settings, { approvalThresholdFen: 6_000_000 }),
      (e: DomainError) => e.errors![0].path === 'approvalThresholdFen',
    );
    assert.throws(
      () => applySettingsPatch(settings, { pointValueFen: 0 }),
      (e: DomainError) => e.code === 'VALIDATION_FAILED',
    );
  });
});

describe('orders: VAT, invoice and need-by dates', () => {
  const food = product({
    id: 'p9',
    vatRate: 9,
    leadTimeDays: 10,
    priceTiers: [{ minQty: 10, unitPriceFen: 333 }],
  });
  const both = (id: string) => (id === p.id ? p : id === food.id ? food : undefined);
  const order = (cmd: Partial<Parameters<typeof placeOrder>[0]['command']>) =>
    placeOrder({
      command: {
        costCenterId: 'cc1',
        lines: [
          { productId: 'p1', qty: 10 },
          { productId: 'p9', qty: 10 },
        ],
        deliveryAddress: address,
        ...cmd,
      },
      companyInvoice,
      findProduct: both,
      budget: budget({ amountFen: 100_000_000 }),
      settings,
      actor: buyer,
      now: NOW,
      ids: ids(),
    }).order;

  it('each line keeps its rate, net and VAT; the breakdown sums the lines per rate', () => {
    const o = order({});
    // 10 × 10.00 at 13 %: net round(10000 / 1.13) = 8850, VAT 1150; 10 × 3.33 at 9 %: 3055 + 275
    assert.deepEqual(
      o.lines.map((l) => [l.vatRate, l.netFen, l.vatFen, l.lineTotalFen]),
      [
        [13, 8850, 1150, 10_000],
        [9, 3055, 275, 3330],
      ],
    );
    assert.deepEqual(o.tax, {
      netFen: 11_905,
      vatFen: 1425,
      grossFen: 13_330,
      byRate: [
        { rate: 13, netFen: 8850, vatFen: 1150, grossFen: 10_000 },
        { rate: 9, netFen: 3055, vatFen: 275, grossFen: 3330 },
      ],
    });
    assert.equal(o.totalFen, o.tax.grossFen);
  });

  it('without an invoice in the command: a normal invoice to the company', () => {
    assert.deepEqual(order({}).invoice, {
      type: 'normal',
      title: companyInvoice.title,
      taxNumber: companyInvoice.taxNumber,
    });
    const special = {
      type: 'special' as const,
      title: ' 别的抬头 ',
      taxNumber: '91110108551385082Q',
    };
    assert.deepEqual(order({ invoice: special }).invoice, { ...special, title: '别的抬头' });
  });

  it('need-by: a past date is 400 with its path; a late line is a warning, not an error', () => {
    // NOW is 2026-11-23 16:00 in China; p1 takes 3 days (26th), p9 10 days (Dec 3rd)
    assert.throws(
      () => order({ needBy: '2026-11-22' }),
      (e: DomainError) => e.code === 'VALIDATION_FAILED' && e.errors?.[0]?.path === 'needBy',
    );
    assert.throws(
      () =>
        order({
          lines: [
            { productId: 'p1', qty: 10 },
            { productId: 'p9', qty: 10, needBy: '2026-01-01' },
          ],
        }),
      (e: DomainError) => e.errors?.[0]?.path === 'lines.1.needBy',
    );
    const o = order({
      needBy: '2026-11-30',
      lines: [
        { productId: 'p1', qty: 10, needBy: '2026-11-23' },
        { productId: 'p9', qty: 10 },
      ],
    });
    assert.equal(o.needBy, '2026-11-30');
    assert.equal(o.lines[0].needBy, '2026-11-23');
    assert.equal(o.lines[1].needBy, undefined, 'a line without its own date takes the order’s');
    assert.deepEqual(o.warnings, [
      {
        code: 'ARRIVES_AFTER_NEED_BY',
        line: 0,
        productId: 'p1',
        params: { needBy: '2026-11-23', earliestDate: '2026-11-26', leadTimeDays: 3 },
      },
      {
        code: 'ARRIVES_AFTER_NEED_BY',
        line: 1,
        productId: 'p9',
        params: { needBy: '2026-11-30', earliestDate: '2026-12-03', leadTimeDays: 10 },
      },
    ]);
    assert.deepEqual(
      order({ needBy: '2026-12-03' }).warnings,
      [],
      'arriving on the day is in time',
    );
  });
});

describe('receipt amounts', () => {
  it('a line received in any parts adds up to its gross total, to the fen', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 500; round++) {
      const line = { qty: 1 + rand(40), lineTotalFen: 1 + rand(1_000_000) };
      let received = 0;
      let sum = 0;
      while (received < line.qty) {
        const qty = 1 + rand(line.qty - received);
        const amount = receiptAmountFen(line, received, qty);
        assert.ok(Number.isInteger(amount) && amount >= 0);
        sum += amount;
        received += qty;
        assert.equal(sum, receivedShareFen(line, received));
      }
      assert.equal(sum, line.lineTotalFen, JSON.stringify(line));
    }
    assert.equal(receiptAmountFen({ qty: 3, lineTotalFen: 100 }, 0, 1), 33);
    assert.equal(receiptAmountFen({ qty: 3, lineTotalFen: 100 }, 1, 1), 34);
    assert.equal(receiptAmountFen({ qty: 3, lineTotalFen: 100 }, 2, 1), 33);
  });
});
