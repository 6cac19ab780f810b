import type { Fen } from './money.ts';

export type NotificationKind =
  | 'order_approved'
  | 'order_rejected'
  | 'budget_request_approved'
  | 'budget_request_rejected'
  | 'trip_approved'
  | 'trip_rejected'
  | 'grant_approved'
  | 'grant_rejected'
  | 'points_credited'
  | 'delegation_received';

export type NotificationSubject = 'order' | 'budgetRequest' | 'trip' | 'grant' | 'delegation';

/** What the app needs to write an approval outcome (`…_approved`, `…_rejected`) in the reader's language. */
export interface OutcomeParams {
  amountFen: Fen;
  deciderName: string;
  deciderNameEn?: string;
  /** A decision made through a delegation (代理审批): the approver the decider acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  comment?: string;
}

/** `points_credited` (subject: the grant): the points each employee got, their expiry and the occasion. */
export interface PointsCreditedParams {
  points: number;
  expiresAt: string;
  /** The grant's occasion, or its campaign's name. */
  occasion: string;
  /** The campaign's English name, when the grant came from a campaign. */
  occasionEn?: string;
}

/** `delegation_received` (subject: the delegation): who named the reader their delegate, from when to when. */
export interface DelegationReceivedParams {
  delegatorName: string;
  delegatorNameEn: string;
  startDate: string;
  endDate: string;
}

/** What the app needs to write a notification in the reader's language (by `kind`). */
export type NotificationParams = OutcomeParams | PointsCreditedParams | DelegationReceivedParams;

export function isPointsCredited(p: NotificationParams): p is PointsCreditedParams {
  return 'points' in p;
}

export function isDelegationReceived(p: NotificationParams): p is DelegationReceivedParams {
  return 'delegatorName' in p;
}

/**
 * GET /api/notifications: the outcome of a user's order, budget request, trip or grant, or welfare
 * points credited to them. The app
 * renders it from `kind` and `params`; `message`/`messageEn` are the same text, pre-written.
 */
export interface PortalNotification {
  id: string;
  userId: string;
  companyId: string;
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  params: NotificationParams;
  message: string;
  messageEn: string;
  createdAt: string;
  read: boolean;
}
