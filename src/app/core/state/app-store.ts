import {
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { Actions, EffectSources, EffectsRunner } from '@ngrx/effects';
import {
  Store,
  createActionGroup,
  emptyProps,
  provideStore,
  type ActionReducer,
} from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { AuthSession } from '../auth/auth-session';

export const SessionActions = createActionGroup({
  source: 'Session',
  events: {
    /** The signed-in user's data must go (see AuthSession.onSignOut). */
    'Signed Out': emptyProps(),
  },
});

/** On sign-out every feature's state goes back to its initial value: nothing of the user remains. */
export function clearOnSignOut<S>(reducer: ActionReducer<S>): ActionReducer<S> {
  return (state, action) =>
    reducer(action.type === SessionActions.signedOut.type ? undefined : state, action);
}

/**
 * The NgRx store, for the shell route (the session lives in AuthSession, the store holds only the
 * features' state, which they register on their lazy routes). It is not provided at the root so that
 * a first visit to /login does not download NgRx (`npm run bench:web` checks that budget).
 *
 * Because of that, nothing `providedIn: 'root'` may inject `Store` (give such a service on the route
 * that uses it), and @ngrx/effects' own services — declared `providedIn: 'root'`, where they would
 * find no store — are provided here, beside it.
 */
export function provideAppStore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    Actions,
    EffectSources,
    EffectsRunner,
    provideStore(
      {},
      {
        metaReducers: [clearOnSignOut],
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
        },
      },
    ),
    provideEnvironmentInitializer(() => {
      const store = inject(Store);
      inject(AuthSession).onSignOut(() => store.dispatch(SessionActions.signedOut()));
    }),
    // Devtools in development only: `ngDevMode` is false in production builds, so this folds away
    // (with the devtools code) there; isDevMode() guards the call at run time as well.
    ...(ngDevMode && isDevMode()
      ? [provideStoreDevtools({ maxAge: 50, connectInZone: false })]
      : []),
  ]);
}
