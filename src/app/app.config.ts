import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer, type RouterReducerState } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { routes } from './app.routes';
import { authEffects } from './core/auth/auth.effects';
import { clearStateOnLogout } from './core/auth/auth.meta-reducer';
import { authFeature, type AuthState } from './core/auth/auth.state';
import { restoredAuthState } from './core/auth/auth.storage';
import { authTokenInterceptor } from './core/http/auth-token.interceptor';
import { errorInterceptor } from './core/http/error.interceptor';
import { loadingInterceptor } from './core/http/loading';
import { CORE_I18N_ZH, loadCoreEnglish } from './core/i18n/core.i18n';
import { I18n } from './core/i18n/i18n';
import { I18nTitleStrategy } from './core/i18n/title-strategy';

/** The root state; features add theirs on their lazy routes. */
export interface RootState {
  auth: AuthState;
  router: RouterReducerState;
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Angular 22 is zoneless by default (no zone.js in the bundle); said explicitly for readers.
    provideZonelessChangeDetection(),
    // No withInMemoryScrolling: pages scroll inside the shell's content pane, which the shell
    // scrolls back to the top on navigation (and the router's window scroller would cost bytes).
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([loadingInterceptor, authTokenInterceptor, errorInterceptor])),
    provideStore<RootState>(
      { auth: authFeature.reducer, router: routerReducer },
      {
        initialState: () => ({ auth: restoredAuthState() }),
        metaReducers: [clearStateOnLogout<RootState>],
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
        },
      },
    ),
    provideEffects(authEffects),
    provideRouterStore(),
    // Devtools in development only: `ngDevMode` is false in production builds, so this folds away
    // (with the devtools code) there; isDevMode() guards the call at run time as well.
    ...(ngDevMode && isDevMode() ? [provideStoreDevtools({ maxAge: 50, connectInZone: false })] : []),
    provideAppInitializer(() => {
      // Chinese texts are in the bundle; English ones load when needed (before the first render
      // when English was chosen earlier).
      const i18n = inject(I18n);
      i18n.register({ 'zh-CN': CORE_I18N_ZH, en: {} });
      i18n.registerLoader('en', loadCoreEnglish);
      return i18n.ensure(i18n.lang());
    }),
    // Material defaults (outlined fields, outlined icon font): see provideMaterialDefaults, given on
    // the login and shell routes to keep Material out of the initial bundle.
  ],
};
