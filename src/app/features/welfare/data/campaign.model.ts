import type { CampaignCommand } from '../../../../domain/schemas.ts';
import type {
  AudienceRowResult,
  CampaignStatus,
  GrantStatus,
  Occasion,
} from '../../../../domain/index.ts';

// HR's welfare campaigns (mock-api/openapi.yaml: Campaign, AudienceCheck, CampaignPreview, WelfareGrant).

export type { CampaignCommand, CampaignStatus, Occasion };

export interface Campaign extends CampaignCommand {
  id: string;
  expiresAt: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  publishedAt?: string;
  closedAt?: string;
  grantId?: string;
}

export interface AudienceCheck {
  rows: AudienceRowResult[];
  ok: number;
  bad: number;
}

export interface CampaignPreview {
  campaignId: string;
  employees: number;
  badRows: number;
  pointsPerEmployee: number;
  totalPoints: number;
  pointValueFen: number;
  costFen: number;
  budget: { budgetId: string; availableBeforeFen: number; availableAfterFen: number } | null;
  approvalLevels: number;
  needsApproval: boolean;
  overBudget: boolean;
  budgetRequest: { budgetId: string; deltaFen: number } | null;
}

/** A grant's outcome (GET /api/welfare/reports/grants, one row; a campaign report's `grant`). */
export interface GrantReport {
  grantId: string;
  campaignId: string | null;
  occasion: string;
  createdAt: string;
  expiresAt: string;
  status: GrantStatus;
  reached: number;
  pointsGranted: number;
  pointsRedeemed: number;
  /** pointsRedeemed / pointsGranted × 100, one decimal. */
  redeemedPercent: number;
  pointsOutstanding: number;
  pointsExpired: number;
  costFen: number;
}

/** GET /api/welfare/campaigns/{id}/report: the campaign's grant outcome and its most chosen gifts. */
export interface CampaignReport {
  campaignId: string;
  name: string;
  nameEn: string;
  status: CampaignStatus;
  /** Null until the campaign is granted. */
  grant: GrantReport | null;
  topGifts: { productId: string; name: string; nameEn: string; qty: number; redemptions: number }[];
}

/** GET /api/welfare/reports/liability: unspent points the company owes, and what expires soon. */
export interface WelfareLiability {
  asOf: string;
  pointValueFen: number;
  outstandingPoints: number;
  outstandingFen: number;
  expiringIn30DaysPoints: number;
  expiringIn30DaysFen: number;
  expiringIn90DaysPoints: number;
  expiringIn90DaysFen: number;
  employeesWithPoints: number;
}

/** A product of a curated gift range, as the campaign form names it (SKU, name). */
export interface RangeProduct {
  id: string;
  sku: string;
  name: string;
  nameEn: string;
}

export interface WelfareGrant {
  id: string;
  status: GrantStatus;
}

/** Rows of a pasted list: one employee number or email per line (commas, tabs and semicolons split too). */
export function audienceRows(text: string): string[] {
  return text
    .split(/[\r\n,;\t]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** The bad rows of a check, each with why it is left out. */
export function badRows(check: AudienceCheck | null): AudienceRowResult[] {
  return (check?.rows ?? []).filter((r) => r.status !== 'ok');
}

/**
 * The server's CSV with its byte order mark, which Excel needs to read UTF-8 (Chinese) text: reading
 * the answer as text drops the BOM the server sent.
 */
export function withBom(csv: string): string {
  return csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
}

/** The link to a budget request prefilled with what an over-budget grant is missing. */
export function budgetRequestLink(p: CampaignPreview): {
  path: string;
  queryParams: { budgetId: string; deltaFen: number };
} | null {
  return p.overBudget && p.budgetRequest
    ? { path: '/budgets/requests/new', queryParams: { ...p.budgetRequest } }
    : null;
}
