import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { DelegationCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { DelegateCandidate, DelegationLists, DelegationView } from './delegation-api';

export const DelegationPageActions = createActionGroup({
  source: 'Delegation Page',
  events: {
    Opened: emptyProps(),
    'Delegate Query Changed': props<{ query: string }>(),
    'Delegation Submitted': props<{ command: DelegationCommand }>(),
    'End Requested': props<{ id: string }>(),
  },
});

export const DelegationApiActions = createActionGroup({
  source: 'Delegations API',
  events: {
    Loaded: props<{ lists: DelegationLists }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Candidates Loaded': props<{ candidates: DelegateCandidate[] }>(),
    Created: props<{ delegation: DelegationView }>(),
    'Create Failed': props<{ error: ApiError }>(),
    Ended: props<{ delegation: DelegationView }>(),
    'End Failed': props<{ error: ApiError }>(),
  },
});
