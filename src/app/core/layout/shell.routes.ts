import { inject, isDevMode, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { Actions, EffectSources, EffectsRunner, provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer, type RouterReducerState } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { AuthSession } from '../auth/auth-session';
import { authEffects } from '../auth/auth.effects';
import { clearStateOnLogout } from '../auth/auth.meta-reducer';
import { authFeature, type AuthState } from '../auth/auth.state';
import { CurrentCompany } from '../company/current-company';
import { I18n } from '../i18n/i18n';
import { provideMaterialDefaults } from './material-defaults';
import { Shell } from './shell';
import { SHELL_I18N } from './shell.i18n';

/** The root state; features add theirs on their lazy routes (under the shell). */
export interface RootState {
  auth: AuthState;
  router: RouterReducerState;
}

/**
 * The shell around `children` (the feature routes of app.routes.ts), with the NgRx store, the
 * Material defaults and the shell's texts. The store is provided here, not at the root, so that a
 * first visit to /login does not download NgRx; its `auth` feature starts from the AuthSession
 * (validated by the guards before the shell loads) and follows it (auth.effects.ts).
 */
export function shellRoutes(children: Routes): Routes {
  return [
    {
      path: '',
      component: Shell,
      providers: [
        // @ngrx/effects declares these `providedIn: 'root'`; here they must live beside the store.
        Actions,
        EffectSources,
        EffectsRunner,
        provideStore<RootState>(
          { auth: authFeature.reducer, router: routerReducer },
          {
            initialState: () => {
              const session = inject(AuthSession);
              return { auth: { token: session.token(), user: session.user() } };
            },
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
        // Devtools in development only: `ngDevMode` is false in production builds, so this folds
        // away (with the devtools code) there; isDevMode() guards the call at run time as well.
        ...(ngDevMode && isDevMode()
          ? [provideStoreDevtools({ maxAge: 50, connectInZone: false })]
          : []),
        // reads the store's user, so it lives here too
        CurrentCompany,
        provideMaterialDefaults(),
        provideEnvironmentInitializer(() => inject(I18n).register(SHELL_I18N)),
      ],
      children,
    },
  ];
}
