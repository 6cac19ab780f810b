import type { PortalNotification } from '../../../domain/index.ts';
import { formatFen } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import { localName } from '../i18n/local-name';

/** A notification in the reader's language, money in their locale (texts: shell.i18n.ts). */
export function notificationText(n: PortalNotification, i18n: I18n): string {
  const decider = localName(
    { name: n.params.deciderName, nameEn: n.params.deciderNameEn },
    i18n.lang(),
  );
  const text = i18n.t(`notification.${n.kind}`, {
    id: n.subjectId,
    amount: formatFen(n.params.amountFen, i18n.locale()),
    decider,
  });
  return n.params.comment
    ? i18n.t('notification.withComment', { text, comment: n.params.comment })
    : text;
}

/** Where the notification's subject is shown. */
export function notificationLink(n: PortalNotification): string[] {
  switch (n.subjectType) {
    case 'order':
      return ['/procurement/orders', n.subjectId];
    case 'trip':
      return ['/travel'];
    case 'grant':
      return ['/welfare'];
    default:
      return ['/budgets/requests'];
  }
}
