import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { I18n } from '../i18n/i18n';
import { provideAppStore } from '../state/app-store';
import { inNextTask, routesLoadedInTasksOfTheirOwn } from '../nav/next-task';
import { warmDateFormats } from './date-formats';
import { provideMaterialDefaults } from './material-defaults';
import { Shell } from './shell';
import { SHELL_I18N } from './shell.i18n';

// A returning user's first page loads the shell's code while the session is being checked. Every
// page but the home page has form fields, whose first one needs the browser's date formats: a worker
// builds them meanwhile. (Just after signing in, the address is still the login page's.)
if (location.pathname !== '/' && location.pathname !== '/login') warmDateFormats();

/**
 * The shell around `children` (the feature routes of app.routes.ts), with the NgRx store, the
 * Material defaults and the shell's texts: all of it loads after signing in, so a first visit to
 * /login downloads none of it. Given to the router in a task after the one that evaluated this
 * chunk, as the lazy routes below it (`routesLoadedInTasksOfTheirOwn`).
 */
export function shellRoutes(children: Routes): Promise<Routes> {
  return inNextTask([
    {
      path: '',
      component: Shell,
      providers: [
        provideAppStore(),
        provideMaterialDefaults(),
        provideEnvironmentInitializer(() => inject(I18n).register(SHELL_I18N)),
      ],
      children: routesLoadedInTasksOfTheirOwn(children),
    },
  ]);
}
