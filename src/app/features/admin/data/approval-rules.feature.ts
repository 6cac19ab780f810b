// The admin's approval rules page: the rules, the hr users and categories to choose from, saving.
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApprovalRules, Category } from '../../../../domain/index.ts';
import type { ApiError } from '../../../core/http/api-error';
import { ApprovalRulesApiActions, ApprovalRulesPageActions } from './approval-rules.actions';
import type { Approver } from './approval-rules-api';

export interface ApprovalRulesState {
  rules: ApprovalRules | null;
  approvers: Approver[];
  categories: Category[];
  loading: boolean;
  loadError: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  saved: boolean;
}

export const initialApprovalRulesState: ApprovalRulesState = {
  rules: null,
  approvers: [],
  categories: [],
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  saved: false,
};

export const approvalRulesFeature = createFeature({
  name: 'adminApprovalRules',
  reducer: createReducer(
    initialApprovalRulesState,
    on(ApprovalRulesPageActions.opened, (s): ApprovalRulesState => ({
      ...s,
      loading: true,
      loadError: null,
      saveError: null,
      saved: false,
    })),
    on(ApprovalRulesApiActions.loaded, (s, { data }): ApprovalRulesState => ({
      ...s,
      ...data,
      loading: false,
    })),
    on(ApprovalRulesApiActions.loadFailed, (s, { error }): ApprovalRulesState => ({
      ...s,
      loading: false,
      loadError: error,
    })),
    on(ApprovalRulesPageActions.saveRequested, (s): ApprovalRulesState => ({
      ...s,
      saving: true,
      saveError: null,
      saved: false,
    })),
    on(ApprovalRulesApiActions.saved, (s, { rules }): ApprovalRulesState => ({
      ...s,
      rules,
      saving: false,
      saved: true,
    })),
    on(ApprovalRulesApiActions.saveFailed, (s, { error }): ApprovalRulesState => ({
      ...s,
      saving: false,
      saveError: error,
    })),
  ),
});
