import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import {
  BudgetDetailPageActions,
  BudgetListPageActions,
  BudgetRequestPageActions,
  BudgetsApiActions,
  MyRequestsPageActions,
} from './budgets.actions';
import { sumBudgets, type PortalNotification, type UsageMonth } from '../../../../domain/index.ts';
import {
  byCode,
  groupTotals,
  type Budget,
  type BudgetDrill,
  type BudgetFilters,
  type BudgetRequest,
  type MovementRow,
} from './budget.model';

export const budgetsAdapter = createEntityAdapter<Budget>({
  sortComparer: (a, b) =>
    byCode(b.period, a.period) ||
    byCode(a.costCenterId, b.costCenterId) ||
    byCode(a.category, b.category),
});

export interface BudgetsState extends EntityState<Budget> {
  filters: BudgetFilters;
  /** The URL names no year: the period follows the latest year that has budgets. */
  latestYear: boolean;
  loaded: boolean;
  loading: boolean;
  error: ApiError | null;
  /** Cost center id → names (empty when the API offers no list). */
  usage: { months: UsageMonth[]; loading: boolean; error: ApiError | null };
  detail: {
    id: string | null;
    loading: boolean;
    error: ApiError | null;
    movements: MovementRow[];
    total: number;
    pageIndex: number;
    pageSize: number;
    movementsLoading: boolean;
    movementsError: ApiError | null;
  };
  /** The movements behind the chart bar the reader opened (from the URL). */
  drill: {
    query: BudgetDrill | null;
    movements: MovementRow[];
    total: number;
    pageIndex: number;
    pageSize: number;
    loading: boolean;
    error: ApiError | null;
  };
  request: { submitting: boolean; error: ApiError | null; created: BudgetRequest | null };
  mine: { requests: BudgetRequest[]; loading: boolean; error: ApiError | null };
  notifications: { items: PortalNotification[]; loading: boolean; error: ApiError | null };
}

export const currentYear = (): string => String(new Date().getFullYear());

export const initialBudgetsState: BudgetsState = budgetsAdapter.getInitialState({
  filters: { category: null, costCenterId: null, period: null },
  latestYear: true,
  loaded: false,
  loading: false,
  error: null,
  usage: { months: [], loading: false, error: null },
  detail: {
    id: null,
    loading: false,
    error: null,
    movements: [],
    total: 0,
    pageIndex: 0,
    pageSize: 20,
    movementsLoading: false,
    movementsError: null,
  },
  drill: {
    query: null,
    movements: [],
    total: 0,
    pageIndex: 0,
    pageSize: 10,
    loading: false,
    error: null,
  },
  request: { submitting: false, error: null, created: null },
  mine: { requests: [], loading: false, error: null },
  notifications: { items: [], loading: false, error: null },
});

const sameDrill = (a: BudgetDrill | null, b: BudgetDrill | null): boolean =>
  a?.by === b?.by && a?.key === b?.key && a?.type === b?.type;

function latestPeriod(budgets: readonly (Budget | undefined)[]): string | null {
  let latest: string | null = null;
  for (const b of budgets) if (b && (latest === null || b.period > latest)) latest = b.period;
  return latest;
}

export const budgetsFeature = createFeature({
  name: 'budgets',
  reducer: createReducer(
    initialBudgetsState,
    on(
      BudgetListPageActions.opened,
      BudgetListPageActions.reloadRequested,
      BudgetRequestPageActions.opened,
      (s): BudgetsState => ({
        ...s,
        loading: true,
        error: null,
        usage: { ...s.usage, loading: true, error: null },
      }),
    ),
    on(BudgetListPageActions.queryChanged, (s, { filters, latestYear, drill }): BudgetsState => {
      const latest = latestYear ? latestPeriod(Object.values(s.entities)) : null;
      // another bar (or none): its first page, nothing of the last bar's rows shown meanwhile
      const kept = sameDrill(s.drill.query, drill) ? s.drill : { ...initialBudgetsState.drill };
      return {
        ...s,
        latestYear,
        filters: latest ? { ...filters, period: latest } : filters,
        usage: { ...s.usage, loading: true, error: null },
        drill: { ...kept, query: drill, pageSize: s.drill.pageSize, loading: !!drill, error: null },
      };
    }),
    on(BudgetListPageActions.drillPageChanged, (s, { pageIndex, pageSize }): BudgetsState => ({
      ...s,
      drill: { ...s.drill, pageIndex, pageSize, loading: true, error: null },
    })),
    on(BudgetsApiActions.drillMovementsLoaded, (s, { page }): BudgetsState => ({
      ...s,
      drill: { ...s.drill, movements: page.items, total: page.total, loading: false },
    })),
    on(BudgetsApiActions.drillMovementsLoadFailed, (s, { error }): BudgetsState => ({
      ...s,
      drill: { ...s.drill, loading: false, error },
    })),
    on(BudgetsApiActions.budgetsLoaded, (s, { budgets }): BudgetsState => {
      const next = budgetsAdapter.setAll(budgets, {
        ...s,
        loaded: true,
        loading: false,
        error: null,
      });
      // no year chosen: the latest year that has budgets
      const latest = s.latestYear ? latestPeriod(budgets) : null;
      return latest ? { ...next, filters: { ...next.filters, period: latest } } : next;
    }),
    on(BudgetsApiActions.budgetsLoadFailed, (s, { error }): BudgetsState => ({
      ...s,
      loading: false,
      error,
    })),
    on(BudgetsApiActions.usageLoaded, (s, { months }): BudgetsState => ({
      ...s,
      usage: { months, loading: false, error: null },
    })),
    on(BudgetsApiActions.usageLoadFailed, (s, { error }): BudgetsState => ({
      ...s,
      usage: { ...s.usage, loading: false, error },
    })),
    on(BudgetDetailPageActions.opened, (s, { id }): BudgetsState => ({
      ...s,
      detail: {
        ...initialBudgetsState.detail,
        pageSize: s.detail.pageSize,
        id,
        loading: true,
        movementsLoading: true,
      },
    })),
    on(
      BudgetDetailPageActions.movementsPageChanged,
      (s, { pageIndex, pageSize }): BudgetsState => ({
        ...s,
        detail: { ...s.detail, pageIndex, pageSize, movementsLoading: true, movementsError: null },
      }),
    ),
    on(BudgetsApiActions.budgetLoaded, (s, { budget }): BudgetsState =>
      budgetsAdapter.upsertOne(budget, {
        ...s,
        detail: { ...s.detail, loading: false, error: null },
      }),
    ),
    on(BudgetsApiActions.budgetLoadFailed, (s, { id, error }): BudgetsState =>
      s.detail.id === id ? { ...s, detail: { ...s.detail, loading: false, error } } : s,
    ),
    on(BudgetsApiActions.movementsLoaded, (s, { id, page }): BudgetsState =>
      s.detail.id === id
        ? {
            ...s,
            detail: {
              ...s.detail,
              movements: page.items,
              total: page.total,
              movementsLoading: false,
              movementsError: null,
            },
          }
        : s,
    ),
    on(BudgetsApiActions.movementsLoadFailed, (s, { id, error }): BudgetsState =>
      s.detail.id === id
        ? { ...s, detail: { ...s.detail, movementsLoading: false, movementsError: error } }
        : s,
    ),
    on(BudgetRequestPageActions.opened, (s): BudgetsState => ({
      ...s,
      request: { submitting: false, error: null, created: null },
    })),
    on(BudgetRequestPageActions.submitted, (s): BudgetsState => ({
      ...s,
      request: { submitting: true, error: null, created: null },
    })),
    on(BudgetsApiActions.requestCreated, (s, { request }): BudgetsState => ({
      ...s,
      request: { submitting: false, error: null, created: request },
      mine: {
        ...s.mine,
        requests: [request, ...s.mine.requests.filter((r) => r.id !== request.id)],
      },
    })),
    on(BudgetsApiActions.requestFailed, (s, { error }): BudgetsState => ({
      ...s,
      request: { submitting: false, error, created: null },
    })),
    on(MyRequestsPageActions.opened, (s): BudgetsState => ({
      ...s,
      mine: { ...s.mine, loading: true, error: null },
      notifications: { ...s.notifications, loading: true, error: null },
    })),
    on(BudgetsApiActions.myRequestsLoaded, (s, { requests }): BudgetsState => ({
      ...s,
      mine: { requests, loading: false, error: null },
    })),
    on(BudgetsApiActions.myRequestsLoadFailed, (s, { error }): BudgetsState => ({
      ...s,
      mine: { ...s.mine, loading: false, error },
    })),
    on(BudgetsApiActions.notificationsLoaded, (s, { notifications }): BudgetsState => ({
      ...s,
      notifications: { items: notifications, loading: false, error: null },
    })),
    on(BudgetsApiActions.notificationsLoadFailed, (s, { error }): BudgetsState => ({
      ...s,
      notifications: { ...s.notifications, loading: false, error },
    })),
    on(
      MyRequestsPageActions.notificationRead,
      BudgetsApiActions.notificationMarkedRead,
      (s, { id }): BudgetsState => ({
        ...s,
        notifications: {
          ...s.notifications,
          items: s.notifications.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
        },
      }),
    ),
  ),
  extraSelectors: ({
    selectBudgetsState,
    selectFilters,
    selectDetail,
    selectEntities,
    selectNotifications,
  }) => {
    const { selectAll } = budgetsAdapter.getSelectors(selectBudgetsState);
    const selectFilteredBudgets = createSelector(selectAll, selectFilters, (all, f) =>
      all.filter(
        (b) =>
          (!f.category || b.category === f.category) &&
          (!f.costCenterId || b.costCenterId === f.costCenterId) &&
          (!f.period || b.period === f.period),
      ),
    );
    return {
      selectAllBudgets: selectAll,
      selectFilteredBudgets,
      selectTotals: createSelector(selectFilteredBudgets, (list) => sumBudgets(list)),
      selectTotalsByCostCenter: createSelector(selectFilteredBudgets, (list) =>
        groupTotals(list, (b) => b.costCenterId),
      ),
      selectTotalsByCategory: createSelector(selectFilteredBudgets, (list) =>
        groupTotals(list, (b) => b.category),
      ),
      selectYears: createSelector(selectAll, (all) =>
        [...new Set(all.map((b) => b.period))].sort().reverse(),
      ),
      selectCostCenterIds: createSelector(selectAll, (all) =>
        [...new Set(all.map((b) => b.costCenterId))].sort(),
      ),
      selectDetailBudget: createSelector(selectDetail, selectEntities, (d, entities) =>
        d.id ? (entities[d.id] ?? null) : null,
      ),
      selectUnreadCount: createSelector(
        selectNotifications,
        (n) => n.items.filter((x) => !x.read).length,
      ),
    };
  },
});
