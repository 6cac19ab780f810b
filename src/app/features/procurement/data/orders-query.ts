import { NO_ORDER_FILTERS, type OrderFilters } from './procurement.model';

export const ORDER_STATUSES = [
  'pending_approval',
  'approved',
  'partially_received',
  'received',
  'closed_short',
  'rejected',
  'cancelled',
] as const;

export const ORDER_PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_ORDER_PAGE_SIZE = 20;

/** The order list as the URL holds it: filters and paging. */
export interface OrderListQuery {
  filters: OrderFilters;
  pageIndex: number;
  pageSize: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest search the API accepts. */
export const MAX_ORDER_SEARCH = 200;
const ID = /^[\w-]{1,64}$/;

/** URL query parameters → the order list's query (unknown or malformed values are dropped). */
export function orderQueryFromParams(
  params: Readonly<Record<string, string | undefined>>,
): OrderListQuery {
  const status = params['status'];
  const page = Number(params['page']);
  const size = Number(params['size']);
  const date = (v: string | undefined) => (v && DATE.test(v) ? v : null);
  return {
    filters: {
      q: params['q']?.trim().slice(0, MAX_ORDER_SEARCH) || null,
      status: (ORDER_STATUSES as readonly string[]).includes(status ?? '') ? status! : null,
      costCenterId: params['cc'] && ID.test(params['cc']) ? params['cc'] : null,
      from: date(params['from']),
      to: date(params['to']),
    },
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: ORDER_PAGE_SIZES.includes(size) ? size : DEFAULT_ORDER_PAGE_SIZE,
  };
}

/** The order list's query → URL query parameters; defaults are left out (null removes a parameter). */
export function paramsFromOrderQuery(q: OrderListQuery): Record<string, string | null> {
  const f = { ...NO_ORDER_FILTERS, ...q.filters };
  return {
    q: f.q,
    status: f.status,
    cc: f.costCenterId,
    from: f.from,
    to: f.to,
    page: q.pageIndex === 0 ? null : String(q.pageIndex + 1),
    size: q.pageSize === DEFAULT_ORDER_PAGE_SIZE ? null : String(q.pageSize),
  };
}
