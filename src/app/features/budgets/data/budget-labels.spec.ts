import { TestBed } from '@angular/core/testing';
import { I18n } from '../../../core/i18n/i18n';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetLabels } from './budget-labels';

describe('BudgetLabels.reason', () => {
  let i18n: I18n;
  let labels: BudgetLabels;

  beforeEach(() => {
    i18n = TestBed.inject(I18n);
    i18n.register(BUDGETS_I18N);
    labels = TestBed.inject(BudgetLabels);
  });

  it('words the server’s code in the reader’s language, a person’s note kept as written', () => {
    const submitted = {
      reason: 'Order PO1 submitted',
      reasonCode: 'ORDER_SUBMITTED' as const,
      reasonParams: { id: 'PO1' },
    };
    const rejected = {
      reason: 'Order PO1 rejected: 超预算',
      reasonCode: 'ORDER_REJECTED' as const,
      reasonParams: { id: 'PO1', note: '超预算' },
    };
    const allocation = { reason: 'Annual allocation', reasonCode: 'ALLOCATION' as const };
    i18n.lang.set('zh-CN');
    expect(labels.reason(submitted)).toBe('订单 PO1 提交');
    expect(labels.reason(rejected)).toBe('订单 PO1 被驳回：超预算');
    expect(labels.reason(allocation)).toBe('年度预算下达');
    i18n.lang.set('en');
    expect(labels.reason(submitted)).toBe('Order PO1 submitted');
    expect(labels.reason(rejected)).toBe('Order PO1 rejected: 超预算');
    expect(labels.reason(allocation)).toBe('Annual allocation');
  });

  it('words goods receipts and closing short, with the buyer’s reason', () => {
    const partial = {
      reason: 'Order PO1 partially received',
      reasonCode: 'ORDER_PARTIALLY_RECEIVED' as const,
      reasonParams: { id: 'PO1' },
    };
    const closed = {
      reason: 'Order PO1 closed short: 停产',
      reasonCode: 'ORDER_CLOSED_SHORT' as const,
      reasonParams: { id: 'PO1', note: '停产' },
    };
    i18n.lang.set('zh-CN');
    expect(labels.reason(partial)).toBe('订单 PO1 部分收货');
    expect(labels.reason(closed)).toBe('订单 PO1 关闭剩余：停产');
    i18n.lang.set('en');
    expect(labels.reason(partial)).toBe('Order PO1 partly received');
    expect(labels.reason(closed)).toBe('Order PO1 closed short: 停产');
  });

  it('shows the server’s text for a movement recorded before reasons had codes', () => {
    i18n.lang.set('zh-CN');
    expect(labels.reason({ reason: '年度预算下达 Annual allocation', reasonCode: null })).toBe(
      '年度预算下达 Annual allocation',
    );
  });
});
