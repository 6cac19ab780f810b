import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { HOME_I18N } from './home.i18n';
import { HomePage } from './home-page';

export const HOME_ROUTES: Routes = [
  {
    path: '',
    component: HomePage,
    providers: [provideEnvironmentInitializer(() => inject(I18n).register(HOME_I18N))],
  },
];
