import type {
  ApprovalStatus,
  ApprovalSubjectType,
  ApprovalTask,
  Budget,
  BudgetCategory,
  Decision,
  Fen,
  PersonRef,
} from '../../../../domain/index.ts';

export interface TaskSummary {
  title: string;
  titleEn: string;
  lineCount?: number;
  /** A trip's policy, estimate and travel budget before → after (subject type `trip`). */
  trip?: TripTaskSummary;
}

export interface TripTaskSummary {
  policyId: string;
  policyName: string;
  policyNameEn: string;
  estimatedFen: Fen;
  amountFen: Fen;
  budgetAvailableBeforeFen: Fen;
  budgetAvailableAfterFen: Fen;
  reapproval: boolean;
}

/** The trip summary of a trip task, else null. */
export function tripSummaryOf(
  task: Pick<ApprovalTaskRow, 'subjectType' | 'summary'> | null,
): TripTaskSummary | null {
  return task?.subjectType === 'trip' ? (task.summary.trip ?? null) : null;
}

export type ApprovalRuleCode =
  'none' | 'approvalThreshold' | 'secondApprovalThreshold' | 'budgetRequest';

/** A task as the inbox lists it (GET /api/approvals). */
export interface ApprovalTaskRow extends ApprovalTask {
  requesterName: string;
  requesterNameEn?: string;
  summary: TaskSummary;
  ruleCode?: ApprovalRuleCode;
  thresholdFen?: Fen;
  deciderName?: string;
  deciderNameEn?: string;
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  /** Whether the caller may decide it now (the server's answer: roles, pools, delegations). */
  canDecide?: boolean;
  /** Offered to the caller only on behalf of this approver (a delegation in force today). */
  delegatedBy?: PersonRef;
}

export interface OrderSubjectLine {
  productId: string;
  qty: number;
  unitPriceFen: Fen;
  lineTotalFen: Fen;
  sku?: string;
  name?: string;
  nameEn?: string;
  unit?: string;
}

export interface OrderSubject {
  id: string;
  status: string;
  totalFen: Fen;
  lines: OrderSubjectLine[];
  costCenterId: string;
  createdAt: string;
  note?: string;
}

export interface BudgetRequestSubject {
  id: string;
  budgetId: string;
  deltaFen: Fen;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requesterName: string;
  requesterNameEn?: string;
  createdAt: string;
  costCenterId?: string;
  category?: BudgetCategory;
  period?: string;
}

/** A welfare points grant waiting for approval (the API's WelfareGrant). */
export interface GrantSubject {
  id: string;
  occasion: string;
  points: number;
  employeeIds: string[];
  expiresAt: string;
  costFen: Fen;
  pointValueFen: Fen;
  costCenterId?: string;
  status: string;
}

export interface ApprovalHistoryEntry {
  taskId: string;
  level: number;
  status: ApprovalStatus;
  deciderId?: string;
  deciderName?: string;
  deciderNameEn?: string;
  onBehalfOf?: string;
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
  decidedAt?: string;
  comment?: string;
}

/** GET /api/approvals/:id — everything the decision screen shows. */
export interface ApprovalDetail extends ApprovalTaskRow {
  subject: OrderSubject | BudgetRequestSubject | GrantSubject | Record<string, unknown> | null;
  requester: {
    id: string;
    name: string;
    nameEn?: string;
    email?: string;
    departmentName?: string;
    departmentNameEn?: string;
  };
  budget: { before: Budget; availableBeforeFen?: Fen; availableAfterFen: Fen } | null;
  rule: { code: ApprovalRuleCode; thresholdFen?: Fen };
  history: ApprovalHistoryEntry[];
}

export interface InboxFilters {
  subjectType: ApprovalSubjectType | null;
  amountMinFen: Fen | null;
  amountMaxFen: Fen | null;
  requesterId: string | null;
}

export const NO_FILTERS: InboxFilters = {
  subjectType: null,
  amountMinFen: null,
  amountMaxFen: null,
  requesterId: null,
};

export interface ListQuery {
  status: 'pending' | 'decided';
  filters: InboxFilters;
  pageIndex: number;
  pageSize: number;
}

/** One task of a batch, with the version the user saw. */
export interface BatchItem {
  id: string;
  version: number;
}

export interface BatchFailure {
  id: string;
  code: string;
  detail: string;
}

export interface BatchResult {
  decision: Decision;
  succeeded: string[];
  failures: BatchFailure[];
}

export function isOrderSubject(
  s: ApprovalDetail['subject'],
  type: ApprovalSubjectType,
): s is OrderSubject {
  return type === 'order' && !!s && Array.isArray((s as OrderSubject).lines);
}

export function isBudgetRequestSubject(
  s: ApprovalDetail['subject'],
  type: ApprovalSubjectType,
): s is BudgetRequestSubject {
  return (
    type === 'budgetRequest' && !!s && typeof (s as BudgetRequestSubject).deltaFen === 'number'
  );
}

export function isGrantSubject(
  s: ApprovalDetail['subject'],
  type: ApprovalSubjectType,
): s is GrantSubject {
  return type === 'grant' && !!s && Array.isArray((s as GrantSubject).employeeIds);
}

/** How many decisions of a batch are in flight at once. */
export const BATCH_CONCURRENCY = 3;
