import { ComponentRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { initialGiftStoreState } from '../data/gift-store.feature';
import { campaign, gift } from '../data/test-data.spec-util';
import { GiftStorePageActions } from '../data/welfare.actions';
import { DEFAULT_GIFT_QUERY } from '../data/welfare.model';
import { initialWelfareCartState } from '../data/welfare-cart.feature';
import { WELFARE_I18N } from '../welfare.i18n';
import { GiftStorePage, pointsBound } from './gift-store-page';
import { reasonText } from './recommendations-panel';

describe('GiftStorePage', () => {
  let store: MockStore;

  async function render(
    inputs: Record<string, string> = {},
    state: Partial<typeof initialGiftStoreState> = {},
    { stable = true } = {},
  ) {
    TestBed.configureTestingModule({
      imports: [GiftStorePage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            welfareStore: {
              ...initialGiftStoreState,
              account: { balance: 800, expiringSoon: [] },
              gifts: [gift('p1', 300, { redemptions: 17 })],
              total: 41,
              recommendationsLoaded: true,
              recommendations: [
                {
                  product: gift('p2', 120),
                  reason: { code: 'popular-in-department', params: { redemptions: 6 } },
                },
              ],
              ...state,
            },
            welfareCart: initialWelfareCartState,
          },
        }),
      ],
    });
    TestBed.inject(I18n).register(WELFARE_I18N);
    TestBed.inject(I18n).use('en');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(GiftStorePage);
    const ref = fixture.componentRef as ComponentRef<GiftStorePage>;
    for (const [k, v] of Object.entries(inputs)) ref.setInput(k, v);
    fixture.detectChanges();
    if (stable) await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.inject(I18n).use('zh-CN'));

  const searchBox = (f: ComponentFixture<GiftStorePage>) =>
    (f.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[type=search]')!;

  it('turns the URL into the query it dispatches', async () => {
    const f = await render({ q: '粽子', within: '1', sort: 'points-asc', page: '2' });
    expect(store.dispatch).toHaveBeenCalledWith(
      GiftStorePageActions.queryChanged({
        query: {
          ...DEFAULT_GIFT_QUERY,
          q: '粽子',
          withinBalance: true,
          sort: 'points-asc',
          pageIndex: 1,
        },
      }),
    );
    expect(searchBox(f).value).toBe('粽子');
  });

  it('writes the balance as every page writes a count of points', async () => {
    const f = await render({}, { account: { balance: 12500, expiringSoon: [] } });
    const summary = (f.nativeElement as HTMLElement).querySelector('[data-testid=points-summary]');
    expect(summary?.querySelector('.points__value')?.textContent?.trim()).toBe('12,500');
  });

  it('shows the balance, the gifts with their popularity and the reason of each recommendation', async () => {
    const f = await render();
    const text = (f.nativeElement as HTMLElement).textContent!;
    expect(text).toContain('800');
    expect(text).toContain('41 gifts');
    expect(text).toContain('17 redeemed');
    expect(text).toContain('Popular in your department · 6 redeemed');
  });

  it('shows the current campaign\'s gifts first under "This campaign", then "More gifts"', async () => {
    const f = await render(
      {},
      {
        gifts: [
          gift('p7', 500, { inCampaign: true, name: '月饼礼盒', nameEn: 'Mooncake box' }),
          gift('p1', 300, { redemptions: 17 }),
        ],
        campaign: campaign('WC1', { nameEn: 'Mid-Autumn 2026' }),
        campaignLoaded: true,
      },
    );
    const el = f.nativeElement as HTMLElement;
    const section = el.querySelector('[data-testid="current-campaign"]')!;
    expect(section.querySelector('h3')!.textContent).toContain('This campaign · Mid-Autumn 2026');
    expect(section.textContent).toContain('Mooncake box');
    expect(section.textContent).not.toContain('17 redeemed');
    const more = el.querySelector('ul[aria-label="More gifts"]')!;
    expect(more.textContent).toContain('17 redeemed');
  });

  it('makes its first four gifts with the page and the rest in the tasks after, in order', async () => {
    const state = {
      gifts: [
        gift('c1', 500, { inCampaign: true }),
        gift('c2', 500, { inCampaign: true }),
        ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => gift(id, 100)),
      ],
      campaign: campaign('WC1'),
      campaignLoaded: true,
    };
    const f = await render({}, state, { stable: false });
    const el = f.nativeElement as HTMLElement;
    const names = (list: string) =>
      [...el.querySelectorAll(`${list} app-gift-card`)].map(
        (c) => c.textContent!.match(/Gift ([cp]\d)/)![1],
      );
    const campaignGifts = () => names('[data-testid="current-campaign"]');
    const moreGifts = () => names('ul[aria-label="More gifts"]');
    expect(campaignGifts()).toEqual(['c1', 'c2']);
    expect(moreGifts()).toEqual(['p1', 'p2']);

    await f.whenStable();
    expect(campaignGifts()).toEqual(['c1', 'c2']);
    expect(moreGifts()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('fetches the first recommended pictures at once and first: they are the top of the page', async () => {
    const recommendations = ['p2', 'p3', 'p4', 'p5'].map((id) => ({
      product: gift(id, 120),
      reason: { code: 'popular-in-department' as const, params: { redemptions: 6 } },
    }));
    const f = await render({}, { recommendations });
    const pictures = [
      ...(f.nativeElement as HTMLElement).querySelectorAll<HTMLImageElement>(
        'app-recommendations-panel img',
      ),
    ].map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority')]);
    expect(pictures).toEqual([
      ['eager', 'high'],
      ['eager', 'high'],
      ['eager', 'high'],
      ['lazy', null],
    ]);
  });

  it('a sold-out gift says so instead of its popularity', async () => {
    const f = await render({}, { gifts: [gift('p1', 300, { redemptions: 17, stock: 0 })] });
    const list = (f.nativeElement as HTMLElement).querySelector('ul[aria-label="Gifts"]')!;
    expect(list.textContent).toContain('Out of stock');
    expect(list.textContent).not.toContain('17 redeemed');
  });

  it('without a campaign gift on the page there is no campaign section', async () => {
    const f = await render({}, { campaign: campaign(), campaignLoaded: true });
    const el = f.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="current-campaign"]')).toBeNull();
    expect(el.querySelector('ul[aria-label="Gifts"]')!.textContent).toContain('17 redeemed');
  });

  it('one tap on "within my balance" puts it in the URL, from the first page', async () => {
    const f = await render({ page: '3' });
    const router = TestBed.inject(Router);
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    const button = [...(f.nativeElement as HTMLElement).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Within my balance'),
    )!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    const [, extras] = navigate.calls.mostRecent().args;
    expect(extras!.queryParams).toEqual(jasmine.objectContaining({ within: '1', page: null }));
  });

  it('reads points bounds as whole numbers ≥ 0', () => {
    expect(pointsBound('120')).toBe(120);
    expect(pointsBound(12.7)).toBe(12);
    expect(pointsBound('-1')).toBeNull();
    expect(pointsBound('')).toBeNull();
    expect(pointsBound(null)).toBeNull();
  });

  it('names the gift an also-chose reason refers to, in the active language', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(WELFARE_I18N);
    i18n.use('en');
    expect(
      reasonText(
        { code: 'also-chose', params: { productId: 'p1' } },
        { p1: { name: '粽子礼盒', nameEn: 'Zongzi box' } },
        i18n,
      ),
    ).toBe('Others who chose “Zongzi box” also chose this');
    expect(reasonText({ code: 'also-chose', params: { productId: 'p9' } }, {}, i18n)).toBe(
      'Colleagues with similar choices also chose this',
    );
    expect(reasonText({ code: 'new-in-campaign', params: {} }, {}, i18n)).toBe('New this campaign');
  });
});
