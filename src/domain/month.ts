/** A calendar month 'YYYY-MM' (01–12), as reports and the budget charts name one. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | undefined | null): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}
