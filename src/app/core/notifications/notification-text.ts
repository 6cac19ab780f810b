import {
  isDelegationReceived,
  isPointsCredited,
  type PortalNotification,
} from '../../../domain/notification.ts';
import { formatDate, formatFen } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import { deciderName, localName } from '../i18n/local-name';

/** A notification in the reader's language, money and dates in their locale (texts: shell.i18n.ts). */
export function notificationText(n: PortalNotification, i18n: I18n): string {
  const p = n.params;
  if (isPointsCredited(p))
    return i18n.t('notification.points_credited', {
      points: p.points,
      occasion: localName({ name: p.occasion, nameEn: p.occasionEn }, i18n.lang()),
      date: formatDate(p.expiresAt, i18n.locale()),
    });
  if (isDelegationReceived(p))
    return i18n.t('notification.delegation_received', {
      delegator: localName({ name: p.delegatorName, nameEn: p.delegatorNameEn }, i18n.lang()),
      start: formatDate(p.startDate, i18n.locale()),
      end: formatDate(p.endDate, i18n.locale()),
    });
  const decider = deciderName(p, i18n, 'deciderName');
  const text = i18n.t(`notification.${n.kind}`, {
    id: n.subjectId,
    amount: formatFen(p.amountFen, i18n.locale()),
    decider,
  });
  return p.comment ? i18n.t('notification.withComment', { text, comment: p.comment }) : text;
}

/** Where the notification's subject is shown. */
export function notificationLink(n: PortalNotification): string[] {
  switch (n.subjectType) {
    case 'order':
      return ['/procurement/orders', n.subjectId];
    case 'trip':
      return ['/travel'];
    case 'delegation':
      return ['/approvals/delegation'];
    case 'grant':
      return n.kind === 'points_credited' ? ['/welfare/wallet'] : ['/welfare/campaigns'];
    default:
      return ['/budgets/requests'];
  }
}
