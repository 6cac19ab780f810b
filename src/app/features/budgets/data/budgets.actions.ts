import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { PortalNotification, UsageMonth } from '../../../../domain/index.ts';
import type { BudgetRequestCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type {
  Budget,
  BudgetDrill,
  BudgetFilters,
  BudgetRequest,
  MovementRow,
} from './budget.model';

export const BudgetListPageActions = createActionGroup({
  source: 'Budget List Page',
  events: {
    Opened: emptyProps(),
    /**
     * The URL's filters (first visit, reload, back/forward, a filter chosen). `latestYear`: the URL
     * names no year, so the latest year that has budgets is shown.
     */
    'Query Changed': props<{
      filters: BudgetFilters;
      latestYear: boolean;
      /** The movements behind a chart's bar, when one is open. */
      drill: BudgetDrill | null;
    }>(),
    'Reload Requested': emptyProps(),
    'Drill Page Changed': props<{ pageIndex: number; pageSize: number }>(),
  },
});

export const BudgetDetailPageActions = createActionGroup({
  source: 'Budget Detail Page',
  events: {
    Opened: props<{ id: string }>(),
    'Movements Page Changed': props<{ id: string; pageIndex: number; pageSize: number }>(),
  },
});

export const BudgetRequestPageActions = createActionGroup({
  source: 'Budget Request Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ command: BudgetRequestCommand }>(),
  },
});

export const MyRequestsPageActions = createActionGroup({
  source: 'My Requests Page',
  events: {
    Opened: emptyProps(),
    'Notification Read': props<{ id: string }>(),
  },
});

export const BudgetsApiActions = createActionGroup({
  source: 'Budgets API',
  events: {
    'Budgets Loaded': props<{ budgets: Budget[] }>(),
    'Budgets Load Failed': props<{ error: ApiError }>(),
    'Usage Loaded': props<{ months: UsageMonth[] }>(),
    'Usage Load Failed': props<{ error: ApiError }>(),
    'Budget Loaded': props<{ budget: Budget }>(),
    'Budget Load Failed': props<{ id: string; error: ApiError }>(),
    'Movements Loaded': props<{ id: string; page: PageOf<MovementRow> }>(),
    'Movements Load Failed': props<{ id: string; error: ApiError }>(),
    'Drill Movements Loaded': props<{ page: PageOf<MovementRow> }>(),
    'Drill Movements Load Failed': props<{ error: ApiError }>(),
    'Request Created': props<{ request: BudgetRequest }>(),
    'Request Failed': props<{ error: ApiError }>(),
    'My Requests Loaded': props<{ requests: BudgetRequest[] }>(),
    'My Requests Load Failed': props<{ error: ApiError }>(),
    'Notifications Loaded': props<{ notifications: PortalNotification[] }>(),
    'Notifications Load Failed': props<{ error: ApiError }>(),
    'Notification Marked Read': props<{ id: string }>(),
    'Notification Mark Read Failed': props<{ id: string; error: ApiError }>(),
  },
});
