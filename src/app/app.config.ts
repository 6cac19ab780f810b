import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideEnvironmentInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { AuthSession } from './core/auth/auth-session';
import { authTokenInterceptor } from './core/http/auth-token.interceptor';
import { earlyResponseInterceptor } from './core/http/early-responses';
import { errorInterceptor } from './core/http/error.interceptor';
import { loadingInterceptor } from './core/http/loading';
import { CORE_I18N_ZH, loadCoreEnglish } from './core/i18n/core.i18n';
import { I18n } from './core/i18n/i18n';
import { I18nTitleStrategy } from './core/i18n/title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Angular 22 is zoneless by default (no zone.js in the bundle); said explicitly for readers.
    provideZonelessChangeDetection(),
    // No withInMemoryScrolling: pages scroll inside the shell's content pane, which the shell
    // scrolls back to the top on navigation (and the router's window scroller would cost bytes).
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    provideHttpClient(
      withFetch(),
      withInterceptors([
        loadingInterceptor,
        authTokenInterceptor,
        errorInterceptor,
        earlyResponseInterceptor,
      ]),
    ),
    // The signed-in session lives in AuthSession only; the NgRx store (features' state) is provided
    // on the shell route, see core/state/app-store.ts.
    provideEnvironmentInitializer(() => inject(AuthSession).restore()),
    // The root's first render in a task of its own, while the session check (GET /api/me, above)
    // is on its way: on a phone, two shorter tasks instead of one long one.
    provideAppInitializer(() => new Promise<void>((resolve) => setTimeout(resolve))),
    provideAppInitializer(() => {
      // Chinese texts are in the bundle; English ones load when needed (before the first render
      // when English was chosen earlier).
      const i18n = inject(I18n);
      i18n.register({ 'zh-CN': CORE_I18N_ZH, en: {} });
      i18n.registerLoader('en', loadCoreEnglish);
      return i18n.ensure(i18n.lang());
    }),
    // Material's defaults are given on the shell route (the icon font: provideMaterialDefaults) and
    // on the feature routes (fields: provideFieldDefaults), to keep Material out of the initial bundle.
  ],
};
