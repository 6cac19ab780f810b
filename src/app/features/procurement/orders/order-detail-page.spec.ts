import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { provideReferenceData } from '../../../core/reference-data/reference-data.spec-util';
import { OrderDetailPageActions } from '../data/orders.actions';
import { initialOrdersState } from '../data/orders.feature';
import { PROCUREMENT_I18N } from '../procurement.i18n';
import { OrderDetailPage, timelineOf } from './order-detail-page';
import { order } from '../data/test-data.spec-util';
import { SHELL_I18N } from '../../../core/layout/shell.i18n';

const at = '2026-03-01T10:00:00Z';

describe('order timeline', () => {
  it('an order under the threshold: submitted → approved automatically → receipt to come', () => {
    const steps = timelineOf(
      order('PO1', {
        status: 'approved',
        approvalLevels: 0,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          { type: 'approved', at, actorId: 'u', actorName: '采购员', auto: true },
        ],
      }),
    );
    expect(steps.map((s) => [s.key, s.state])).toEqual([
      ['submitted', 'done'],
      ['approved_auto', 'done'],
      ['received', 'current'],
    ]);
  });

  it('two levels, the first approved: level 1 done with who, level 2 waiting', () => {
    const steps = timelineOf(
      order('PO2', {
        status: 'pending_approval',
        approvalLevels: 2,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          { type: 'approval_requested', at, actorId: 'u', actorName: '采购员', level: 1 },
          { type: 'approval_requested', at, actorId: 'u', actorName: '采购员', level: 2 },
          { type: 'level_approved', at, actorId: 'h1', actorName: '人力一', level: 1 },
        ],
      }),
    );
    expect(steps.map((s) => [s.key, s.state, s.level ?? null, s.actorName ?? null])).toEqual([
      ['submitted', 'done', null, '采购员'],
      ['level_approved', 'done', 1, '人力一'],
      ['level_pending', 'current', 2, null],
      ['approved', 'todo', null, null],
      ['received', 'todo', null, null],
    ]);
  });

  it('two levels, none approved yet: level 1 in progress, level 2 not yet', () => {
    const steps = timelineOf(
      order('PO2', {
        status: 'pending_approval',
        approvalLevels: 2,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          { type: 'approval_requested', at, actorId: 'u', actorName: '采购员', level: 1 },
        ],
      }),
    );
    expect(steps.map((s) => [s.key, s.state, s.level ?? null])).toEqual([
      ['submitted', 'done', null],
      ['level_pending', 'current', 1],
      ['level_pending', 'todo', 2],
      ['approved', 'todo', null],
      ['received', 'todo', null],
    ]);
  });

  it('rejected: who and why, nothing after', () => {
    const steps = timelineOf(
      order('PO3', {
        status: 'rejected',
        approvalLevels: 1,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          {
            type: 'rejected',
            at,
            actorId: 'h1',
            actorName: '人力一',
            level: 1,
            comment: '预算不足',
          },
        ],
      }),
    );
    expect(steps.map((s) => s.key)).toEqual(['submitted', 'rejected']);
    expect(steps[1]).toEqual(
      jasmine.objectContaining({ state: 'bad', actorName: '人力一', comment: '预算不足' }),
    );
  });

  it('cancelled while pending: the steps never reached are left out', () => {
    const steps = timelineOf(
      order('PO4', {
        status: 'cancelled',
        approvalLevels: 1,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          { type: 'cancelled', at, actorId: 'u', actorName: '采购员', comment: '买错了' },
        ],
      }),
    );
    expect(steps.map((s) => [s.key, s.state])).toEqual([
      ['submitted', 'done'],
      ['cancelled', 'bad'],
    ]);
    expect(steps[1].comment).toBe('买错了');
  });

  it('received: every step done', () => {
    const steps = timelineOf(
      order('PO5', {
        status: 'received',
        approvalLevels: 0,
        events: [
          { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
          { type: 'approved', at, actorId: 'u', actorName: '采购员', auto: true },
          { type: 'received', at, actorId: 'u', actorName: '采购员' },
        ],
      }),
    );
    expect(steps.every((s) => s.state === 'done')).toBeTrue();
  });
});

describe('order timeline with receipts', () => {
  const base = [
    { type: 'submitted' as const, at, actorId: 'u', actorName: '采购员' },
    { type: 'approved' as const, at, actorId: 'u', actorName: '采购员', auto: true },
    {
      type: 'partially_received' as const,
      at,
      actorId: 'u',
      actorName: '采购员',
      comment: '第一批',
    },
  ];

  it('partially received: each receipt done, the rest still in progress', () => {
    const steps = timelineOf(
      order('PO6', { status: 'partially_received', approvalLevels: 0, events: base }),
    );
    expect(steps.map((s) => [s.key, s.state, s.comment ?? null])).toEqual([
      ['submitted', 'done', null],
      ['approved_auto', 'done', null],
      ['partially_received', 'done', '第一批'],
      ['received', 'current', null],
    ]);
  });

  it('closed short: ends with the closing and its reason, no receipt to come', () => {
    const steps = timelineOf(
      order('PO7', {
        status: 'closed_short',
        approvalLevels: 0,
        events: [
          ...base,
          { type: 'closed_short', at, actorId: 'u', actorName: '采购员', comment: '停产' },
        ],
      }),
    );
    expect(steps.map((s) => s.key)).toEqual([
      'submitted',
      'approved_auto',
      'partially_received',
      'closed_short',
    ]);
    expect(steps.at(-1)?.comment).toBe('停产');
  });
});

describe('OrderDetailPage receipt and closing short', () => {
  const twoLines = order('PO8', {
    status: 'partially_received',
    totalFen: 13_000,
    receivedFen: 3_000,
    lines: [
      {
        ...order('x').lines[0],
        productId: 'p1',
        qty: 10,
        lineTotalFen: 10_000,
        receivedQty: 3,
        outstandingQty: 7,
      },
      {
        ...order('x').lines[0],
        productId: 'p2',
        sku: 'SKU-p2',
        name: '商品p2',
        nameEn: 'Product p2',
        qty: 3,
        unitPriceFen: 1000,
        lineTotalFen: 3_000,
        receivedQty: 0,
        outstandingQty: 3,
      },
    ],
    receipts: [
      {
        id: 'PO8-R1',
        at,
        actorId: 'u1',
        actorName: '采购员',
        lines: [{ productId: 'p1', qty: 3, amountFen: 3_000 }],
        amountFen: 3_000,
        note: '第一批',
      },
    ],
  });

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/orders/:id', component: OrderDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            procurementOrders: { ...initialOrdersState, detailId: 'PO8', detail: twoLines },
          },
        }),
        provideReferenceData(),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/orders/PO8', OrderDetailPage);
    const root = harness.routeNativeElement as HTMLElement;
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;
    const settle = async () => {
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    return { harness, root, dispatch, button, settle };
  }

  it('shows received / outstanding per line and the receipts', async () => {
    const { root } = await render();
    const row = root.querySelector('tr[data-product=p1]')!;
    expect(row.querySelector('.c-received')!.textContent!.trim()).toBe('3');
    expect(row.querySelector('.c-outstanding')!.textContent!.trim()).toBe('7');
    expect(root.querySelector('[data-testid=received-amount]')!.textContent).toContain('¥30.00');
    const receipts = root.querySelector('[data-testid=receipts]')!.textContent!;
    expect(receipts).toContain('PO8-R1');
    expect(receipts).toContain('商品p1 × 3');
    expect(receipts).toContain('第一批');
  });

  it('receives a quantity per line; "all outstanding" fills every line; too many is refused', async () => {
    const { root, dispatch, button, settle } = await render();
    button('收货').click();
    await settle();
    const form = root.querySelector('[data-testid=receive-form]')!;
    const qty = (id: string) => form.querySelector<HTMLInputElement>(`input[data-product=${id}]`)!;
    const confirm = () => button('确认收货');
    expect(confirm().disabled).toBeTrue();
    qty('p1').value = '8';
    qty('p1').dispatchEvent(new Event('input'));
    await settle();
    expect(form.textContent).toContain('最多还能收 7');
    expect(confirm().disabled).toBeTrue();
    qty('p1').value = '2';
    qty('p1').dispatchEvent(new Event('input'));
    await settle();
    expect(form.textContent).toContain('¥20.00');
    confirm().click();
    expect(dispatch).toHaveBeenCalledWith(
      OrderDetailPageActions.receiptConfirmed({ id: 'PO8', lines: [{ productId: 'p1', qty: 2 }] }),
    );

    button('收货').click();
    await settle();
    button('全部待收数量').click();
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[data-product=p2]')!.value).toBe('3');
    button('确认收货').click();
    expect(dispatch).toHaveBeenCalledWith(
      OrderDetailPageActions.receiptConfirmed({
        id: 'PO8',
        lines: [
          { productId: 'p1', qty: 7 },
          { productId: 'p2', qty: 3 },
        ],
      }),
    );
  });

  it('closes short only with a reason, after saying what is released', async () => {
    const { root, dispatch, button, settle } = await render();
    button('关闭剩余').click();
    await settle();
    expect(root.textContent).toContain('¥100.00'); // 130 − 30 still committed
    const confirm = () => button('确认关闭剩余');
    expect(confirm().disabled).toBeTrue();
    const reason = root.querySelector<HTMLTextAreaElement>('[role=alertdialog] textarea')!;
    reason.value = '  供应商停产 ';
    reason.dispatchEvent(new Event('input'));
    await settle();
    confirm().click();
    expect(dispatch).toHaveBeenCalledWith(
      OrderDetailPageActions.closeShortConfirmed({ id: 'PO8', reason: '供应商停产' }),
    );
  });
});

describe('OrderDetailPage in the router', () => {
  it('loads the order of the route, and the next one when only the id changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/orders/:id', component: OrderDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: { procurementOrders: { ...initialOrdersState, detail: order('PO1') } },
        }),
        provideReferenceData(),
      ],
    });
    TestBed.inject(I18n).register(PROCUREMENT_I18N);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    const first = await harness.navigateByUrl('/procurement/orders/PO1?placed=1', OrderDetailPage);
    expect(dispatch.calls.allArgs()).toEqual([[OrderDetailPageActions.opened({ id: 'PO1' })]]);
    expect(harness.routeNativeElement?.textContent).toContain('PO1');

    // The "placed" greeting going away is no reason to load the order again.
    dispatch.calls.reset();
    await harness.navigateByUrl('/procurement/orders/PO1', OrderDetailPage);
    expect(dispatch).not.toHaveBeenCalled();

    const second = await harness.navigateByUrl('/procurement/orders/PO2', OrderDetailPage);
    expect(second).toBe(first);
    expect(dispatch.calls.allArgs()).toEqual([[OrderDetailPageActions.opened({ id: 'PO2' })]]);
    // PO1 still in the store is not shown as PO2.
    expect(harness.routeNativeElement?.textContent).not.toContain('PO1');
  });

  it('a level decided through a delegation reads "X（代Y）" in the timeline', async () => {
    const delegated = order('PO3', {
      status: 'approved',
      approvalLevels: 1,
      events: [
        { type: 'submitted', at, actorId: 'u', actorName: '采购员' },
        { type: 'approval_requested', at, actorId: 'u', actorName: '采购员', level: 1 },
        {
          type: 'level_approved',
          at,
          actorId: 'e',
          actorName: '陈佳琪',
          actorNameEn: 'Chen Jiaqi',
          onBehalfOfName: '林晓雯',
          onBehalfOfNameEn: 'Lin Xiaowen',
          level: 1,
        },
        { type: 'approved', at, actorId: 'e', actorName: '陈佳琪', level: 1 },
      ],
    });
    expect(timelineOf(delegated)[1].onBehalfOfName).toBe('林晓雯');
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'procurement/orders/:id', component: OrderDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: { procurementOrders: { ...initialOrdersState, detail: delegated } },
        }),
        provideReferenceData(),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(PROCUREMENT_I18N);
    i18n.register(SHELL_I18N);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/orders/PO3', OrderDetailPage);
    expect(harness.routeNativeElement?.textContent).toContain('陈佳琪（代林晓雯）');
    i18n.lang.set('en');
    harness.detectChanges();
    expect(harness.routeNativeElement?.textContent).toContain(
      'Chen Jiaqi on behalf of Lin Xiaowen',
    );
  });
});
