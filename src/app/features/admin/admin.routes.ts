import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { unsavedChangesGuard } from '../../core/nav/unsaved-changes.guard';
import { ADMIN_I18N } from './admin.i18n';
import * as adminEffects from './data/admin.effects';
import { adminFeature } from './data/admin.feature';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideEnvironmentInitializer(() => inject(I18n).register(ADMIN_I18N)),
      provideState(adminFeature),
      provideEffects(adminEffects),
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'settings' },
      {
        path: 'settings',
        title: 'admin.settings.title',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./settings/company-settings-page').then((m) => m.CompanySettingsPage),
      },
    ],
  },
];
