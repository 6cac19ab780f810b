import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import { APPROVALS_I18N } from './approvals.i18n';
import * as approvalsEffects from './data/approvals.effects';
import * as delegationEffects from './data/delegation.effects';
import { decisionFeature } from './data/decision.feature';
import { delegationFeature } from './data/delegation.feature';
import { historyFeature } from './data/history.feature';
import { inboxFeature } from './data/inbox.feature';

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(APPROVALS_I18N)),
      provideState(inboxFeature),
      provideState(historyFeature),
      provideState(decisionFeature),
      provideState(delegationFeature),
      provideEffects(approvalsEffects, delegationEffects),
    ],
    children: [
      {
        path: '',
        title: 'approvals.title',
        loadComponent: () => import('./inbox/approval-inbox-page').then((m) => m.ApprovalInboxPage),
      },
      {
        path: 'delegation',
        title: 'approvals.delegation.title',
        loadComponent: () => import('./delegation/delegation-page').then((m) => m.DelegationPage),
      },
      {
        path: ':id',
        title: 'approvals.detail.title',
        loadComponent: () =>
          import('./decision/approval-decision-page').then((m) => m.ApprovalDecisionPage),
      },
    ],
  },
];
