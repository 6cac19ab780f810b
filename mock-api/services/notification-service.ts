// Notifications over one store transaction (Tx): the outcome of an order, budget request or trip, told to its requester.
import type { Fen } from '../../src/domain/index.ts';
import type { DecisionResult, TaskRecord } from './approvals.ts';
import { fail } from './errors.ts';
import { outcomeNotification, type NotificationRecord } from './notifications.ts';
import type { Ids } from './orders.ts';
import { C, pageOf, q1, type Caller, type Query, type Tx } from './tx.ts';

/** Tells the requester that their order, budget request, trip or grant was approved or rejected (other subjects: nothing). */
export function notifyOutcome(
  tx: Tx,
  task: TaskRecord,
  decision: DecisionResult,
  amountFen: Fen,
  now: string,
  ids: Ids,
): void {
  if (
    decision.outcome === 'pending' ||
    (task.subjectType !== 'order' &&
      task.subjectType !== 'budgetRequest' &&
      task.subjectType !== 'trip' &&
      task.subjectType !== 'grant')
  )
    return;
  tx.insert(
    C.notifications,
    outcomeNotification({
      id: ids.next('notification'),
      companyId: task.companyId,
      userId: task.requesterId,
      subjectType: task.subjectType,
      subjectId: task.subjectId,
      outcome: decision.outcome,
      amountFen,
      deciderName: decision.decided.deciderName ?? '',
      deciderNameEn: decision.decided.deciderNameEn,
      onBehalfOfName: decision.decided.onBehalfOfName,
      onBehalfOfNameEn: decision.decided.onBehalfOfNameEn,
      comment: decision.decided.comment,
      now,
    }),
  );
}

export function listNotifications(
  tx: Tx,
  caller: Caller,
  query: Query,
): { items: NotificationRecord[]; total: number } {
  const unread = q1(query, 'unread') === 'true';
  const items = tx
    .all<NotificationRecord>(C.notifications)
    .filter(
      (n) => n.userId === caller.id && n.companyId === caller.companyId && (!unread || !n.read),
    );
  return pageOf(items, query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
}

export function markNotificationRead(tx: Tx, caller: Caller, id: string): void {
  const n = tx.get<NotificationRecord>(C.notifications, id);
  if (!n || n.userId !== caller.id) fail('NOT_FOUND', `Notification ${id} was not found`);
  if (!n.read) tx.update(C.notifications, { ...n, read: true });
}
