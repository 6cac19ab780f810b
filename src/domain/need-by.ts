// Need-by dates of an order (and of lines where they differ), checked against the products' lead times.
// A date before today is refused; a line that cannot arrive in time is only a warning.

/** Server-made text as a code with parameters (the app renders it in the active language). */
export interface LateLineWarning {
  code: 'ARRIVES_AFTER_NEED_BY';
  /** Index of the line in the order's lines. */
  line: number;
  productId: string;
  params: {
    /** The date the line is needed by (its own, else the order's). */
    needBy: string;
    /** Today + the product's lead time: the earliest the line can arrive. */
    earliestDate: string;
    leadTimeDays: number;
  };
}

/** 'YYYY-MM-DD' plus whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The date a line with this lead time arrives at the earliest when ordered on `today`. */
export function earliestArrival(today: string, leadTimeDays: number): string {
  return addDays(today, leadTimeDays);
}

/**
 * One warning per line whose need-by date (its own, else the order's) is before today + its lead time.
 * Lines without any need-by date get none.
 */
export function lateLineWarnings(
  today: string,
  orderNeedBy: string | undefined,
  lines: readonly { productId: string; leadTimeDays: number; needBy?: string }[],
): LateLineWarning[] {
  const warnings: LateLineWarning[] = [];
  lines.forEach((line, i) => {
    const needBy = line.needBy ?? orderNeedBy;
    if (!needBy) return;
    const earliestDate = earliestArrival(today, line.leadTimeDays);
    if (earliestDate > needBy)
      warnings.push({
        code: 'ARRIVES_AFTER_NEED_BY',
        line: i,
        productId: line.productId,
        params: { needBy, earliestDate, leadTimeDays: line.leadTimeDays },
      });
  });
  return warnings;
}
