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

/** GET /api/points/account: the unexpired balance and what of it expires within 30 days. */
export interface PointsBalance {
  balance: number;
  /** Unspent points expiring within 30 days, soonest first. */
  expiringSoon: { points: number; expiresAt: string }[];
}

export type LedgerType = 'grant' | 'redeem' | 'refund' | 'expire';

/** GET /api/points/ledger (and the stored entry): the entries of a user sum to the balance. */
export interface PointsLedgerEntry {
  id: string;
  userId: string;
  companyId: string;
  type: LedgerType;
  /** Positive for grant/refund, negative for redeem/expire. */
  points: number;
  balanceAfter: number;
  createdAt: string;
  /** The grant, redemption or lot the entry belongs to. */
  ref: string;
  expiresAt?: string;
}

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

// ---- campaigns ----

/** Occasions of a welfare campaign: stable codes, names in both languages. */
export const OCCASIONS = {
  'spring-festival': { zh: '春节', en: 'Spring Festival' },
  'mid-autumn': { zh: '中秋', en: 'Mid-Autumn Festival' },
  'dragon-boat': { zh: '端午', en: 'Dragon Boat Festival' },
  'womens-day': { zh: '三八节', en: "Women's Day" },
  birthday: { zh: '生日', en: 'Birthday' },
  union: { zh: '工会福利', en: 'Union welfare' },
  other: { zh: '其他', en: 'Other' },
} as const;
export type Occasion = keyof typeof OCCASIONS;
export const OCCASION_CODES = Object.keys(OCCASIONS) as [Occasion, ...Occasion[]];

export type CampaignStatus = 'draft' | 'published' | 'closed';
export const AUDIENCE_KINDS = ['all', 'departments', 'list'] as const;
export const GIFT_RANGE_KINDS = ['all', 'categories', 'products'] as const;
export const MAX_AUDIENCE_ROWS = 1000;

/** Points expire this many months after the grant date unless the campaign says otherwise. */
export const DEFAULT_EXPIRY_MONTHS = 12;

/** The default expiry of a campaign's points: end of the day (Beijing time) 12 months after the grant date. */
export function defaultExpiresAt(grantDate: string): string {
  const d = new Date(`${grantDate}T15:59:59.000Z`);
  d.setUTCMonth(d.getUTCMonth() + DEFAULT_EXPIRY_MONTHS);
  return d.toISOString();
}

// ---- audience lists: one rule per row, shared by the app's paste/upload check and the API ----

export type AudienceRowStatus = 'ok' | 'unknown' | 'other-company' | 'duplicate' | 'left';

export interface AudienceRowResult {
  /** 1-based row number in the list. */
  row: number;
  input: string;
  status: AudienceRowStatus;
  /** The employee the row names (ok, duplicate, left). */
  employeeId?: string;
  /** duplicate: the row that named the same employee first. */
  firstRow?: number;
}

export interface AudienceMember {
  id: string;
  email: string;
  employeeNo: string;
  active: boolean;
}

export interface AudienceDirectory {
  /** Lowercase email or uppercase employee number → member of the company. */
  byKey: Map<string, AudienceMember>;
  /** Email domains of the company (lowercase). */
  domains: Set<string>;
  /** Employee number prefixes of the company (the letters and digits before the last five digits). */
  numberPrefixes: Set<string>;
}

const NUMBER_SUFFIX = /\d{5}$/;

export function audienceDirectory(members: readonly AudienceMember[]): AudienceDirectory {
  const dir: AudienceDirectory = {
    byKey: new Map(),
    domains: new Set(),
    numberPrefixes: new Set(),
  };
  for (const m of members) {
    dir.byKey.set(m.email.toLowerCase(), m);
    dir.byKey.set(m.employeeNo.toUpperCase(), m);
    dir.domains.add(m.email.toLowerCase().split('@')[1] ?? '');
    dir.numberPrefixes.add(m.employeeNo.toUpperCase().replace(NUMBER_SUFFIX, ''));
  }
  return dir;
}

/** Another company's employee number prefix: not ours, but of the same shape (letters, then as many digits). */
function foreignPrefix(prefix: string, dir: AudienceDirectory): boolean {
  const shape = (p: string) => p.replace(/[A-Z]/g, 'A').replace(/\d/g, '9');
  return (
    !dir.numberPrefixes.has(prefix) &&
    [...dir.numberPrefixes].some((own) => shape(own) === shape(prefix))
  );
}

/** A pasted cell: trimmed, full-width characters folded (＠, digits, letters), quotes dropped. */
export function normalizeAudienceInput(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^["'\s]+|["'\s]+$/g, '');
}

/**
 * Explains each row of an audience list: `ok`, `unknown` (no such employee in the company), `other-company`
 * (an email of another domain, or an employee number whose prefix is another company's: same shape, not
 * ours — `C2xxxxx` where ours are `C1xxxxx`; a mistyped number is `unknown`), `duplicate` (names an employee an earlier row
 * named), `left` (the employee has left the company). Blank rows are skipped. Only the company's own
 * directory is consulted, so nothing is revealed about another company's people.
 */
export function checkAudienceRows(
  rows: readonly string[],
  dir: AudienceDirectory,
): AudienceRowResult[] {
  const out: AudienceRowResult[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, i) => {
    const input = normalizeAudienceInput(raw);
    if (!input) return;
    const row = i + 1;
    const isEmail = input.includes('@');
    const key = isEmail ? input.toLowerCase() : input.toUpperCase();
    const m = dir.byKey.get(key);
    if (!m) {
      const foreign = isEmail
        ? !dir.domains.has(key.split('@')[1] ?? '')
        : NUMBER_SUFFIX.test(key) && foreignPrefix(key.replace(NUMBER_SUFFIX, ''), dir);
      out.push({ row, input, status: foreign ? 'other-company' : 'unknown' });
      return;
    }
    const first = firstRowOf.get(m.id);
    if (first !== undefined) {
      out.push({ row, input, status: 'duplicate', employeeId: m.id, firstRow: first });
      return;
    }
    firstRowOf.set(m.id, row);
    out.push({ row, input, status: m.active ? 'ok' : 'left', employeeId: m.id });
  });
  return out;
}
