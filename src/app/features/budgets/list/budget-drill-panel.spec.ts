import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { BUDGETS_I18N } from '../budgets.i18n';
import type { BudgetDrill, MovementRow } from '../data/budget.model';
import { BudgetListPageActions } from '../data/budgets.actions';
import { initialBudgetsState, type BudgetsState } from '../data/budgets.feature';
import { BudgetDrillPanel } from './budget-drill-panel';

const movement = (id: string): MovementRow => ({
  id,
  budgetId: 'b-cc-1-travel-2026',
  companyId: 'c1',
  type: 'commit',
  amountFen: 120_000,
  actorId: 'u1',
  actorName: '王志强',
  reason: 'Trip T1 estimate',
  reasonCode: 'TRIP_ESTIMATE',
  reasonParams: { id: 'T1' },
  subjectType: 'trip',
  subjectId: 'T1',
  createdAt: '2026-05-03T08:00:00.000Z',
});

describe('BudgetDrillPanel', () => {
  const commit: BudgetDrill = { by: 'month', key: '2026-05', type: 'commit' };

  function render(drill: Partial<BudgetsState['drill']>) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideSignedIn({
          id: 'u-hr',
          name: '林晓雯',
          email: 'hr@c1.example',
          roles: ['hr'],
          companyId: 'c1',
          departmentId: 'd1',
        }),
        provideMockStore({
          initialState: {
            budgets: { ...initialBudgetsState, drill: { ...initialBudgetsState.drill, ...drill } },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    TestBed.inject(I18n).lang.set('zh-CN');
    const fixture = TestBed.createComponent(BudgetDrillPanel);
    const changed: (BudgetDrill | null)[] = [];
    fixture.componentInstance.changed.subscribe((d) => changed.push(d));
    fixture.detectChanges();
    return { root: fixture.nativeElement as HTMLElement, changed, fixture };
  }

  const button = (root: HTMLElement, text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

  it('shows nothing until a bar is opened', () => {
    const { root } = render({});
    expect(root.querySelector('section')).toBeNull();
  });

  it('names the bar, marks its type and lists its movements with their budget', () => {
    const { root } = render({ query: commit, movements: [movement('m1')], total: 1 });
    expect(root.querySelector('h2')?.textContent).toContain('2026年5月');
    expect(button(root, '占用').getAttribute('aria-pressed')).toBe('true');
    expect(button(root, '全部').getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('tbody tr')?.textContent).toContain('¥1,200.00');
    expect(root.querySelector('tbody a')?.getAttribute('href')).toBe('/travel/trips/T1');
  });

  it('takes focus for a bar opened on the page, not for one the page was opened with', async () => {
    const { root, fixture } = render({ query: commit, movements: [movement('m1')], total: 1 });
    await fixture.whenStable();
    expect(document.activeElement).not.toBe(root.querySelector('h2'));
    const store = TestBed.inject(MockStore);
    store.setState({
      budgets: {
        ...initialBudgetsState,
        drill: { ...initialBudgetsState.drill, query: { by: 'cat', key: 'travel', type: null } },
      },
    });
    await fixture.whenStable();
    expect(document.activeElement).toBe(root.querySelector('h2'));
  });

  it('another type or closing goes out to the URL', () => {
    const { root, changed } = render({ query: commit, movements: [movement('m1')], total: 1 });
    button(root, '支出').click();
    button(root, '占用').click(); // already chosen: nothing to change
    (root.querySelector('[aria-label="关闭明细"]') as HTMLButtonElement).click();
    expect(changed).toEqual([{ ...commit, type: 'spend' }, null]);
  });

  it('says when the bar has no such movements, and offers a retry after an error', () => {
    const empty = render({ query: commit, movements: [], total: 0 });
    expect(empty.root.textContent).toContain('此范围内没有这类预算变动');
    TestBed.resetTestingModule();
    const failed = render({
      query: commit,
      error: { status: 500, code: 'INTERNAL', detail: 'x', errors: [] } as never,
    });
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    (failed.root.querySelector('app-list-state button') as HTMLButtonElement).click();
    expect(dispatch).toHaveBeenCalledWith(
      BudgetListPageActions.drillPageChanged({ pageIndex: 0, pageSize: 10 }),
    );
  });
});
