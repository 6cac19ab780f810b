import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import { BUDGETS_I18N } from './budgets.i18n';
import * as budgetsEffects from './data/budgets.effects';
import { budgetsFeature } from './data/budgets.feature';

export const BUDGETS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(BUDGETS_I18N)),
      provideState(budgetsFeature),
      provideEffects(budgetsEffects),
    ],
    children: [
      {
        path: '',
        title: 'budgets.title',
        loadComponent: () => import('./list/budget-list-page').then((m) => m.BudgetListPage),
      },
      {
        path: 'requests',
        title: 'budgets.requests.title',
        loadComponent: () => import('./requests/my-requests-page').then((m) => m.MyRequestsPage),
      },
      {
        path: 'requests/new',
        title: 'budgets.request.title',
        loadComponent: () =>
          import('./requests/budget-request-page').then((m) => m.BudgetRequestPage),
      },
      {
        path: ':id',
        title: 'budgets.detail.title',
        loadComponent: () => import('./detail/budget-detail-page').then((m) => m.BudgetDetailPage),
      },
    ],
  },
];
