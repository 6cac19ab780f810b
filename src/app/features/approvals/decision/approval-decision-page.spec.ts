import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { User } from '../../../../domain/index.ts';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { ApprovalDecisionPageActions } from '../data/approvals.actions';
import { initialDecisionState, type DecisionState } from '../data/decision.feature';
import { initialInboxState } from '../data/inbox.feature';
import type { ApprovalDetail } from '../data/approval.model';
import { task } from '../data/inbox.feature.spec';
import { ApprovalDecisionPage } from './approval-decision-page';

const hr: User = {
  id: 'u-hr',
  name: '王人力',
  email: 'hr@c1.example',
  roles: ['hr'],
  companyId: 'c1',
  departmentId: 'd1',
};

function detail(over: Partial<ApprovalDetail> = {}): ApprovalDetail {
  return {
    ...task('t1', {
      levels: 2,
      ruleCode: 'secondApprovalThreshold',
      thresholdFen: 5_000_000,
      amountFen: 6_000_000,
    }),
    subject: {
      id: 'o-t1',
      status: 'pending_approval',
      totalFen: 6_000_000,
      costCenterId: 'cc1',
      createdAt: '2026-03-01T10:00:00Z',
      lines: [
        {
          productId: 'p1',
          sku: 'SKU-1',
          name: '办公椅',
          nameEn: 'Office chair',
          unit: '把',
          qty: 100,
          unitPriceFen: 60_000,
          lineTotalFen: 6_000_000,
        },
      ],
    },
    requester: { id: 'u-buyer', name: '采购员', departmentName: '采购部' },
    budget: {
      before: {
        id: 'b1',
        companyId: 'c1',
        costCenterId: 'cc1',
        category: 'procurement',
        period: '2026',
        amountFen: 10_000_000,
        committedFen: 6_000_000,
        spentFen: 0,
        availableFen: 4_000_000,
        version: 3,
      },
      availableBeforeFen: 10_000_000,
      availableAfterFen: 4_000_000,
    },
    rule: { code: 'secondApprovalThreshold', thresholdFen: 5_000_000 },
    history: [
      { taskId: 't1', level: 1, status: 'pending' },
      { taskId: 't2', level: 2, status: 'waiting' },
    ],
    ...over,
  };
}

describe('ApprovalDecisionPage', () => {
  let fixture: ComponentFixture<ApprovalDecisionPage>;
  let store: MockStore;

  function setup(decision: Partial<DecisionState>, user: User = hr): void {
    TestBed.configureTestingModule({
      imports: [ApprovalDecisionPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            approvalDecision: { ...initialDecisionState, ...decision },
            approvalInbox: initialInboxState,
          },
        }),
        provideSignedIn(user),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(APPROVALS_I18N);
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ApprovalDecisionPage);
    fixture.componentRef.setInput('id', 't1');
    fixture.detectChanges();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const q = <T extends Element>(sel: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(sel);

  it('shows a trip with its policy, estimate and travel budget before → after', () => {
    const base = detail();
    setup({
      detail: detail({
        subjectType: 'trip',
        subject: null as never,
        summary: {
          title: '差旅申请 TR-1',
          titleEn: 'Trip TR-1',
          trip: {
            policyId: 'tp1',
            policyName: '员工差旅标准',
            policyNameEn: 'Staff policy',
            estimatedFen: 320_000,
            amountFen: 320_000,
            budgetAvailableBeforeFen: 1_000_000,
            budgetAvailableAfterFen: 680_000,
            reapproval: false,
          },
        },
        budget: base.budget,
      }),
    });
    const trip = q('[data-testid=trip-summary]')?.textContent ?? '';
    expect(trip).toContain('员工差旅标准');
    expect(trip).toContain('3,200.00');
    expect(trip).toMatch(/10,000\.00\s*→\s*¥?6,800\.00/);
  });

  it('shows a welfare points grant in both languages: cost, occasion, points × employees, expiry', () => {
    setup({
      detail: detail({
        subjectType: 'grant',
        summary: {
          title: '福利发放 春节福利（10 人）',
          titleEn: 'Welfare grant 春节福利 (10 employees)',
        },
        subject: {
          id: 'WG1',
          occasion: '春节福利',
          points: 500,
          employeeIds: Array.from({ length: 10 }, (_, i) => `u${i}`),
          expiresAt: '2027-06-15T15:59:59.000Z',
          costFen: 500_000,
          pointValueFen: 100,
          costCenterId: 'cc1',
          status: 'pending_approval',
        },
      }),
    });
    const grant = () => q('[data-testid=grant-summary]')?.textContent ?? '';
    expect(text()).toContain('福利发放 春节福利（10 人）');
    expect(text()).toContain('福利积分发放');
    expect(grant()).toContain('5,000.00');
    expect(grant()).toContain('每人 500 积分 × 10 人');
    expect(grant()).toContain('福利');
    TestBed.inject(I18n).lang.set('en');
    fixture.detectChanges();
    expect(text()).toContain('Welfare grant 春节福利 (10 employees)');
    expect(text()).toContain('Welfare points grant');
    expect(grant()).toContain('500 points × 10 employees');
    expect(grant()).toContain('Jun 15, 2027');
  });

  it('a delegate without the hr role may decide what is offered to them, told on whose behalf; the history names both', () => {
    const employee: User = { ...hr, id: 'u-emp', name: '员工', roles: ['employee'] };
    setup(
      {
        detail: detail({
          canDecide: true,
          delegatedBy: { id: 'u-hr2', name: '郑思远', nameEn: 'Zheng Siyuan' },
          history: [
            { taskId: 't1', level: 1, status: 'pending' },
            {
              taskId: 't0',
              level: 2,
              status: 'approved',
              deciderId: 'u-x',
              deciderName: '林晓雯',
              deciderNameEn: 'Lin Xiaowen',
              onBehalfOf: 'u-hr3',
              onBehalfOfName: '何三',
              onBehalfOfNameEn: 'He San',
              decidedAt: '2026-03-01T10:00:00Z',
            },
          ],
        }),
      },
      employee,
    );
    expect(q('[data-testid=on-behalf-note]')?.textContent).toContain('您将代郑思远审批此申请');
    expect(q('[data-testid=approve]')).not.toBeNull();
    expect(q('[data-testid=history-decider]')?.textContent).toContain('林晓雯 代 何三 审批');
    TestBed.inject(I18n).lang.set('en');
    fixture.detectChanges();
    expect(q('[data-testid=on-behalf-note]')?.textContent).toContain('on behalf of Zheng Siyuan');
    expect(q('[data-testid=history-decider]')?.textContent).toContain(
      'approved by Lin Xiaowen on behalf of He San',
    );
  });

  it('an hr user outside the level’s approver pool reads the task but is told who decides it', () => {
    setup({ detail: detail({ canDecide: false }) });
    expect(q('[data-testid=approve]')).toBeNull();
    expect(text()).toContain('这一级由公司指定的审批人审批');
  });

  it('asks for the task of the URL and shows everything needed to decide', () => {
    setup({ detail: detail() });
    expect(store.dispatch).toHaveBeenCalledWith(ApprovalDecisionPageActions.opened({ id: 't1' }));
    expect(text()).toContain('办公椅');
    expect(text()).toContain('采购部');
    expect(text()).toContain('第 1 级，共 2 级');
    expect(q('[data-testid=rule]')?.textContent).toContain('二级审批阈值');
    expect(q('[data-testid=available-before]')?.textContent).toContain('100,000.00');
    expect(q('[data-testid=available-after]')?.textContent).toContain('40,000.00');
  });

  it('offers to try again after a failure, but not for a task that does not exist', () => {
    const retry = () =>
      (fixture.nativeElement as HTMLElement).querySelectorAll('[role=alert] button');
    setup({ detailError: { status: 500, code: 'INTERNAL_ERROR', detail: '' } });
    expect(retry().length).toBe(1);
    TestBed.resetTestingModule();
    setup({ detailError: { status: 404, code: 'NOT_FOUND', detail: '' } });
    expect(q('[role=alert]')).not.toBeNull();
    expect(retry().length).toBe(0);
  });

  it('does not promise money "after approval" once the request was rejected', () => {
    setup({ detail: detail({ status: 'rejected' }) });
    expect(q('[data-testid=available-after]')).toBeNull();
    expect(q('[data-testid=budget-unchanged]')?.textContent).toContain('未批准，预算未占用');
    expect(q('.bar__after')).toBeNull();
  });

  it('does not send a rejection without a comment, and says why', async () => {
    setup({ detail: detail() });
    q<HTMLButtonElement>('[data-testid=reject]')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: ApprovalDecisionPageActions.decisionSubmitted.type }),
    );
    expect(text()).toContain('驳回必须填写意见');
  });

  it('sends the decision with the comment and the version it was shown', () => {
    setup({ detail: detail({ version: 5 }) });
    const area = q<HTMLTextAreaElement>('textarea')!;
    area.value = '  超出季度计划 ';
    area.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid=reject]')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(
      ApprovalDecisionPageActions.decisionSubmitted({
        id: 't1',
        decision: 'reject',
        comment: '超出季度计划',
        version: 5,
      }),
    );
  });

  it('on a 409 says someone else decided it meanwhile and shows the fresh state without the form', () => {
    setup({
      detail: detail({
        status: 'approved',
        version: 2,
        history: [
          {
            taskId: 't1',
            level: 1,
            status: 'approved',
            deciderId: 'u-hr2',
            deciderName: '李审批',
            decidedAt: '2026-03-02T09:00:00Z',
            comment: '同意',
          },
        ],
      }),
      decisionError: { status: 409, code: 'ALREADY_DECIDED', detail: 'already approved' },
    });
    expect(q('[data-testid=conflict]')?.textContent).toContain('此审批已被他人处理');
    expect(q('[data-testid=task-status]')?.textContent).toContain('已批准');
    expect(text()).toContain('李审批');
    expect(text()).toContain('同意');
    expect(q('[data-testid=approve]')).toBeNull();
  });

  it('explains a 403 on the second level decided by the same person', () => {
    setup(
      {
        detail: detail({
          history: [
            { taskId: 't1', level: 1, status: 'pending' },
            { taskId: 't2', level: 2, status: 'approved', deciderId: 'u-other', deciderName: 'x' },
          ],
        }),
        decisionError: { status: 403, code: 'FORBIDDEN', detail: 'second level' },
      },
      { ...hr, id: 'u-other' },
    );
    expect(q('[data-testid=decision-error]')?.textContent).toContain(
      '两级审批须由两位不同的人完成',
    );
    expect(q('[data-testid=approve]')).toBeNull();
  });

  it('does not offer a decision on your own request', () => {
    setup({ detail: detail() }, { ...hr, id: 'u-buyer' });
    expect(text()).toContain('这是您自己提交的申请');
    expect(q('[data-testid=approve]')).toBeNull();
  });

  it('offers no decision on a level that waits for the one before it, and says so', () => {
    const level2 = detail({
      level: 2,
      status: 'waiting',
      history: [
        { taskId: 't0', level: 1, status: 'pending' },
        { taskId: 't1', level: 2, status: 'waiting' },
      ],
    });
    setup({ detail: level2 });
    expect(text()).toContain('第 1 级批准后，才能审批这一级。');
    expect(text()).toContain('等待上一级');
    expect(q('[data-testid=approve]')).toBeNull();
    // the timeline says "not decided yet" of the open level only, never of the waiting one
    const levels = [...(fixture.nativeElement as HTMLElement).querySelectorAll('.history li')];
    expect(levels.map((li) => li.textContent?.includes('尚未审批'))).toEqual([true, false]);
  });
});

describe('ApprovalDecisionPage in the router', () => {
  it('takes the task from the route, and loads the next task when only the id changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'approvals/:id', component: ApprovalDecisionPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            approvalDecision: { ...initialDecisionState, detail: detail() },
            approvalInbox: initialInboxState,
          },
        }),
        provideSignedIn(hr),
      ],
    });
    TestBed.inject(I18n).register(APPROVALS_I18N);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    const harness = await RouterTestingHarness.create();
    const first = await harness.navigateByUrl('/approvals/t1', ApprovalDecisionPage);
    expect(dispatch).toHaveBeenCalledWith(ApprovalDecisionPageActions.opened({ id: 't1' }));
    expect(harness.routeNativeElement?.textContent).toContain('办公椅');

    // "Next task" links to another id: the router keeps this component and sets its input.
    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/approvals/t7', ApprovalDecisionPage);
    expect(second).toBe(first);
    expect(dispatch.calls.allArgs()).toEqual([[ApprovalDecisionPageActions.opened({ id: 't7' })]]);
    // The detail still in the store is t1's: not shown as t7's.
    expect(harness.routeNativeElement?.textContent).not.toContain('办公椅');
  });
});
