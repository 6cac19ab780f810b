import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { Subject, of } from 'rxjs';
import { skusOf } from '../campaigns/campaign-page';
import type { CampaignCommand, RangeProduct } from './campaign.model';
import { CampaignPageActions, CampaignsApiActions } from './campaigns.actions';
import { loadRangeProducts, saveCampaign } from './campaigns.effects';
import { CampaignsApi } from './campaigns-api';
import { campaign } from './test-data.spec-util';

const command: CampaignCommand = {
  name: '中秋福利',
  nameEn: 'Mid-Autumn',
  occasion: 'mid-autumn',
  pointsPerEmployee: 200,
  audience: { kind: 'departments', departmentIds: ['d-c1-03'] },
  grantDate: '2026-09-01',
  costCenterId: 'cc-c1-03',
  giftRange: { kind: 'products', productIds: [] },
};
const mooncake: RangeProduct = { id: 'p10', sku: 'FD03-000010', name: '月饼', nameEn: 'Mooncake' };
const tea: RangeProduct = { id: 'p11', sku: 'FD03-000011', name: '茶叶', nameEn: 'Tea' };

describe('campaign effects: a curated gift range', () => {
  let actions$: Subject<Action>;
  let sent: CampaignCommand[];
  let out: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    sent = [];
    out = [];
    const api: Partial<CampaignsApi> = {
      productsBySku: (skus: string[]) =>
        of(
          [mooncake, tea].filter((p) => skus.some((s) => s.toLowerCase() === p.sku.toLowerCase())),
        ),
      productsById: (ids: string[]) => of([mooncake, tea].filter((p) => ids.includes(p.id))),
      create: (c: CampaignCommand) => {
        sent.push(c);
        return of(campaign('WC1', c));
      },
    };
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: CampaignsApi, useValue: api }],
    });
    // What the save answers goes round again, as in the app.
    TestBed.runInInjectionContext(() => saveCampaign()).subscribe((a) => {
      out.push(a);
      actions$.next(a);
    });
    TestBed.runInInjectionContext(() => loadRangeProducts()).subscribe((a) => out.push(a));
  });

  it('turns the SKU codes into product ids (any case, once each) before saving', () => {
    actions$.next(
      CampaignPageActions.saveRequested({
        id: null,
        command,
        giftSkus: ['fd03-000011', 'FD03-000010', 'FD03-000011'],
      }),
    );
    expect(sent.length).toBe(1);
    expect(sent[0].giftRange).toEqual({ kind: 'products', productIds: ['p11', 'p10'] });
    expect(sent[0].audience).toEqual({ kind: 'departments', departmentIds: ['d-c1-03'] });
    // The saved campaign's range is named for the form.
    expect(out).toContain(
      CampaignsApiActions.rangeProductsLoaded({ id: 'WC1', products: [mooncake, tea] }),
    );
  });

  it('an unknown code saves nothing and fails on the SKU field, naming it', () => {
    actions$.next(
      CampaignPageActions.saveRequested({
        id: null,
        command,
        giftSkus: ['FD03-000010', 'XX-1'],
      }),
    );
    expect(sent).toEqual([]);
    expect(out).toEqual([
      CampaignsApiActions.saveFailed({
        error: {
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Some SKU codes are not welfare gifts',
          errors: [{ path: 'giftSkus', message: 'XX-1' }],
        },
      }),
    ]);
  });

  it('the form shows the SKU codes in the range order once every product is named', () => {
    const c = campaign('WC1', { giftRange: { kind: 'products', productIds: ['p11', 'p10'] } });
    expect(skusOf(c, [])).toBe('');
    expect(skusOf(c, [mooncake, tea])).toBe('FD03-000011\nFD03-000010');
    expect(skusOf(campaign('WC2'), [mooncake])).toBe('');
  });
});
