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

  it('a level decided through a delegation reads "X 代 Y 审批" in the timeline', async () => {
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
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/procurement/orders/PO3', OrderDetailPage);
    expect(harness.routeNativeElement?.textContent).toContain('陈佳琪 代 林晓雯 审批');
    i18n.lang.set('en');
    harness.detectChanges();
    expect(harness.routeNativeElement?.textContent).toContain(
      'Chen Jiaqi on behalf of Lin Xiaowen',
    );
  });
});
