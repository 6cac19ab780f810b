import type { Budget, BudgetDrill, MovementRow } from './budget.model';
import { useBarPercent, usePercent } from '../../../../domain/index.ts';
import {
  BudgetDetailPageActions,
  BudgetListPageActions,
  BudgetRequestPageActions,
  BudgetsApiActions,
  MyRequestsPageActions,
} from './budgets.actions';
import { budgetsFeature, initialBudgetsState, type BudgetsState } from './budgets.feature';

function budget(
  id: string,
  costCenterId: string,
  category: Budget['category'],
  period: string,
  amountFen: number,
  committedFen: number,
  spentFen: number,
): Budget {
  return {
    id,
    companyId: 'c1',
    costCenterId,
    category,
    period,
    amountFen,
    committedFen,
    spentFen,
    availableFen: amountFen - committedFen - spentFen,
    version: 1,
  };
}

const BUDGETS = [
  budget('b1', 'cc1', 'procurement', '2026', 1_000_000, 200_000, 100_000),
  budget('b2', 'cc1', 'welfare', '2026', 500_000, 0, 50_000),
  budget('b3', 'cc2', 'procurement', '2026', 2_000_000, 1_000_000, 0),
  budget('b4', 'cc2', 'procurement', '2025', 9_000_000, 0, 9_000_000),
];

const reducer = budgetsFeature.reducer;
const loaded = (): BudgetsState =>
  reducer(
    reducer(initialBudgetsState, BudgetListPageActions.opened()),
    BudgetsApiActions.budgetsLoaded({ budgets: BUDGETS }),
  );

function select(s: BudgetsState) {
  const root = { budgets: s };
  return {
    filtered: budgetsFeature.selectFilteredBudgets(root),
    totals: budgetsFeature.selectTotals(root),
    byCc: budgetsFeature.selectTotalsByCostCenter(root),
    byCat: budgetsFeature.selectTotalsByCategory(root),
    years: budgetsFeature.selectYears(root),
    ccs: budgetsFeature.selectCostCenterIds(root),
  };
}

describe('budgets feature', () => {
  it('defaults to the latest year on the first load, newest year first', () => {
    const s = loaded();
    expect(s.filters.period).toBe('2026');
    expect(s.loading).toBeFalse();
    expect(select(s).years).toEqual(['2026', '2025']);
    expect(select(s).ccs).toEqual(['cc1', 'cc2']);
    expect(
      select(s)
        .filtered.map((b) => b.id)
        .sort(),
    ).toEqual(['b1', 'b2', 'b3']);
  });

  it('keeps a chosen "all years" filter when reloading', () => {
    let s = reducer(
      loaded(),
      BudgetListPageActions.queryChanged({
        filters: { category: null, costCenterId: null, period: null },
        latestYear: false,
        drill: null,
      }),
    );
    s = reducer(s, BudgetsApiActions.budgetsLoaded({ budgets: BUDGETS }));
    expect(s.filters.period).toBeNull();
    expect(select(s).filtered.length).toBe(4);
  });

  it('a URL without a year shows the latest year, before and after the budgets load', () => {
    const noYear = { category: 'welfare' as const, costCenterId: null, period: null };
    let s = reducer(
      initialBudgetsState,
      BudgetListPageActions.queryChanged({ filters: noYear, latestYear: true, drill: null }),
    );
    expect(s.filters.period).toBeNull();
    s = reducer(s, BudgetsApiActions.budgetsLoaded({ budgets: BUDGETS }));
    expect(s.filters).toEqual({ ...noYear, period: '2026' });
    // back to a link naming 2025, then forward to one naming no year
    s = reducer(
      s,
      BudgetListPageActions.queryChanged({
        filters: { ...noYear, period: '2025' },
        latestYear: false,
        drill: null,
      }),
    );
    expect(s.filters.period).toBe('2025');
    s = reducer(
      s,
      BudgetListPageActions.queryChanged({ filters: noYear, latestYear: true, drill: null }),
    );
    expect(s.filters.period).toBe('2026');
  });

  it('sums allocated, committed, spent and available of the filtered budgets, per cost center and per category', () => {
    const s = loaded();
    const { totals, byCc, byCat } = select(s);
    expect(totals).toEqual({
      amountFen: 3_500_000,
      committedFen: 1_200_000,
      spentFen: 150_000,
      availableFen: 2_150_000,
    });
    expect(byCc).toEqual([
      {
        key: 'cc1',
        amountFen: 1_500_000,
        committedFen: 200_000,
        spentFen: 150_000,
        availableFen: 1_150_000,
      },
      {
        key: 'cc2',
        amountFen: 2_000_000,
        committedFen: 1_000_000,
        spentFen: 0,
        availableFen: 1_000_000,
      },
    ]);
    expect(byCat.map((t) => [t.key, t.amountFen])).toEqual([
      ['procurement', 3_000_000],
      ['welfare', 500_000],
    ]);
    for (const t of [totals, ...byCc, ...byCat])
      expect(t.availableFen).toBe(t.amountFen - t.committedFen - t.spentFen);
  });

  it('filters by category and cost center', () => {
    const s = reducer(
      loaded(),
      BudgetListPageActions.queryChanged({
        filters: { category: 'procurement', costCenterId: 'cc2', period: null },
        latestYear: false,
        drill: null,
      }),
    );
    expect(
      select(s)
        .filtered.map((b) => b.id)
        .sort(),
    ).toEqual(['b3', 'b4']);
    expect(s.usage.loading).toBeTrue();
  });

  it('computes the use of a budget', () => {
    expect(usePercent(BUDGETS[0])).toBe(30);
    expect(usePercent(BUDGETS[3])).toBe(100);
    // Overspent: the real share (the bar stops at its end).
    const over = { amountFen: 1_000_000, committedFen: 200_000, spentFen: 1_000_000 };
    expect(usePercent(over)).toBe(120);
    expect(useBarPercent(over)).toBe(100);
    expect(usePercent({ amountFen: 0, committedFen: 0, spentFen: 0 })).toBe(0);
  });

  it('tracks one budget and its movements page, ignoring answers for another budget', () => {
    let s = reducer(loaded(), BudgetDetailPageActions.opened({ id: 'b1' }));
    expect(s.detail).toEqual(
      jasmine.objectContaining({ id: 'b1', loading: true, movementsLoading: true, pageIndex: 0 }),
    );
    s = reducer(
      s,
      BudgetsApiActions.budgetLoaded({
        budget: { ...BUDGETS[0], amountFen: 1_100_000, availableFen: 800_000 },
      }),
    );
    expect(budgetsFeature.selectDetailBudget({ budgets: s })?.amountFen).toBe(1_100_000);
    const move = {
      id: 'm1',
      budgetId: 'b1',
      companyId: 'c1',
      type: 'commit' as const,
      amountFen: 1,
      actorId: 'u',
      actorName: '甲',
      reason: 'r',
      subjectType: null,
      subjectId: null,
      createdAt: '2026-01-01T00:00:00Z',
    };
    const other = reducer(
      s,
      BudgetsApiActions.movementsLoaded({ id: 'b9', page: { items: [move], total: 1 } }),
    );
    expect(other.detail.movements).toEqual([]);
    s = reducer(
      s,
      BudgetDetailPageActions.movementsPageChanged({ id: 'b1', pageIndex: 2, pageSize: 10 }),
    );
    s = reducer(
      s,
      BudgetsApiActions.movementsLoaded({ id: 'b1', page: { items: [move], total: 31 } }),
    );
    expect(s.detail).toEqual(
      jasmine.objectContaining({ pageIndex: 2, pageSize: 10, total: 31, movementsLoading: false }),
    );
  });

  it('a created request is confirmed and listed first among my requests; a failure keeps its field errors', () => {
    let s = reducer(
      loaded(),
      BudgetRequestPageActions.submitted({
        command: { budgetId: 'b1', deltaFen: 100, reason: 'x' },
      }),
    );
    expect(s.request.submitting).toBeTrue();
    const failed = reducer(
      s,
      BudgetsApiActions.requestFailed({
        error: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'bad',
          errors: [{ path: 'deltaFen', message: 'too big' }],
        },
      }),
    );
    expect(failed.request).toEqual({
      submitting: false,
      created: null,
      error: jasmine.objectContaining({ errors: [{ path: 'deltaFen', message: 'too big' }] }),
    });
    const req = {
      id: 'br1',
      budgetId: 'b1',
      deltaFen: 100,
      reason: 'x',
      status: 'pending' as const,
      requesterId: 'u',
      requesterName: 'n',
      createdAt: '2026-02-01T00:00:00Z',
    };
    s = reducer(s, BudgetsApiActions.requestCreated({ request: req }));
    expect(s.request.created).toEqual(req);
    expect(s.mine.requests[0]).toEqual(req);
    expect(reducer(s, BudgetRequestPageActions.opened()).request.created).toBeNull();
  });

  it('counts unread notifications and marks one read', () => {
    let s = reducer(initialBudgetsState, MyRequestsPageActions.opened());
    const n = (id: string, read: boolean) => ({
      id,
      kind: 'budget_request_approved' as const,
      subjectType: 'budgetRequest' as const,
      subjectId: 'br1',
      userId: 'u1',
      companyId: 'c1',
      params: { amountFen: 100, deciderName: '人力' },
      message: 'm',
      messageEn: 'm',
      createdAt: '2026-01-01T00:00:00Z',
      read,
    });
    s = reducer(
      s,
      BudgetsApiActions.notificationsLoaded({
        notifications: [n('n1', false), n('n2', false), n('n3', true)],
      }),
    );
    expect(budgetsFeature.selectUnreadCount({ budgets: s })).toBe(2);
    s = reducer(s, MyRequestsPageActions.notificationRead({ id: 'n1' }));
    expect(budgetsFeature.selectUnreadCount({ budgets: s })).toBe(1);
  });

  describe('the movements behind a chart bar', () => {
    const query = (drill: BudgetDrill | null) =>
      BudgetListPageActions.queryChanged({
        filters: { category: null, costCenterId: null, period: '2026' },
        latestYear: false,
        drill,
      });
    const commit: BudgetDrill = { by: 'cc', key: 'cc1', type: 'commit' };
    const page = (n: number) =>
      BudgetsApiActions.drillMovementsLoaded({
        page: {
          items: Array.from({ length: n }, (_, i) => ({ id: `m${i}` }) as MovementRow),
          total: 25,
        },
      });

    it("another bar starts on its first page, without the last bar's rows", () => {
      let s = reducer(loaded(), query(commit));
      expect(s.drill).toEqual(
        jasmine.objectContaining({ query: commit, loading: true, pageIndex: 0 }),
      );
      s = reducer(s, page(10));
      s = reducer(s, BudgetListPageActions.drillPageChanged({ pageIndex: 2, pageSize: 10 }));
      s = reducer(s, page(5));
      // the same bar again (a reload of the URL): its page stays
      expect(reducer(s, query(commit)).drill.pageIndex).toBe(2);
      s = reducer(s, query({ ...commit, type: 'spend' }));
      expect(s.drill.pageIndex).toBe(0);
      expect(s.drill.movements).toEqual([]);
      expect(s.drill.loading).toBeTrue();
    });

    it('closing the bar clears its movements', () => {
      let s = reducer(reducer(loaded(), query(commit)), page(10));
      s = reducer(s, query(null));
      expect(s.drill.query).toBeNull();
      expect(s.drill.movements).toEqual([]);
      expect(s.drill.loading).toBeFalse();
    });
  });
});
