import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import {
  GiftPageActions,
  GiftStorePageActions,
  GiftsApiActions,
  PointsApiActions,
  WalletPageActions,
  WelfareLayoutActions,
} from './welfare.actions';
import {
  DEFAULT_GIFT_QUERY,
  type Category,
  type GiftQuery,
  type PointsLedgerEntry,
  type PointsBalance,
  type PointsLot,
  type Product,
  type Recommendation,
  type WelfareGift,
} from './welfare.model';
import type { Campaign } from './campaign.model';

/** The employee's wallet and the gift store: points, the list, recommendations, one gift. */
export interface GiftStoreState {
  account: PointsBalance | null;
  accountError: ApiError | null;
  ledger: PointsLedgerEntry[];
  ledgerTotal: number;
  ledgerPageIndex: number;
  ledgerPageSize: number;
  ledgerLoading: boolean;
  ledgerError: ApiError | null;
  lots: PointsLot[];
  lotsError: ApiError | null;
  query: GiftQuery;
  gifts: WelfareGift[];
  total: number;
  loading: boolean;
  error: ApiError | null;
  recommendations: Recommendation[];
  /** Top-level categories of the store's filter (loaded once). */
  categories: Category[];
  categoriesLoaded: boolean;
  /** The last attempt failed: the filter is not offered (until the next visit loads them). */
  categoriesFailed: boolean;
  /** The caller's current campaign (the API decides), loaded once per visit of the store. */
  campaign: Campaign | null;
  campaignLoaded: boolean;
  /** Names of the gifts the `also-chose` reasons refer to. */
  reasonNames: Record<string, { name: string; nameEn: string }>;
  recommendationsLoaded: boolean;
  recommendationsError: ApiError | null;
  detailId: string | null;
  detail: Product | null;
  detailLoading: boolean;
  detailError: ApiError | null;
}

export const initialGiftStoreState: GiftStoreState = {
  account: null,
  accountError: null,
  ledger: [],
  ledgerTotal: 0,
  ledgerPageIndex: 0,
  ledgerPageSize: 10,
  ledgerLoading: false,
  ledgerError: null,
  lots: [],
  lotsError: null,
  query: DEFAULT_GIFT_QUERY,
  gifts: [],
  total: 0,
  loading: false,
  error: null,
  recommendations: [],
  categories: [],
  categoriesLoaded: false,
  categoriesFailed: false,
  campaign: null,
  campaignLoaded: false,
  reasonNames: {},
  recommendationsLoaded: false,
  recommendationsError: null,
  detailId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
};

export const giftStoreFeature = createFeature({
  name: 'welfareStore',
  reducer: createReducer(
    initialGiftStoreState,
    on(GiftStorePageActions.queryChanged, (s, { query }): GiftStoreState => ({
      ...s,
      query,
      loading: true,
      error: null,
    })),
    on(GiftStorePageActions.retryRequested, (s): GiftStoreState => ({
      ...s,
      loading: true,
      error: null,
    })),
    on(GiftsApiActions.searchSucceeded, (s, { page }): GiftStoreState => ({
      ...s,
      gifts: page.items,
      total: page.total,
      loading: false,
    })),
    // The previous gifts stay visible under the error.
    on(GiftsApiActions.searchFailed, (s, { error }): GiftStoreState => ({
      ...s,
      loading: false,
      error,
    })),
    on(GiftsApiActions.recommendationsLoaded, (s, { items, names }): GiftStoreState => ({
      ...s,
      recommendations: items,
      reasonNames: names,
      recommendationsLoaded: true,
      recommendationsError: null,
    })),
    on(GiftsApiActions.recommendationsFailed, (s, { error }): GiftStoreState => ({
      ...s,
      recommendationsLoaded: true,
      recommendationsError: error,
    })),
    on(GiftsApiActions.categoriesLoaded, (s, { categories }): GiftStoreState => ({
      ...s,
      categories: categories.filter((c) => c.parentId === null),
      categoriesLoaded: true,
      categoriesFailed: false,
    })),
    // Without categories the filter is simply not offered; the next visit tries again.
    on(GiftsApiActions.categoriesFailed, (s): GiftStoreState => ({
      ...s,
      categories: [],
      categoriesFailed: true,
    })),
    // Entering e福礼 again asks again: a campaign may have been published since.
    on(WelfareLayoutActions.opened, (s): GiftStoreState => ({ ...s, campaignLoaded: false })),
    on(GiftsApiActions.currentCampaignLoaded, (s, { campaign }): GiftStoreState => ({
      ...s,
      campaign,
      campaignLoaded: true,
    })),
    // Without it the list is simply not split; the next visit tries again.
    on(GiftsApiActions.currentCampaignFailed, (s): GiftStoreState => ({
      ...s,
      campaign: null,
      campaignLoaded: false,
    })),
    on(PointsApiActions.accountLoaded, (s, { account }): GiftStoreState => ({
      ...s,
      account,
      accountError: null,
    })),
    on(PointsApiActions.accountFailed, (s, { error }): GiftStoreState => ({
      ...s,
      accountError: error,
    })),
    on(WalletPageActions.opened, (s): GiftStoreState => ({
      ...s,
      ledgerLoading: true,
      ledgerError: null,
    })),
    on(WalletPageActions.ledgerPageChanged, (s, { pageIndex, pageSize }): GiftStoreState => ({
      ...s,
      ledgerPageIndex: pageIndex,
      ledgerPageSize: pageSize,
      ledgerLoading: true,
      ledgerError: null,
    })),
    on(PointsApiActions.ledgerLoaded, (s, { page }): GiftStoreState => ({
      ...s,
      ledger: page.items,
      ledgerTotal: page.total,
      ledgerLoading: false,
    })),
    on(PointsApiActions.ledgerFailed, (s, { error }): GiftStoreState => ({
      ...s,
      ledgerLoading: false,
      ledgerError: error,
    })),
    on(PointsApiActions.lotsLoaded, (s, { lots }): GiftStoreState => ({
      ...s,
      lots,
      lotsError: null,
    })),
    on(PointsApiActions.lotsFailed, (s, { error }): GiftStoreState => ({ ...s, lotsError: error })),
    on(GiftPageActions.opened, (s, { id }): GiftStoreState => ({
      ...s,
      detailId: id,
      detail: s.detail?.id === id ? s.detail : null,
      detailLoading: true,
      detailError: null,
    })),
    on(GiftsApiActions.giftLoaded, (s, { product }): GiftStoreState =>
      s.detailId === product.id ? { ...s, detail: product, detailLoading: false } : s,
    ),
    on(GiftsApiActions.giftFailed, (s, { id, error }): GiftStoreState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
  ),
  extraSelectors: ({
    selectAccount,
    selectGifts,
    selectCampaign,
    selectCategories,
    selectCategoriesLoaded,
    selectCategoriesFailed,
  }) => ({
    /**
     * The category filter is shown while its categories are on their way too (with "all categories"
     * only): it appearing later would wrap the filter row and push the gift grid down.
     */
    selectCategoryFilterShown: createSelector(
      selectCategories,
      selectCategoriesLoaded,
      selectCategoriesFailed,
      (categories, loaded, failed) => categories.length > 0 || (!loaded && !failed),
    ),
    /** The page's gifts in the current campaign's range (the API puts them first) and the others. */
    selectGiftSections: createSelector(selectGifts, selectCampaign, (gifts, campaign) => ({
      campaign: gifts.some((g) => g.inCampaign) ? campaign : null,
      inCampaign: campaign ? gifts.filter((g) => g.inCampaign) : [],
      others: campaign ? gifts.filter((g) => !g.inCampaign) : gifts,
    })),
    selectBalance: createSelector(selectAccount, (a) => a?.balance ?? null),
    /** Points expiring within 30 days, summed, with the soonest date. */
    selectExpiring: createSelector(selectAccount, (a) => {
      const list = a?.expiringSoon ?? [];
      if (!list.length) return null;
      return {
        points: list.reduce((sum, e) => sum + e.points, 0),
        firstAt: list.find((e) => e.expiresAt)?.expiresAt ?? null,
      };
    }),
  }),
});
