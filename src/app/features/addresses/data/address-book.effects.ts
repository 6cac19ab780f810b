import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, merge, of, switchMap, type Observable } from 'rxjs';
import type { Address, AddressScope } from '../../../../domain/index.ts';
import { toApiError } from '../../../core/http/api-error';
import {
  AddressBookApiActions,
  AddressBookPageActions,
  AddressPickerActions,
} from './address-book.actions';
import { AddressApi } from './address-api';

/** The book is read when a page or a checkout opens, and again after every write. */
export const loadAddressBook = createEffect(
  (actions$ = inject(Actions), api = inject(AddressApi)) => {
    return actions$.pipe(
      ofType(
        AddressBookPageActions.opened,
        AddressPickerActions.opened,
        AddressBookApiActions.changed,
      ),
      switchMap(() =>
        api.list().pipe(
          map((addresses) => AddressBookApiActions.loaded({ addresses })),
          catchError((e: unknown) =>
            of(AddressBookApiActions.loadFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Writes run one after another, in the order asked (a delete never overtakes the save before it). */
export const writeAddressBook = createEffect(
  (actions$ = inject(Actions), api = inject(AddressApi)) => {
    const written = (scope: AddressScope, call: Observable<Address | void>) =>
      call.pipe(
        map((address) => AddressBookApiActions.changed({ scope, address: address ?? null })),
        catchError((e: unknown) =>
          of(AddressBookApiActions.changeFailed({ error: toApiError(e) })),
        ),
      );
    return merge(
      actions$.pipe(
        ofType(AddressBookPageActions.saveRequested),
        map(
          ({ scope, id, command }) =>
            () =>
              written(scope, id ? api.replace(scope, id, command) : api.create(scope, command)),
        ),
      ),
      actions$.pipe(
        ofType(AddressPickerActions.saveRequested),
        map(
          ({ command }) =>
            () =>
              written('personal', api.create('personal', command)),
        ),
      ),
      actions$.pipe(
        ofType(AddressBookPageActions.defaultRequested),
        map(
          ({ scope, id }) =>
            () =>
              written(scope, api.makeDefault(scope, id)),
        ),
      ),
      actions$.pipe(
        ofType(AddressBookPageActions.deleteRequested),
        map(
          ({ scope, id }) =>
            () =>
              written(scope, api.remove(scope, id)),
        ),
      ),
    ).pipe(concatMap((run) => run()));
  },
  { functional: true },
);
