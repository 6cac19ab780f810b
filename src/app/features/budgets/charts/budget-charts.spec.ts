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
      key: label,
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

  describe('drill-down', () => {
    const totals = (key: string, label: string, amountFen: number) => ({
      key,
      label,
      amountFen,
      committedFen: amountFen / 2,
      spentFen: amountFen / 4,
      availableFen: amountFen / 4,
    });

    async function renderWithBars() {
      const i18n = TestBed.inject(I18n);
      i18n.register(BUDGETS_I18N);
      i18n.lang.set('zh-CN');
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.appendChild(host);
      const fixture = TestBed.createComponent(BudgetCharts);
      host.appendChild(fixture.nativeElement);
      fixture.componentRef.setInput('byCostCenter', [
        totals('cc-1', '研发中心', 400_000_00),
        totals('cc-2', '销售部', 300_000_00),
      ]);
      fixture.componentRef.setInput('byCategory', [totals('travel', '差旅', 500_000_00)]);
      fixture.componentRef.setInput('usage', [
        {
          month: '2026-05',
          committedFen: 90_000_00,
          spentFen: 0,
          releasedFen: 0,
          amountChangeFen: 0,
        },
      ]);
      const opened: unknown[] = [];
      fixture.componentInstance.drill.subscribe((d) => opened.push(d));
      fixture.detectChanges();
      const root = fixture.nativeElement as HTMLElement;
      for (let i = 0; i < 100 && !root.querySelector('svg path'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        fixture.detectChanges();
      }
      return { root, opened, done: () => host.remove() };
    }

    /** The largest shape of a colour in a chart: a bar, not its legend swatch. */
    function bar(figure: Element, fill: string): Element {
      const area = (e: Element) =>
        e.getBoundingClientRect().width * e.getBoundingClientRect().height;
      return [...figure.querySelectorAll(`path[fill="${fill}"]`)].sort(
        (a, b) => area(b) - area(a),
      )[0];
    }

    /** A real click where the bar is drawn: ECharts finds the bar under the pointer itself. */
    function clickOn(figure: Element, shape: Element): void {
      shape.scrollIntoView({ block: 'center' });
      const r = shape.getBoundingClientRect();
      const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true };
      const target = document.elementFromPoint(at.clientX, at.clientY)!;
      expect(figure.contains(target)).toBeTrue();
      for (const type of ['mousedown', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, at));
    }

    it("a click on a bar opens the movements of its cost center, month or category, of the bar's type", async () => {
      const { root, opened, done } = await renderWithBars();
      const [byCc, byCat, overTime] = root.querySelectorAll('figure');
      clickOn(byCc, bar(byCc, '#e0a030')); // committed, of the first (largest) cost center
      clickOn(overTime, bar(overTime, '#e0a030'));
      clickOn(byCat, bar(byCat, '#5b6b9a')); // allocated
      expect(opened).toEqual([
        { by: 'cc', key: 'cc-1', type: 'commit' },
        { by: 'month', key: '2026-05', type: 'commit' },
        { by: 'cat', key: 'travel', type: 'amount' },
      ]);
      done();
    });

    it('offers the same drill-down as buttons, for the keyboard and for a finger on a phone', async () => {
      const { root, opened, done } = await renderWithBars();
      const group = root.querySelector('[role=group][aria-label="按成本中心查看预算变动明细"]')!;
      const buttons = [...group.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent?.trim())).toEqual(['研发中心', '销售部']);
      buttons[1].click();
      expect(opened).toEqual([{ by: 'cc', key: 'cc-2', type: null }]);
      done();
    });
  });
});
