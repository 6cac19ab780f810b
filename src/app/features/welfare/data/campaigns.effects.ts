import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Observable, catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { toApiError, type ApiError } from '../../../core/http/api-error';
import { downloadText } from '../../../shared/download';
import {
  CampaignListPageActions,
  CampaignPageActions,
  CampaignReportPageActions,
  CampaignsApiActions,
} from './campaigns.actions';
import { withBom, type CampaignCommand } from './campaign.model';
import { CampaignsApi } from './campaigns-api';

export const loadCampaigns = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignListPageActions.opened),
      switchMap(({ pageIndex, pageSize }) =>
        api.list(pageIndex, pageSize).pipe(
          map((page) => CampaignsApiActions.listLoaded({ page })),
          catchError((e: unknown) => of(CampaignsApiActions.listFailed({ error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The company's points liability (outstanding, expiring in 30 / 90 days) beside the campaigns. */
export const loadLiability = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignListPageActions.opened),
      switchMap(() =>
        api.liability().pipe(
          map((liability) => CampaignsApiActions.liabilityLoaded({ liability })),
          catchError((e: unknown) =>
            of(CampaignsApiActions.liabilityFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The grants report as the server writes it (CSV for finance), saved as a file. */
export const exportGrants = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignListPageActions.exportRequested),
      exhaustMap(() =>
        api.grantsCsv().pipe(
          tap((csv) =>
            downloadText(
              withBom(csv),
              `welfare-grants-${new Date().toISOString().slice(0, 10)}.csv`,
            ),
          ),
          map(() => CampaignsApiActions.exported()),
          catchError((e: unknown) =>
            of(CampaignsApiActions.exportFailed({ error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadCampaign = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignPageActions.opened),
      map(({ id }) => id),
      filter((id): id is string => id !== null),
      switchMap((id) =>
        api.get(id).pipe(
          map((campaign) => CampaignsApiActions.loaded({ campaign })),
          catchError((e: unknown) => of(CampaignsApiActions.failed({ id, error: toApiError(e) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Create, change, publish or close: one at a time. */
export const saveCampaign = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(
        CampaignPageActions.saveRequested,
        CampaignPageActions.publishRequested,
        CampaignPageActions.closeRequested,
      ),
      exhaustMap((action) => {
        const call =
          action.type === CampaignPageActions.saveRequested.type
            ? withRange(api, action.command, action.giftSkus).pipe(
                switchMap((command) =>
                  action.id ? api.update(action.id, command) : api.create(command),
                ),
              )
            : action.type === CampaignPageActions.publishRequested.type
              ? api.publish(action.id)
              : api.close(action.id);
        const created = action.type === CampaignPageActions.saveRequested.type && !action.id;
        return call.pipe(
          map((campaign) => CampaignsApiActions.saved({ campaign, created })),
          catchError((e: unknown) => of(CampaignsApiActions.saveFailed({ error: saveError(e) }))),
        );
      }),
    );
  },
  { functional: true },
);

/** The command with the curated range's SKU codes turned into product ids; unknown codes fail it (400 shape). */
function withRange(
  api: CampaignsApi,
  command: CampaignCommand,
  skus: string[] | null,
): Observable<CampaignCommand> {
  if (!skus) return of(command);
  return api.productsBySku(skus).pipe(
    map((products) => {
      const bySku = new Map(products.map((p) => [p.sku.toLowerCase(), p.id]));
      const unknown = skus.filter((s) => !bySku.has(s.toLowerCase()));
      if (unknown.length) throw unknownSkus(unknown);
      const productIds = [...new Set(skus.map((s) => bySku.get(s.toLowerCase())!))];
      return { ...command, giftRange: { kind: 'products' as const, productIds } };
    }),
  );
}

class UnknownSkus extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.detail);
    this.error = error;
  }
}
function unknownSkus(skus: string[]): UnknownSkus {
  return new UnknownSkus({
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'Some SKU codes are not welfare gifts',
    errors: [{ path: 'giftSkus', message: skus.join(', ') }],
  });
}
const saveError = (e: unknown): ApiError => (e instanceof UnknownSkus ? e.error : toApiError(e));

/** The curated gift range's products, named, whenever a campaign with one is shown or saved. */
export const loadRangeProducts = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignsApiActions.loaded, CampaignsApiActions.saved),
      map(({ campaign }) => campaign),
      filter((c) => c.giftRange.kind === 'products' && !!c.giftRange.productIds?.length),
      switchMap((c) =>
        api
          .productsById(c.giftRange.productIds!)
          .pipe(map((products) => CampaignsApiActions.rangeProductsLoaded({ id: c.id, products }))),
      ),
    );
  },
  { functional: true },
);

/** A campaign's report (reached, redeemed, outstanding, expired, cost, top gifts). */
export const loadReport = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignReportPageActions.opened),
      switchMap(({ id }) =>
        api.report(id).pipe(
          map((report) => CampaignsApiActions.reportLoaded({ report })),
          catchError((e: unknown) =>
            of(CampaignsApiActions.reportFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A new draft gets its own address, so a reload keeps it. */
export const openCreatedCampaign = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(CampaignsApiActions.saved),
      filter(({ created }) => created),
      tap(({ campaign }) => {
        void router.navigate(['/welfare/campaigns', campaign.id], { replaceUrl: true });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** Whenever a campaign is shown or changed: its list audience explained row by row. */
export const checkAudience = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignsApiActions.loaded, CampaignsApiActions.saved),
      map(({ campaign }) => campaign),
      filter((c) => c.audience.kind === 'list' && !!c.audience.employees?.length),
      switchMap((c) =>
        api.checkAudience(c.id, c.audience.employees!).pipe(
          map((check) => CampaignsApiActions.audienceChecked({ id: c.id, check })),
          catchError((e: unknown) =>
            of(CampaignsApiActions.audienceCheckFailed({ id: c.id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** …and what granting it now would do (reach, cost, budget, approval). */
export const previewCampaign = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignsApiActions.loaded, CampaignsApiActions.saved, CampaignsApiActions.granted),
      map((a) => ('campaign' in a ? a.campaign.id : a.id)),
      switchMap((id) =>
        api.preview(id).pipe(
          map((preview) => CampaignsApiActions.previewLoaded({ preview })),
          catchError((e: unknown) =>
            of(CampaignsApiActions.previewFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const grantCampaign = createEffect(
  (actions$ = inject(Actions), api = inject(CampaignsApi)) => {
    return actions$.pipe(
      ofType(CampaignPageActions.grantRequested),
      exhaustMap(({ id }) =>
        api.grant(id).pipe(
          map((grant) => CampaignsApiActions.granted({ id, grant })),
          catchError((e: unknown) =>
            of(CampaignsApiActions.grantFailed({ id, error: toApiError(e) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
