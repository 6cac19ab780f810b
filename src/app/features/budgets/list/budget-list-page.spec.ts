import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { BudgetListPageActions } from '../data/budgets.actions';
import { budgetsAdapter, initialBudgetsState } from '../data/budgets.feature';
import type { Budget } from '../data/budget.model';
import {
  budgetQueryFromParams,
  paramsFromBudgetFilters,
  paramsFromDrill,
} from '../data/budget-query';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetListPage } from './budget-list-page';
import { pretendNarrowScreen } from '../../../shared/ui/phone-filters.spec-util';

describe('budget filters in the URL', () => {
  it('reads a year, "all" years or none (the latest), and drops malformed values', () => {
    expect(budgetQueryFromParams({ year: '2025', category: 'travel', cc: 'cc-2' })).toEqual({
      filters: { period: '2025', category: 'travel', costCenterId: 'cc-2' },
      latestYear: false,
      drill: null,
    });
    expect(budgetQueryFromParams({ year: 'all' })).toEqual({
      filters: { period: null, category: null, costCenterId: null },
      latestYear: false,
      drill: null,
    });
    expect(budgetQueryFromParams({ year: '20251', category: 'cars', cc: '../x' })).toEqual({
      filters: { period: null, category: null, costCenterId: null },
      latestYear: true,
      drill: null,
    });
  });

  it('writes every year as "all", so a reload does not fall back to the latest year', () => {
    const params = paramsFromBudgetFilters({
      period: null,
      category: 'welfare',
      costCenterId: null,
    });
    expect(params).toEqual({ year: 'all', category: 'welfare', cc: null });
    expect(budgetQueryFromParams({ year: 'all', category: 'welfare' }).latestYear).toBeFalse();
  });
});

describe('a chart drill-down in the URL', () => {
  it('reads a cost center, a category or a month, with an optional movement type', () => {
    const drill = (d?: string, t?: string) =>
      budgetQueryFromParams({ drill: d, drillType: t }).drill;
    expect(drill('cc:cc-c1-02', 'commit')).toEqual({ by: 'cc', key: 'cc-c1-02', type: 'commit' });
    expect(drill('cat:travel')).toEqual({ by: 'cat', key: 'travel', type: null });
    expect(drill('month:2026-05', 'nonsense')).toEqual({
      by: 'month',
      key: '2026-05',
      type: null,
    });
  });

  it('drops what it cannot open', () => {
    const drill = (d: string) => budgetQueryFromParams({ drill: d }).drill;
    for (const bad of ['', 'cc:', 'cc:../x', 'cat:cars', 'month:2026-13', 'month:26-1', 'x:y'])
      expect(drill(bad)).withContext(bad).toBeNull();
  });

  it('writes a drill-down and its closing', () => {
    expect(paramsFromDrill({ by: 'month', key: '2026-05', type: 'spend' })).toEqual({
      drill: 'month:2026-05',
      drillType: 'spend',
    });
    expect(paramsFromDrill(null)).toEqual({ drill: null, drillType: null });
  });
});

describe('BudgetListPage in the router', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'budgets', component: BudgetListPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { budgets: initialBudgetsState } }),
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    harness = await RouterTestingHarness.create();
  });

  const queries = () =>
    dispatch.calls
      .allArgs()
      .map(([a]) => a)
      .filter((a) => a.type === BudgetListPageActions.queryChanged.type)
      .map(({ filters, latestYear, drill }) =>
        drill ? { filters, latestYear, drill } : { filters, latestYear },
      );

  it('applies the URL on a reload and on back/forward', async () => {
    const first = await harness.navigateByUrl('/budgets?year=2025&category=travel', BudgetListPage);
    expect(queries()).toEqual([
      { filters: { period: '2025', category: 'travel', costCenterId: null }, latestYear: false },
    ]);
    expect(dispatch).toHaveBeenCalledWith(BudgetListPageActions.opened());
    dispatch.calls.reset();
    const second = await harness.navigateByUrl('/budgets', BudgetListPage);
    expect(second).toBe(first);
    expect(queries()).toEqual([
      { filters: { period: null, category: null, costCenterId: null }, latestYear: true },
    ]);
  });

  it('a filter chosen goes into the URL', async () => {
    const page = await harness.navigateByUrl('/budgets', BudgetListPage);
    store.setState({
      budgets: {
        ...initialBudgetsState,
        filters: { period: '2026', category: null, costCenterId: null },
      },
    });
    (page as unknown as { setFilter(k: string, v: string | null): void }).setFilter(
      'category',
      'welfare',
    );
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/budgets?year=2026&category=welfare');
    (page as unknown as { setFilter(k: string, v: string | null): void }).setFilter('period', null);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/budgets?year=all');
  });

  it('a bar opened keeps the filters in the URL; closing it removes only the drill-down', async () => {
    const page = await harness.navigateByUrl('/budgets?year=2026&category=travel', BudgetListPage);
    const setDrill = (d: unknown) =>
      (page as unknown as { setDrill(d: unknown): void }).setDrill(d);
    setDrill({ by: 'cc', key: 'cc-2', type: 'commit' });
    await harness.fixture.whenStable();
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/budgets?year=2026&category=travel&drill=cc:cc-2&drillType=commit');
    expect(queries().at(-1)).toEqual({
      filters: { period: '2026', category: 'travel', costCenterId: null },
      latestYear: false,
      drill: { by: 'cc', key: 'cc-2', type: 'commit' },
    });
    setDrill(null);
    await harness.fixture.whenStable();
    expect(router.url).toBe('/budgets?year=2026&category=travel');
  });
});

describe('BudgetListPage on a phone', () => {
  async function render(filters: Partial<typeof initialBudgetsState.filters>) {
    pretendNarrowScreen();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            budgets: {
              ...initialBudgetsState,
              filters: { ...initialBudgetsState.filters, ...filters },
            },
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    TestBed.inject(I18n).use('zh-CN');
    const fixture = TestBed.createComponent(BudgetListPage);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }
  const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

  it('shows the figures first: the filters open from a button that says what they are set to', async () => {
    const fixture = await render({ period: '2026', category: 'travel' });
    const el = fixture.nativeElement as HTMLElement;
    const toggle = el.querySelector<HTMLButtonElement>('app-filters-toggle button')!;
    expect(el.querySelector('#budget-filters')).toBeNull();
    expect(text(toggle)).toBe('tune 筛选 · 2026 · 差旅');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelectorAll('#budget-filters mat-select').length).toBe(3);
  });

  it('names "all years" when no year is chosen', async () => {
    const fixture = await render({ period: null });
    expect(
      text((fixture.nativeElement as HTMLElement).querySelector('app-filters-toggle button')!),
    ).toBe('tune 筛选 · 全部年度');
  });
});

describe('BudgetListPage with a long ledger', () => {
  const budget = (i: number): Budget => ({
    id: `b-${i}`,
    companyId: 'c1',
    costCenterId: 'cc-1',
    category: 'travel',
    period: '2026',
    amountFen: 100_000,
    committedFen: 0,
    spentFen: 0,
    availableFen: 100_000,
    version: 1,
  });

  it('makes its rows four per task, and the charts only once the ledger is whole', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            budgets: budgetsAdapter.setAll(
              Array.from({ length: 10 }, (_, i) => budget(i)),
              {
                ...initialBudgetsState,
                loaded: true,
                filters: { period: null, category: null, costCenterId: null },
              },
            ),
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(BUDGETS_I18N);
    const fixture = TestBed.createComponent(BudgetListPage);
    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    expect(el.querySelectorAll('tbody tr').length).toBe(4);
    expect(el.querySelector('app-budget-charts')).toBeNull();

    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelectorAll('tbody tr').length).toBe(10);
    expect(el.querySelector('app-budget-charts')).not.toBeNull();
  });
});
