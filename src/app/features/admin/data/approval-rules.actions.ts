import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApprovalRules } from '../../../../domain/index.ts';
import type { ApprovalRulesCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { ApprovalRulesData } from './approval-rules-api';

export const ApprovalRulesPageActions = createActionGroup({
  source: 'Approval Rules Page',
  events: {
    Opened: emptyProps(),
    'Save Requested': props<{ command: ApprovalRulesCommand }>(),
  },
});

export const ApprovalRulesApiActions = createActionGroup({
  source: 'Approval Rules API',
  events: {
    Loaded: props<{ data: ApprovalRulesData }>(),
    'Load Failed': props<{ error: ApiError }>(),
    Saved: props<{ rules: ApprovalRules }>(),
    'Save Failed': props<{ error: ApiError }>(),
  },
});
