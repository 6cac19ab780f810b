import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import type { UserPatch } from '../../../../domain/schemas.ts';
import { OrgApi } from './org-api';
import { OrgApiActions, UsersPageActions } from './org.actions';
import { changeUser } from './org.effects';
import { userDetail } from './org.feature.spec';

describe('org effects: changing a user', () => {
  let actions$: Subject<Action>;
  let calls: string[];
  let out: Action[];
  let refuse: boolean;

  beforeEach(() => {
    actions$ = new Subject<Action>();
    calls = [];
    out = [];
    refuse = false;
    const api: Partial<OrgApi> = {
      patchUser: (id: string, patch: UserPatch) => {
        calls.push(`patch ${id} ${JSON.stringify(patch)}`);
        if (refuse)
          return throwError(
            () =>
              new HttpErrorResponse({
                status: 409,
                error: {
                  type: 'x',
                  title: 'x',
                  status: 409,
                  detail: 'last admin',
                  code: 'LAST_ADMIN',
                },
              }),
          );
        return of(userDetail(id, { roles: patch.roles ?? ['employee'] }));
      },
      grantCostCenters: (id: string, ids: string[]) => {
        calls.push(`grant ${id} ${ids.join(',')}`);
        return of({ grantedCostCenterIds: ids });
      },
    };
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: OrgApi, useValue: api }],
    });
    TestBed.runInInjectionContext(() => changeUser()).subscribe((a) => out.push(a));
  });

  it('saves the fields, then the extra cost centers, and answers the user with both', () => {
    actions$.next(
      UsersPageActions.userChangeSubmitted({
        id: 'u1',
        patch: { roles: ['hr'] },
        grantedCostCenterIds: ['cc2'],
      }),
    );
    expect(calls).toEqual(['patch u1 {"roles":["hr"]}', 'grant u1 cc2']);
    expect(out).toEqual([
      OrgApiActions.userSaved({
        user: userDetail('u1', { roles: ['hr'], grantedCostCenterIds: ['cc2'] }),
      }),
    ]);
  });

  it('a refusal names the user and grants nothing', () => {
    refuse = true;
    actions$.next(
      UsersPageActions.userChangeSubmitted({
        id: 'u1',
        patch: { active: false },
        grantedCostCenterIds: ['cc2'],
      }),
    );
    expect(calls).toEqual(['patch u1 {"active":false}']);
    expect(out).toEqual([
      OrgApiActions.saveFailed({
        subject: 'u1',
        error: { status: 409, code: 'LAST_ADMIN', detail: 'last admin' },
      }),
    ]);
  });
});
