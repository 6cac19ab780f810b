// Notifications tell a requester the outcome of their order, budget request or welfare grant (both languages stored).
import type { Fen } from '../../src/domain/index.ts';

export type NotificationKind =
  | 'order_approved'
  | 'order_rejected'
  | 'budget_request_approved'
  | 'budget_request_rejected'
  | 'grant_approved'
  | 'grant_rejected';
export type NotificationSubject = 'order' | 'budgetRequest' | 'grant';

const PREFIX: Record<NotificationSubject, string> = {
  order: 'order',
  budgetRequest: 'budget_request',
  grant: 'grant',
};
const WHAT: Record<NotificationSubject, [string, string]> = {
  order: ['您的采购订单', 'Your purchase order'],
  budgetRequest: ['您的预算追加申请', 'Your budget request'],
  grant: ['您的福利积分发放', 'Your welfare points grant'],
};

export interface NotificationRecord {
  id: string;
  companyId: string;
  userId: string;
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  message: string;
  messageEn: string;
  createdAt: string;
  read: boolean;
}

function yuan(fen: Fen): string {
  return (fen / 100).toFixed(2);
}

export function outcomeNotification(input: {
  id: string;
  companyId: string;
  userId: string;
  subjectType: NotificationSubject;
  subjectId: string;
  outcome: 'approved' | 'rejected';
  amountFen: Fen;
  deciderName: string;
  comment?: string;
  now: string;
}): NotificationRecord {
  const { subjectType, subjectId, outcome, amountFen, deciderName, comment } = input;
  const kind = `${PREFIX[subjectType]}_${outcome}` as NotificationKind;
  const why = comment ? `（${comment}）` : '';
  const whyEn = comment ? ` (${comment})` : '';
  const [zh, en] = WHAT[subjectType];
  const message = `${zh} ${subjectId}（¥${yuan(amountFen)}）已被 ${deciderName} ${outcome === 'approved' ? '批准' : '驳回'}${why}`;
  const messageEn = `${en} ${subjectId} (¥${yuan(amountFen)}) was ${outcome} by ${deciderName}${whyEn}`;
  return {
    id: input.id,
    companyId: input.companyId,
    userId: input.userId,
    kind,
    subjectType,
    subjectId,
    message,
    messageEn,
    createdAt: input.now,
    read: false,
  };
}
