import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, forkJoin, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../../core/http/api-error';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { OrgApi } from './org-api';
import { OrgApiActions, OrganisationPageActions, UsersPageActions } from './org.actions';

const failed = (subject: string) => (e: unknown) =>
  of(OrgApiActions.saveFailed({ subject, error: toApiError(e) }));

export const loadUsers = createEffect(
  (actions$ = inject(Actions), api = inject(OrgApi)) => {
    return actions$.pipe(
      ofType(UsersPageActions.queryChanged),
      switchMap(({ filters, pageIndex, pageSize }) =>
        api.users(filters, pageIndex, pageSize).pipe(
          map((page) => OrgApiActions.usersLoaded({ page })),
          catchError((e: unknown) => of(OrgApiActions.usersLoadFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Departments and cost centers (the organisation page; the users page's department names and choices). */
export const loadUnits = createEffect(
  (actions$ = inject(Actions), api = inject(OrgApi)) => {
    return actions$.pipe(
      ofType(OrganisationPageActions.opened, UsersPageActions.opened),
      switchMap(() =>
        forkJoin({ departments: api.departments(), costCenters: api.costCenters() }).pipe(
          map((units) => OrgApiActions.unitsLoaded(units)),
          catchError((e: unknown) => of(OrgApiActions.unitsLoadFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const invite = createEffect(
  (actions$ = inject(Actions), api = inject(OrgApi)) => {
    return actions$.pipe(
      ofType(UsersPageActions.inviteSubmitted),
      exhaustMap(({ command }) =>
        api.invite(command).pipe(
          map((invitation) => OrgApiActions.invited({ invitation })),
          catchError(failed('new')),
        ),
      ),
    );
  },
  { functional: true },
);

/** The user's fields, then their extra cost centers when those changed too. */
export const changeUser = createEffect(
  (actions$ = inject(Actions), api = inject(OrgApi)) => {
    return actions$.pipe(
      ofType(UsersPageActions.userChangeSubmitted),
      concatMap(({ id, patch, grantedCostCenterIds }) =>
        api.patchUser(id, patch).pipe(
          concatMap((user) =>
            grantedCostCenterIds
              ? api
                  .grantCostCenters(id, grantedCostCenterIds)
                  .pipe(map((g) => ({ ...user, grantedCostCenterIds: g.grantedCostCenterIds })))
              : of(user),
          ),
          map((user) => OrgApiActions.userSaved({ user })),
          catchError(failed(id)),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeUnits = createEffect(
  (actions$ = inject(Actions), api = inject(OrgApi)) => {
    return actions$.pipe(
      ofType(
        OrganisationPageActions.departmentCreated,
        OrganisationPageActions.departmentChanged,
        OrganisationPageActions.costCenterCreated,
        OrganisationPageActions.costCenterChanged,
      ),
      concatMap((a) => {
        switch (a.type) {
          case OrganisationPageActions.departmentCreated.type:
            return api.createDepartment(a.command).pipe(
              map((department) => OrgApiActions.departmentSaved({ department })),
              catchError(failed('new-department')),
            );
          case OrganisationPageActions.departmentChanged.type:
            return api.patchDepartment(a.id, a.patch).pipe(
              map((department) => OrgApiActions.departmentSaved({ department })),
              catchError(failed(a.id)),
            );
          case OrganisationPageActions.costCenterCreated.type:
            return api.createCostCenter(a.command).pipe(
              map((costCenter) => OrgApiActions.costCenterSaved({ costCenter })),
              catchError(failed('new-cost-center')),
            );
          default:
            return api.patchCostCenter(a.id, a.patch).pipe(
              map((costCenter) => OrgApiActions.costCenterSaved({ costCenter })),
              catchError(failed(a.id)),
            );
        }
      }),
    );
  },
  { functional: true },
);

/** Every other page names departments and cost centers from ReferenceData: refreshed after a change. */
export const refreshReferenceData = createEffect(
  (actions$ = inject(Actions), reference = inject(ReferenceData)) => {
    return actions$.pipe(
      ofType(OrgApiActions.departmentSaved, OrgApiActions.costCenterSaved, OrgApiActions.userSaved),
      tap(() => reference.reloadCostCenters()),
    );
  },
  { functional: true, dispatch: false },
);
