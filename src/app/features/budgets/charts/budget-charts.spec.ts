import { TestBed } from '@angular/core/testing';
import { I18n } from '../../../core/i18n/i18n';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetCharts } from './budget-charts';

describe('BudgetCharts', () => {
  function render(inputs: { usageError?: string | null; usageLoading?: boolean }) {
    const i18n = TestBed.inject(I18n);
    i18n.register(BUDGETS_I18N);
    i18n.lang.set('zh-CN');
    const fixture = TestBed.createComponent(BudgetCharts);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('says the monthly usage failed to load, never that there were no movements', () => {
    const root = render({ usageError: '服务器出错，请稍后重试。' });
    expect(root.querySelector('[data-testid=usage-error]')?.textContent).toContain('服务器出错');
    expect(root.querySelector('[role=alert]')).not.toBeNull();
    expect(root.textContent).not.toContain(TestBed.inject(I18n).t('budgets.charts.noUsage'));
  });

  it('says there were no movements when the answer is empty', () => {
    const root = render({});
    expect(root.querySelector('[data-testid=usage-error]')).toBeNull();
    expect(root.textContent).toContain(TestBed.inject(I18n).t('budgets.charts.noUsage'));
  });
});
