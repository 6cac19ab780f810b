import type { Fen } from './money.ts';

export type NotificationKind =
  | 'order_approved'
  | 'order_rejected'
  | 'budget_request_approved'
  | 'budget_request_rejected'
  | 'trip_approved'
  | 'trip_rejected'
  | 'grant_approved'
  | 'grant_rejected';

export type NotificationSubject = 'order' | 'budgetRequest' | 'trip' | 'grant';

/** What the app needs to write a notification in the reader's language. */
export interface NotificationParams {
  amountFen: Fen;
  deciderName: string;
  deciderNameEn?: string;
  comment?: string;
}

/**
 * GET /api/notifications: the outcome of a user's order or budget request, told to them. The app
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
