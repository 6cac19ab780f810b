import type { Fen } from './money.ts';

export type ApprovalSubjectType = 'order' | 'budgetRequest' | 'trip' | 'grant';
/**
 * `waiting`: a later level, not yet open — it becomes `pending` when the level before it is approved.
 * `cancelled`: the subject was rejected at another level or withdrawn (order cancelled) before this task was decided.
 */
export type ApprovalStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'cancelled';
export type Decision = 'approve' | 'reject';

export interface ApprovalTask {
  id: string;
  companyId: string;
  subjectType: ApprovalSubjectType;
  subjectId: string;
  amountFen: Fen;
  requesterId: string;
  /** 1 or 2. */
  level: number;
  /** How many levels the subject needs in all. */
  levels: number;
  status: ApprovalStatus;
  version: number;
  createdAt: string;
  decidedBy?: string;
  /** The approver the decider acted for, through a delegation (代理审批). */
  onBehalfOf?: string;
  decidedAt?: string;
  comment?: string;
}

export interface DecisionCommand {
  decision: Decision;
  comment: string;
  version: number;
}
