// Notifications tell a requester the outcome of their order or budget request (both languages stored).
import type { Fen, NotificationKind, PortalNotification } from '../../src/domain/index.ts';

export type NotificationRecord = PortalNotification;

function yuan(fen: Fen): string {
  return (fen / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

export function outcomeNotification(input: {
  id: string;
  companyId: string;
  userId: string;
  subjectType: 'order' | 'budgetRequest' | 'trip';
  subjectId: string;
  outcome: 'approved' | 'rejected';
  amountFen: Fen;
  deciderName: string;
  deciderNameEn?: string;
  comment?: string;
  now: string;
}): NotificationRecord {
  const { subjectType, subjectId, outcome, amountFen, deciderName, deciderNameEn, comment } = input;
  const kind: NotificationKind = `${subjectType === 'order' ? 'order' : subjectType === 'trip' ? 'trip' : 'budget_request'}_${outcome}`;
  const why = comment ? `（${comment}）` : '';
  const whyEn = comment ? ` (${comment})` : '';
  const what = { order: '采购订单', budgetRequest: '预算追加申请', trip: '差旅申请' }[subjectType];
  const whatEn = { order: 'purchase order', budgetRequest: 'budget request', trip: 'trip request' }[
    subjectType
  ];
  const message = `您的${what} ${subjectId}（¥${yuan(amountFen)}）已被${deciderName}${outcome === 'approved' ? '批准' : '驳回'}${why}`;
  const messageEn = `Your ${whatEn} ${subjectId} (¥${yuan(amountFen)}) was ${outcome} by ${deciderNameEn ?? deciderName}${whyEn}`;
  return {
    id: input.id,
    companyId: input.companyId,
    userId: input.userId,
    kind,
    subjectType,
    subjectId,
    params: {
      amountFen,
      deciderName,
      ...(deciderNameEn ? { deciderNameEn } : {}),
      ...(comment ? { comment } : {}),
    },
    message,
    messageEn,
    createdAt: input.now,
    read: false,
  };
}
