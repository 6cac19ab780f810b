// The decision screen: one task with its subject, and the decision being made on it.
import { createFeature, createReducer, on } from '@ngrx/store';
import type { Decision } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { ApprovalDecisionPageActions, ApprovalsApiActions } from './approvals.actions';
import type { ApprovalDetail } from './approval.model';

export interface DecisionState {
  detail: ApprovalDetail | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  deciding: boolean;
  decisionError: ApiError | null;
  /** The last decision of this screen that succeeded (shows a confirmation). */
  decided: { id: string; decision: Decision } | null;
}

export const initialDecisionState: DecisionState = {
  detail: null,
  detailLoading: false,
  detailError: null,
  deciding: false,
  decisionError: null,
  decided: null,
};

export const decisionFeature = createFeature({
  name: 'approvalDecision',
  reducer: createReducer(
    initialDecisionState,
    on(ApprovalDecisionPageActions.opened, (s, { id }): DecisionState => ({
      ...s,
      detail: s.detail?.id === id ? s.detail : null,
      detailLoading: true,
      detailError: null,
      decisionError: null,
      decided: null,
    })),
    on(ApprovalsApiActions.detailLoaded, (s, { detail }): DecisionState => ({
      ...s,
      detail,
      detailLoading: false,
      detailError: null,
    })),
    on(ApprovalsApiActions.detailLoadFailed, (s, { error }): DecisionState => ({
      ...s,
      detailLoading: false,
      detailError: error,
    })),
    on(ApprovalDecisionPageActions.decisionSubmitted, (s): DecisionState => ({
      ...s,
      deciding: true,
      decisionError: null,
      decided: null,
    })),
    // the task is reloaded (detailLoading) to show its new state
    on(ApprovalsApiActions.decisionSucceeded, (s, { task }): DecisionState => ({
      ...s,
      deciding: false,
      decisionError: null,
      decided: { id: task.id, decision: task.status === 'rejected' ? 'reject' : 'approve' },
      detailLoading: true,
    })),
    // a 409 reloads the task (detailLoading) so the fresh state is shown next to the explanation
    on(ApprovalsApiActions.decisionFailed, (s, { error }): DecisionState => ({
      ...s,
      deciding: false,
      decisionError: error,
      detailLoading: error.status === 409 ? true : s.detailLoading,
    })),
  ),
});
