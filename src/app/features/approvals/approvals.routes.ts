import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { APPROVALS_I18N } from './approvals.i18n';
import * as approvalsEffects from './data/approvals.effects';
import { decisionFeature } from './data/decision.feature';
import { historyFeature } from './data/history.feature';
import { inboxFeature } from './data/inbox.feature';

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideEnvironmentInitializer(() => inject(I18n).register(APPROVALS_I18N)),
      provideState(inboxFeature),
      provideState(historyFeature),
      provideState(decisionFeature),
      provideEffects(approvalsEffects),
    ],
    children: [
      {
        path: '',
        title: 'approvals.title',
        loadComponent: () => import('./inbox/approval-inbox-page').then((m) => m.ApprovalInboxPage),
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
