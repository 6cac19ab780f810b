// Delegation of approvals (代理审批): an approver away on leave names a colleague who may decide, for a date
// range, the tasks the approver could decide — recorded as decided by the delegate on behalf of the approver.

/** A delegation as stored and answered. Dates are China local dates, both days included. */
export interface Delegation {
  id: string;
  companyId: string;
  /** The approver (hr) who is away. */
  delegatorId: string;
  delegatorName: string;
  delegatorNameEn: string;
  /** The colleague who decides in their place. */
  delegateId: string;
  delegateName: string;
  delegateNameEn: string;
  startDate: string;
  endDate: string;
  /** Set when the delegation was ended before its end date (or withdrawn before it started). */
  endedAt?: string;
  createdAt: string;
  version: number;
}

/** `scheduled`: starts later; `active`: today is in its range; `ended`: ended early or past its end date. */
export type DelegationState = 'scheduled' | 'active' | 'ended';

export function delegationState(d: Delegation, today: string): DelegationState {
  if (d.endedAt || d.endDate < today) return 'ended';
  return d.startDate > today ? 'scheduled' : 'active';
}

/** Whom a person acts for: themselves or, through a delegation, an approver. */
export interface PersonRef {
  id: string;
  name: string;
  nameEn: string;
}
