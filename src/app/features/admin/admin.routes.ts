import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import { unsavedChangesGuard } from '../../core/nav/unsaved-changes.guard';
import { provideAddressBook } from '../addresses/data/provide-address-book';
import { AdminLayout } from './admin-layout';
import { ADMIN_I18N } from './admin.i18n';
import * as approvalRulesEffects from './data/approval-rules.effects';
import { approvalRulesFeature } from './data/approval-rules.feature';
import * as auditEffects from './data/audit.effects';
import { auditFeature } from './data/audit.feature';
import * as adminEffects from './data/admin.effects';
import { adminFeature } from './data/admin.feature';
import * as orgEffects from './data/org.effects';
import { orgFeature } from './data/org.feature';

export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminLayout,
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(ADMIN_I18N)),
      provideState(adminFeature),
      provideState(auditFeature),
      provideState(orgFeature),
      provideState(approvalRulesFeature),
      provideEffects(adminEffects, auditEffects, orgEffects, approvalRulesEffects),
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
      {
        path: 'approval-rules',
        title: 'admin.rules.title',
        loadComponent: () =>
          import('./approval-rules/approval-rules-page').then((m) => m.ApprovalRulesPage),
      },
      {
        path: 'users',
        title: 'admin.users.title',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'organisation',
        title: 'admin.org.title',
        loadComponent: () =>
          import('./organisation/organisation-page').then((m) => m.OrganisationPage),
      },
      {
        path: 'addresses',
        title: 'addresses.title.company',
        providers: [provideAddressBook()],
        data: { scope: 'company' },
        loadComponent: () =>
          import('../addresses/book/address-book-page').then((m) => m.AddressBookPage),
      },
      {
        path: 'audit',
        title: 'admin.audit.title',
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
    ],
  },
];
