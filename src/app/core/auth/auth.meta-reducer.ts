import type { ActionReducer } from '@ngrx/store';
import { AuthActions } from './auth.state';

/**
 * After a logout nothing of the previous user may remain: every feature's state goes back to its
 * initial value (only the router state is kept).
 */
export function clearStateOnLogout<S extends object>(reducer: ActionReducer<S>): ActionReducer<S> {
  return (state, action) => {
    if (action.type === AuthActions.loggedOut.type && state) {
      return reducer({ router: (state as { router?: unknown }).router } as unknown as S, action);
    }
    return reducer(state, action);
  };
}
