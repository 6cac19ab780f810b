import type { HttpResponse } from '@angular/common/http';

/** One page of a list and how many items the whole list has. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

/**
 * The total of a paged list: the API's `X-Total-Count` header (mock-api/openapi.yaml, XTotalCount),
 * or the number of rows when the header is missing or unreadable.
 */
export function totalCount(
  headers: { get(name: string): string | null } | null | undefined,
  rows: unknown,
): number {
  const header = headers?.get('X-Total-Count');
  if (header != null && header !== '' && Number.isFinite(Number(header))) return Number(header);
  return Array.isArray(rows) ? rows.length : 0;
}

/** A list answer (`observe: 'response'`) as a page. */
export function pageOf<T>(response: HttpResponse<T[]>): PageOf<T> {
  const items = response.body ?? [];
  return { items, total: totalCount(response.headers, items) };
}
