// e福礼 welfare points: the rules the app and the mock API share (mock-api/openapi.yaml, "welfare").
import type { Fen } from './money.ts';

/** An unpaid points + cash redemption is cancelled (points refunded) this long after it was placed. */
export const REDEMPTION_PAYMENT_WINDOW_MS = 30 * 60_000;
/** A paid redemption ships this long after payment, and is delivered this long after shipping. */
export const REDEMPTION_SHIP_AFTER_MS = 24 * 3_600_000;
export const REDEMPTION_DELIVER_AFTER_MS = 48 * 3_600_000;
/** Points expiring within this many days are listed as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

export const MAX_GRANT_EMPLOYEES = 1000;
export const MAX_GRANT_POINTS = 1_000_000;
export const MAX_REDEMPTION_LINES = 50;
export const MAX_REDEMPTION_QTY = 99;

export type GrantStatus = 'pending_approval' | 'credited' | 'rejected';
export type RedemptionStatus =
  'placed' | 'paid' | 'shipped' | 'delivered' | 'received' | 'cancelled';
export type RedemptionEventType =
  'placed' | 'paid' | 'shipped' | 'delivered' | 'received' | 'cancelled' | 'refunded';
export const PAYMENT_METHODS = ['payroll', 'card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What a grant costs the welfare budget: points × pointValueFen × employees. */
export function grantCostFen(points: number, employees: number, pointValueFen: Fen): Fen {
  return points * pointValueFen * employees;
}

export interface RedemptionQuote {
  totalPoints: number;
  /** The most points this redemption may use: min(total, balance). */
  maxPoints: number;
  /** (total − pointsToUse) × pointValueFen; null when pointsToUse is not allowed. */
  cashFen: Fen | null;
}

/**
 * The numbers of a redemption, as the server computes them: total = Σ pointsPrice × qty; pointsToUse
 * may be 0 … min(total, balance) (else the API answers 422 INSUFFICIENT_POINTS); the rest is paid in cash.
 */
export function quoteRedemption(
  lines: readonly { pointsPrice: number; qty: number }[],
  pointsToUse: number,
  balance: number,
  pointValueFen: Fen,
): RedemptionQuote {
  const totalPoints = lines.reduce((s, l) => s + l.pointsPrice * l.qty, 0);
  const maxPoints = Math.max(0, Math.min(totalPoints, balance));
  const ok = Number.isInteger(pointsToUse) && pointsToUse >= 0 && pointsToUse <= maxPoints;
  return {
    totalPoints,
    maxPoints,
    cashFen: ok ? (totalPoints - pointsToUse) * pointValueFen : null,
  };
}
