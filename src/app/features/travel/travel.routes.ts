import { provideFieldDefaults } from '../../core/layout/field-defaults';
import { unsavedChangesGuard } from '../../core/nav/unsaved-changes.guard';
import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { plannerFeature } from './data/planner.feature';
import { policyFeature } from './data/policy.feature';
import { reportFeature } from './data/report.feature';
import { roleGuard } from '../../core/auth/auth.guards';
import * as travelEffects from './data/travel.effects';
import { tripsFeature } from './data/trips.feature';
import { TRAVEL_I18N } from './travel.i18n';

export const TRAVEL_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(TRAVEL_I18N)),
      provideState(tripsFeature),
      provideState(plannerFeature),
      provideState(policyFeature),
      provideState(reportFeature),
      provideEffects(travelEffects),
    ],
    children: [
      {
        path: '',
        title: 'travel.trips.title',
        loadComponent: () => import('./trips/trip-list-page').then((m) => m.TripListPage),
      },
      {
        path: 'new',
        title: 'travel.request.title',
        loadComponent: () => import('./request/trip-request-page').then((m) => m.TripRequestPage),
      },
      {
        path: 'policy',
        title: 'travel.policy.title',
        canActivate: [roleGuard('admin')],
        // Choosing another policy changes `?policy=`: unsaved edits are asked about then too.
        runGuardsAndResolvers: 'paramsOrQueryParamsChange',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./policy/travel-policy-page').then((m) => m.TravelPolicyPage),
      },
      {
        path: 'report',
        title: 'travel.report.title',
        canActivate: [roleGuard('hr', 'admin')],
        loadComponent: () => import('./report/travel-report-page').then((m) => m.TravelReportPage),
      },
      {
        path: 'trips/:id',
        title: 'travel.trip.title',
        loadComponent: () => import('./trips/trip-detail-page').then((m) => m.TripDetailPage),
      },
      {
        path: 'trips/:id/book',
        title: 'travel.search.title',
        loadComponent: () => import('./search/offer-search-page').then((m) => m.OfferSearchPage),
      },
    ],
  },
];
