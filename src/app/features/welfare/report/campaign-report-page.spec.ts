import { ComponentRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import type { CampaignReport } from '../data/campaign.model';
import { CampaignReportPageActions, CampaignsApiActions } from '../data/campaigns.actions';
import { campaignsFeature, initialCampaignsState } from '../data/campaigns.feature';
import { WELFARE_I18N } from '../welfare.i18n';
import { CampaignReportPage } from './campaign-report-page';

const report: CampaignReport = {
  campaignId: 'WC1',
  name: '2027 春节福利',
  nameEn: 'Spring Festival 2027',
  status: 'published',
  grant: {
    grantId: 'WG1',
    campaignId: 'WC1',
    occasion: '2027 春节福利',
    createdAt: '2026-06-15T08:00:00.000Z',
    expiresAt: '2027-06-15T15:59:59.000Z',
    status: 'credited',
    reached: 400,
    pointsGranted: 320_000,
    pointsRedeemed: 120_000,
    redeemedPercent: 37.5,
    pointsOutstanding: 190_000,
    pointsExpired: 10_000,
    costFen: 32_000_000,
  },
  topGifts: [
    { productId: 'p10', name: '月饼礼盒', nameEn: 'Mooncake box', qty: 120, redemptions: 98 },
  ],
};

describe('CampaignReportPage', () => {
  let store: MockStore;

  async function render(state: Partial<typeof initialCampaignsState>, lang: 'en' | 'zh-CN') {
    TestBed.configureTestingModule({
      imports: [CampaignReportPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { welfareCampaigns: { ...initialCampaignsState, ...state } },
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(WELFARE_I18N);
    i18n.use(lang);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(CampaignReportPage);
    (fixture.componentRef as ComponentRef<CampaignReportPage>).setInput('id', 'WC1');
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  it('asks for the report of its route id and shows reached, redeemed %, outstanding, expired, cost', async () => {
    const el = await render({ reportId: 'WC1', report }, 'en');
    expect(store.dispatch).toHaveBeenCalledWith(CampaignReportPageActions.opened({ id: 'WC1' }));
    const kpis = el.querySelector('[data-testid="report-kpis"]')!.textContent!;
    expect(el.querySelector('h1')!.textContent).toContain('Spring Festival 2027 · report');
    expect(kpis).toContain('400 people');
    expect(kpis).toContain('37.5%');
    expect(kpis).toContain('190000 points');
    expect(kpis).toContain('10000 points');
    expect(kpis).toContain('¥320,000.00');
    expect(el.querySelector('table')!.textContent).toContain('Mooncake box');
  });

  it('in Chinese, and says so when the campaign is not granted yet', async () => {
    const el = await render(
      { reportId: 'WC1', report: { ...report, grant: null, topGifts: [] } },
      'zh-CN',
    );
    expect(el.querySelector('h1')!.textContent).toContain('2027 春节福利 · 报表');
    expect(el.textContent).toContain('本活动尚未发放积分');
    expect(el.querySelector('[data-testid="report-kpis"]')).toBeNull();
  });

  it('the slice keeps only the report of the campaign shown', () => {
    let s = campaignsFeature.reducer(
      initialCampaignsState,
      CampaignReportPageActions.opened({ id: 'WC2' }),
    );
    expect(s.reportLoading).toBeTrue();
    s = campaignsFeature.reducer(s, CampaignsApiActions.reportLoaded({ report }));
    expect(s.report).toBeNull();
    s = campaignsFeature.reducer(s, CampaignReportPageActions.opened({ id: 'WC1' }));
    s = campaignsFeature.reducer(s, CampaignsApiActions.reportLoaded({ report }));
    expect(s.report).toEqual(report);
    expect(s.reportLoading).toBeFalse();
  });
});
