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

  it('on a phone: long cost-center names wrap instead of being cut, money ticks never overlap', async () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(BUDGETS_I18N);
    i18n.lang.set('en');
    const host = document.createElement('div');
    host.style.width = '360px';
    document.body.appendChild(host);
    const fixture = TestBed.createComponent(BudgetCharts);
    host.appendChild(fixture.nativeElement);
    const long = 'Research and Development Center cost center';
    const row = (label: string, amountFen: number) => ({
      label,
      amountFen,
      committedFen: amountFen / 4,
      spentFen: amountFen / 4,
      availableFen: amountFen / 2,
    });
    fixture.componentRef.setInput('byCostCenter', [
      row(long, 123_456_700_00),
      row('Sales', 98_765_400_00),
    ]);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const texts = () => [...root.querySelectorAll('figure:first-of-type svg text')];
    for (let i = 0; i < 100 && !texts().some((t) => t.textContent?.includes('Sales')); i++) {
      await new Promise((r) => setTimeout(r, 50));
      fixture.detectChanges();
    }
    const words = texts()
      .map((t) => t.textContent ?? '')
      .join(' ');
    for (const w of long.split(' ')) expect(words).toContain(w);
    expect(words).not.toMatch(/…|\.\.\./);
    // the value axis along the bottom: each tick label clear of the next
    const ticks = texts()
      .filter((t) => /^[\d.,]+[KMB]?$/.test(t.textContent ?? ''))
      .map((t) => t.getBoundingClientRect())
      .filter((b, _, all) => Math.abs(b.top - Math.max(...all.map((x) => x.top))) < 2)
      .sort((a, b) => a.left - b.left);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i].left).toBeGreaterThan(ticks[i - 1].right);
    host.remove();
  });
});
