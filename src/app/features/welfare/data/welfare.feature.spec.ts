import type { ApiError } from '../../../core/http/api-error';
import { giftStoreFeature, initialGiftStoreState } from './gift-store.feature';
import { initialRedemptionsState, redemptionsFeature } from './redemptions.feature';
import { campaign, gift, redemption, welfareCart } from './test-data.spec-util';
import {
  GiftPageActions,
  GiftStorePageActions,
  GiftsApiActions,
  MyGiftPageActions,
  PointsApiActions,
  RedemptionsApiActions,
  WelfareCartApiActions,
  WelfareCheckoutPageActions,
  WelfareLayoutActions,
} from './welfare.actions';
import { initialWelfareCartState, welfareCartFeature } from './welfare-cart.feature';
import { DEFAULT_GIFT_QUERY } from './welfare.model';

const network: ApiError = { status: 0, code: 'NETWORK', detail: '' };
const insufficient: ApiError = { status: 422, code: 'INSUFFICIENT_POINTS', detail: 'x' };
const command = {
  lines: [{ productId: 'p1', qty: 1 }],
  pointsToUse: 300,
  deliveryAddress: { recipient: 'a', phone: '12345', address: 'b' },
};

describe('welfareStore feature', () => {
  const reduce = giftStoreFeature.reducer;

  it("splits the page into the current campaign's gifts and the others; asks again on entering e福礼", () => {
    const c = campaign('WC9');
    let s = reduce(initialGiftStoreState, GiftsApiActions.currentCampaignLoaded({ campaign: c }));
    s = reduce(
      s,
      GiftsApiActions.searchSucceeded({
        page: { items: [gift('p2', 100, { inCampaign: true }), gift('p1')], total: 2 },
      }),
    );
    const sections = giftStoreFeature.selectGiftSections.projector(s.gifts, s.campaign);
    expect(sections.campaign?.id).toBe('WC9');
    expect(sections.inCampaign.map((g) => g.id)).toEqual(['p2']);
    expect(sections.others.map((g) => g.id)).toEqual(['p1']);
    // No campaign gift on this page (a filter left them out): one plain list.
    const plain = giftStoreFeature.selectGiftSections.projector([gift('p1')], c);
    expect(plain).toEqual({ campaign: null, inCampaign: [], others: [gift('p1')] });
    expect(s.campaignLoaded).toBeTrue();
    s = reduce(s, WelfareLayoutActions.opened());
    expect(s.campaignLoaded).toBeFalse();
    s = reduce(s, GiftsApiActions.currentCampaignFailed({ error: network }));
    expect(s.campaign).toBeNull();
  });

  it('keeps the gifts shown while a new query loads, and under a failed search', () => {
    let s = reduce(
      initialGiftStoreState,
      GiftsApiActions.searchSucceeded({ page: { items: [gift('p1')], total: 1 } }),
    );
    s = reduce(
      s,
      GiftStorePageActions.queryChanged({ query: { ...DEFAULT_GIFT_QUERY, withinBalance: true } }),
    );
    expect(s.loading).toBeTrue();
    expect(s.query.withinBalance).toBeTrue();
    expect(s.gifts.map((g) => g.id)).toEqual(['p1']);
    s = reduce(s, GiftsApiActions.searchFailed({ error: network }));
    expect(s.loading).toBeFalse();
    expect(s.error).toEqual(network);
    expect(s.gifts.length).toBe(1);
  });

  it('sums the points expiring within 30 days and gives the soonest date', () => {
    const s = reduce(
      initialGiftStoreState,
      PointsApiActions.accountLoaded({
        account: {
          balance: 900,
          expiringSoon: [
            { points: 300, expiresAt: '2026-07-05T15:59:59.000Z' },
            { points: 100, expiresAt: '2026-07-20T15:59:59.000Z' },
          ],
        },
      }),
    );
    const state = { welfareStore: s };
    expect(giftStoreFeature.selectBalance(state)).toBe(900);
    expect(giftStoreFeature.selectExpiring(state)).toEqual({
      points: 400,
      firstAt: '2026-07-05T15:59:59.000Z',
    });
    const none = reduce(
      s,
      PointsApiActions.accountLoaded({ account: { balance: 0, expiringSoon: [] } }),
    );
    expect(giftStoreFeature.selectExpiring({ welfareStore: none })).toBeNull();
  });

  it('ignores an answer for a gift the page has left', () => {
    let s = reduce(initialGiftStoreState, GiftPageActions.opened({ id: 'p2' }));
    s = reduce(s, GiftsApiActions.giftLoaded({ product: gift('p1') }));
    expect(s.detail).toBeNull();
    expect(s.detailLoading).toBeTrue();
    s = reduce(s, GiftsApiActions.giftLoaded({ product: gift('p2') }));
    expect(s.detail?.id).toBe('p2');
    expect(s.detailLoading).toBeFalse();
  });

  it('offers the top-level categories in the filter', () => {
    const s = reduce(
      initialGiftStoreState,
      GiftsApiActions.categoriesLoaded({
        categories: [
          { id: 'cat-FD', name: '食品饮料', nameEn: 'Food', parentId: null },
          { id: 'cat-FD03', name: '礼盒', nameEn: 'Gift boxes', parentId: 'cat-FD' },
        ],
      }),
    );
    expect(s.categoriesLoaded).toBeTrue();
    expect(s.categories.map((c) => c.id)).toEqual(['cat-FD']);
  });

  it('shows the category filter while its categories load, and not when there are none', () => {
    const shown = (s: typeof initialGiftStoreState) =>
      giftStoreFeature.selectCategoryFilterShown.projector(
        s.categories,
        s.categoriesLoaded,
        s.categoriesFailed,
      );
    expect(shown(initialGiftStoreState)).toBeTrue();
    const failed = reduce(
      initialGiftStoreState,
      GiftsApiActions.categoriesFailed({ error: network }),
    );
    expect(shown(failed)).toBeFalse();
    expect(shown(reduce(failed, GiftsApiActions.categoriesLoaded({ categories: [] })))).toBeFalse();
    const some = reduce(
      failed,
      GiftsApiActions.categoriesLoaded({
        categories: [{ id: 'cat-FD', name: '食品饮料', nameEn: 'Food', parentId: null }],
      }),
    );
    expect(shown(some)).toBeTrue();
    expect(some.categoriesFailed).toBeFalse();
  });

  it('keeps the names the recommendations refer to', () => {
    const s = reduce(
      initialGiftStoreState,
      GiftsApiActions.recommendationsLoaded({
        items: [
          { product: gift('p2'), reason: { code: 'also-chose', params: { productId: 'p1' } } },
        ],
        names: { p1: { name: '粽子', nameEn: 'Zongzi' } },
      }),
    );
    expect(s.recommendationsLoaded).toBeTrue();
    expect(s.reasonNames['p1'].nameEn).toBe('Zongzi');
  });
});

describe('welfareCart feature', () => {
  const reduce = welfareCartFeature.reducer;

  it('keeps one idempotency key across retries after a network failure', () => {
    let s = reduce(
      initialWelfareCartState,
      WelfareCheckoutPageActions.submitted({ command, newKey: 'k1' }),
    );
    expect(s.idempotencyKey).toBe('k1');
    expect(s.placing).toBeTrue();
    s = reduce(s, WelfareCartApiActions.redemptionFailed({ error: network }));
    expect(s.idempotencyKey).toBe('k1');
    s = reduce(s, WelfareCheckoutPageActions.submitted({ command, newKey: 'k2' }));
    expect(s.idempotencyKey).toBe('k1');
  });

  it('drops the key after a refusal (INSUFFICIENT_POINTS) and after a success', () => {
    let s = reduce(
      initialWelfareCartState,
      WelfareCheckoutPageActions.submitted({ command, newKey: 'k1' }),
    );
    s = reduce(s, WelfareCartApiActions.redemptionFailed({ error: insufficient }));
    expect(s.idempotencyKey).toBeNull();
    expect(s.placeError?.code).toBe('INSUFFICIENT_POINTS');
    s = reduce(s, WelfareCheckoutPageActions.submitted({ command, newKey: 'k2' }));
    expect(s.idempotencyKey).toBe('k2');
    expect(s.placeError).toBeNull();
    s = reduce(s, WelfareCartApiActions.redemptionPlaced({ redemption: redemption('WR1') }));
    expect(s.idempotencyKey).toBeNull();
    expect(s.placed?.id).toBe('WR1');
  });

  it('counts the lines', () => {
    const s = reduce(
      initialWelfareCartState,
      WelfareCartApiActions.cartLoaded({ cart: welfareCart() }),
    );
    expect(welfareCartFeature.selectLineCount({ welfareCart: s })).toBe(1);
  });

  it('remembers the gift just added to the cart', () => {
    let s = reduce(
      initialWelfareCartState,
      WelfareCartApiActions.cartLoaded({ cart: welfareCart() }),
    );
    s = reduce(s, GiftPageActions.addToCartRequested({ productId: 'p9', qty: 1 }));
    expect(s.saving).toBeTrue();
    s = reduce(
      s,
      WelfareCartApiActions.cartSaved({
        cart: welfareCart([
          { product: gift('p1', 300), qty: 1 },
          { product: gift('p9', 50), qty: 1 },
        ]),
      }),
    );
    expect(s.saving).toBeFalse();
    expect(s.lastAdded).toBe('p9');
  });
});

describe('welfareRedemptions feature', () => {
  const reduce = redemptionsFeature.reducer;

  it('shows the placed redemption at once and replaces it after an action', () => {
    let s = reduce(
      initialRedemptionsState,
      WelfareCartApiActions.redemptionPlaced({
        redemption: redemption('WR1', { status: 'placed', cashFen: 5800 }),
      }),
    );
    s = reduce(s, MyGiftPageActions.opened({ id: 'WR1' }));
    expect(s.detail?.status).toBe('placed');
    s = reduce(s, MyGiftPageActions.payRequested({ id: 'WR1', method: 'card' }));
    expect(s.acting).toBeTrue();
    s = reduce(s, RedemptionsApiActions.updated({ redemption: redemption('WR1'), action: 'pay' }));
    expect(s.acting).toBeFalse();
    expect(s.detail?.status).toBe('paid');
    expect(s.lastAction).toBe('pay');
  });

  it('keeps an action failure apart from loading failures', () => {
    let s = reduce(initialRedemptionsState, MyGiftPageActions.opened({ id: 'WR1' }));
    s = reduce(s, RedemptionsApiActions.loaded({ redemption: redemption('WR1') }));
    s = reduce(s, MyGiftPageActions.cancelRequested({ id: 'WR1' }));
    s = reduce(
      s,
      RedemptionsApiActions.actionFailed({
        id: 'WR1',
        error: { status: 409, code: 'NOT_ALLOWED_IN_STATE', detail: '' },
      }),
    );
    expect(s.detail?.id).toBe('WR1');
    expect(s.detailError).toBeNull();
    expect(s.actionError?.code).toBe('NOT_ALLOWED_IN_STATE');
  });
});
