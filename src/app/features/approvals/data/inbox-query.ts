import type { ApprovalSubjectType } from '../../../../domain/index.ts';
import { NO_FILTERS, type InboxFilters } from './approval.model';

export const INBOX_PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_INBOX_PAGE_SIZE = 20;
const SUBJECT_TYPES: readonly ApprovalSubjectType[] = ['order', 'budgetRequest', 'trip'];
const ID = /^[\w-]{1,64}$/;
const MAX_YUAN = 1e9;

export type InboxTab = 'pending' | 'history';

/** The approvals page as the URL holds it: the tab, the inbox's filters and page. */
export interface InboxQuery {
  tab: InboxTab;
  filters: InboxFilters;
  pageIndex: number;
  pageSize: number;
}

function yuanParamToFen(v: string | undefined): number | null {
  if (v == null || !/^\d+(\.\d{1,2})?$/.test(v)) return null;
  const n = Number(v);
  return n <= MAX_YUAN ? Math.round(n * 100) : null;
}

/** URL query parameters → the approvals page's query (unknown or malformed values are dropped). */
export function inboxQueryFromParams(
  params: Readonly<Record<string, string | undefined>>,
): InboxQuery {
  const type = params['type'] as ApprovalSubjectType | undefined;
  const page = Number(params['page']);
  const size = Number(params['size']);
  return {
    tab: params['tab'] === 'history' ? 'history' : 'pending',
    filters: {
      subjectType: type && SUBJECT_TYPES.includes(type) ? type : null,
      amountMinFen: yuanParamToFen(params['min']),
      amountMaxFen: yuanParamToFen(params['max']),
      requesterId: params['requester'] && ID.test(params['requester']) ? params['requester'] : null,
    },
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: INBOX_PAGE_SIZES.includes(size) ? size : DEFAULT_INBOX_PAGE_SIZE,
  };
}

/** The approvals page's query → URL query parameters; defaults are left out (null removes one). */
export function paramsFromInboxQuery(q: InboxQuery): Record<string, string | null> {
  const f = { ...NO_FILTERS, ...q.filters };
  return {
    tab: q.tab === 'history' ? 'history' : null,
    type: f.subjectType,
    min: f.amountMinFen == null ? null : String(f.amountMinFen / 100),
    max: f.amountMaxFen == null ? null : String(f.amountMaxFen / 100),
    requester: f.requesterId,
    page: q.pageIndex === 0 ? null : String(q.pageIndex + 1),
    size: q.pageSize === DEFAULT_INBOX_PAGE_SIZE ? null : String(q.pageSize),
  };
}
