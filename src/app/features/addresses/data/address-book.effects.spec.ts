import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import type { Address } from '../../../../domain/index.ts';
import {
  AddressBookApiActions,
  AddressBookPageActions,
  AddressPickerActions,
} from './address-book.actions';
import { loadAddressBook, writeAddressBook } from './address-book.effects';
import { AddressApi } from './address-api';
import { address } from './address-book.feature.spec';

describe('address book effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<AddressApi>;
  const command = { recipient: '张三', phone: '13800001111', address: '上海市' };

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<AddressApi>('AddressApi', [
      'list',
      'create',
      'replace',
      'makeDefault',
      'remove',
    ]);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: AddressApi, useValue: api }],
    });
  });

  it('reads the book when a page or a checkout opens, and again after each write', () => {
    api.list.and.returnValue(of([address('a1')]));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => loadAddressBook()).subscribe((a) => out.push(a));
    actions$.next(AddressBookPageActions.opened());
    actions$.next(AddressPickerActions.opened());
    actions$.next(AddressBookApiActions.changed({ scope: 'company', address: null }));
    expect(api.list).toHaveBeenCalledTimes(3);
    expect(out.at(-1)).toEqual(AddressBookApiActions.loaded({ addresses: [address('a1')] }));
  });

  it('each write goes to its book; they run one after another, in the order asked', () => {
    const first = new Subject<Address>();
    api.create.and.returnValue(first);
    api.makeDefault.and.returnValue(of(address('c1', 'company', true)));
    api.remove.and.returnValue(of(undefined));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => writeAddressBook()).subscribe((a) => out.push(a));
    actions$.next(AddressPickerActions.saveRequested({ command }));
    actions$.next(AddressBookPageActions.defaultRequested({ scope: 'company', id: 'c1' }));
    actions$.next(AddressBookPageActions.deleteRequested({ scope: 'personal', id: 'a1' }));
    expect(api.create).toHaveBeenCalledOnceWith('personal', command);
    expect(api.makeDefault).not.toHaveBeenCalled();
    first.next(address('a9'));
    first.complete();
    expect(api.makeDefault).toHaveBeenCalledOnceWith('company', 'c1');
    expect(api.remove).toHaveBeenCalledOnceWith('personal', 'a1');
    expect(out).toEqual([
      AddressBookApiActions.changed({ scope: 'personal', address: address('a9') }),
      AddressBookApiActions.changed({ scope: 'company', address: address('c1', 'company', true) }),
      AddressBookApiActions.changed({ scope: 'personal', address: null }),
    ]);
  });

  it('a refused write says why and the next one still runs', () => {
    api.replace.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: { code: 'FORBIDDEN', detail: 'This needs the role admin' },
          }),
      ),
    );
    api.create.and.returnValue(of(address('c2', 'company')));
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => writeAddressBook()).subscribe((a) => out.push(a));
    actions$.next(AddressBookPageActions.saveRequested({ scope: 'company', id: 'c1', command }));
    actions$.next(AddressBookPageActions.saveRequested({ scope: 'company', id: null, command }));
    expect(api.replace).toHaveBeenCalledOnceWith('company', 'c1', command);
    expect(out[0].type).toBe(AddressBookApiActions.changeFailed.type);
    expect((out[0] as ReturnType<typeof AddressBookApiActions.changeFailed>).error.status).toBe(
      403,
    );
    expect(out[1]).toEqual(
      AddressBookApiActions.changed({ scope: 'company', address: address('c2', 'company') }),
    );
  });
});
