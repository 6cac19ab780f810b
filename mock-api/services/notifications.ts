// Notifications tell a requester the outcome of their order, budget request, trip or welfare grant, and
// an employee the welfare points credited to them (both languages stored; the app writes them from
// `kind` and `params`).
import type {
  Delegation,
  Fen,
  NotificationKind,
  NotificationSubject,
  PortalNotification,
} from '../../src/domain/index.ts';

export type NotificationRecord = PortalNotification;

const PREFIX: Record<Exclude<NotificationSubject, 'delegation'>, string> = {
  order: 'order',
  budgetRequest: 'budget_request',
  trip: 'trip',
  grant: 'grant',
};
const WHAT: Record<Exclude<NotificationSubject, 'delegation'>, [string, string]> = {
  order: ['您的采购订单', 'Your purchase order'],
  budgetRequest: ['您的预算追加申请', 'Your budget request'],
  trip: ['您的差旅申请', 'Your trip request'],
  grant: ['您的福利积分发放', 'Your welfare points grant'],
};

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
  subjectType: Exclude<NotificationSubject, 'delegation'>;
  subjectId: string;
  outcome: 'approved' | 'rejected';
  amountFen: Fen;
  deciderName: string;
  deciderNameEn?: string;
  /** A decision made through a delegation (代理审批): the approver the decider acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  comment?: string;
  now: string;
}): NotificationRecord {
  const { subjectType, subjectId, outcome, amountFen, deciderName, deciderNameEn, comment } = input;
  const { onBehalfOfName, onBehalfOfNameEn } = input;
  const kind = `${PREFIX[subjectType]}_${outcome}` as NotificationKind;
  const why = comment ? `（${comment}）` : '';
  const whyEn = comment ? ` (${comment})` : '';
  const [zh, en] = WHAT[subjectType];
  const forZh = onBehalfOfName ? `（代${onBehalfOfName}）` : '';
  const forEn = onBehalfOfName ? ` on behalf of ${onBehalfOfNameEn ?? onBehalfOfName}` : '';
  const message = `${zh} ${subjectId}（¥${yuan(amountFen)}）已被${deciderName}${forZh}${outcome === 'approved' ? '批准' : '驳回'}${why}`;
  const messageEn = `${en} ${subjectId} (¥${yuan(amountFen)}) was ${outcome} by ${deciderNameEn ?? deciderName}${forEn}${whyEn}`;
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
      ...(onBehalfOfName
        ? { onBehalfOfName, onBehalfOfNameEn: onBehalfOfNameEn ?? onBehalfOfName }
        : {}),
      ...(comment ? { comment } : {}),
    },
    message,
    messageEn,
    createdAt: input.now,
    read: false,
  };
}

/** The date of an ISO instant in China (UTC+8), as YYYY-MM-DD. */
function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Tells an employee that a grant's points were credited to them, with their expiry. */
export function pointsCreditedNotification(input: {
  id: string;
  companyId: string;
  userId: string;
  grantId: string;
  points: number;
  expiresAt: string;
  occasion: string;
  occasionEn?: string;
  now: string;
}): NotificationRecord {
  const { points, expiresAt, occasion, occasionEn } = input;
  const until = chinaDate(expiresAt);
  return {
    id: input.id,
    companyId: input.companyId,
    userId: input.userId,
    kind: 'points_credited',
    subjectType: 'grant',
    subjectId: input.grantId,
    params: { points, expiresAt, occasion, ...(occasionEn ? { occasionEn } : {}) },
    message: `${occasion}：${points} 福利积分已到账，${until} 前有效`,
    messageEn: `${points} welfare points for ${occasionEn ?? occasion} are in your wallet, valid until ${until}`,
    createdAt: input.now,
    read: false,
  };
}

/** Tells a user that an approver named them their delegate (代理审批), and for which days. */
export function delegationNotification(input: {
  id: string;
  delegation: Delegation;
  now: string;
}): NotificationRecord {
  const d = input.delegation;
  return {
    id: input.id,
    companyId: d.companyId,
    userId: d.delegateId,
    kind: 'delegation_received',
    subjectType: 'delegation',
    subjectId: d.id,
    params: {
      delegatorName: d.delegatorName,
      delegatorNameEn: d.delegatorNameEn,
      startDate: d.startDate,
      endDate: d.endDate,
    },
    message: `${d.delegatorName}指定您在 ${d.startDate} 至 ${d.endDate} 期间代为审批`,
    messageEn: `${d.delegatorNameEn} named you to approve on their behalf from ${d.startDate} to ${d.endDate}`,
    createdAt: input.now,
    read: false,
  };
}
