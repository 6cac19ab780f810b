import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AuditEntry } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type { AuditFilters } from './audit-api';

export const AuditPageActions = createActionGroup({
  source: 'Audit Page',
  events: {
    /** The page's URL: filters and page (reload and back keep them). */
    'Query Changed': props<{ filters: AuditFilters; pageIndex: number; pageSize: number }>(),
    'Csv Requested': props<{ filters: AuditFilters }>(),
  },
});

export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    Loaded: props<{ page: PageOf<AuditEntry> }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Csv Downloaded': emptyProps(),
    'Csv Failed': props<{ error: ApiError }>(),
  },
});
