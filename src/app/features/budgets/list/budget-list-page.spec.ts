import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { BudgetListPageActions } from '../data/budgets.actions';
import { initialBudgetsState } from '../data/budgets.feature';
import { budgetQueryFromParams, paramsFromBudgetFilters } from '../data/budget-query';
import { BUDGETS_I18N } from '../budgets.i18n';
import { BudgetListPage } from './budget-list-page';

describe('budget filters in the URL', () => {
  it('reads a year, "all" years or none (the latest), and drops malformed values', () => {
    expect(budgetQueryFromParams({ year: '2025', category: 'travel', cc: 'cc-2' })).toEqual({
      filters: { period: '2025', category: 'travel', costCenterId: 'cc-2' },
      latestYear: false,
    });
    expect(budgetQueryFromParams({ year: 'all' })).toEqual({
      filters: { period: null, category: null, costCenterId: null },
      latestYear: false,
    });
    expect(budgetQueryFromParams({ year: '20251', category: 'cars', cc: '../x' })).toEqual({
      filters: { period: null, category: null, costCenterId: null },
      latestYear: true,
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
      .map(({ filters, latestYear }) => ({ filters, latestYear }));

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
});
