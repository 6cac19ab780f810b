import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { RedemptionCommand } from '../../../../domain/schemas.ts';
import type { ApiError } from '../../../core/http/api-error';
import type { PageOf } from '../../../core/http/paging';
import type { Campaign } from './campaign.model';
import type {
  Category,
  GiftQuery,
  PointsLedgerEntry,
  PaymentMethod,
  PointsBalance,
  PointsLot,
  Product,
  Recommendation,
  Redemption,
  WelfareCart,
  WelfareGift,
} from './welfare.model';

export const WelfareLayoutActions = createActionGroup({
  source: 'Welfare Layout',
  events: {
    /** The module opened: the cart's count in its navigation is needed. */
    Opened: emptyProps(),
  },
});

// ---- the gift store and the wallet (slice `welfareStore`) ----

export const GiftStorePageActions = createActionGroup({
  source: 'Gift Store Page',
  events: {
    /** The URL's query changed (first visit, a filter, a page, back/forward). */
    'Query Changed': props<{ query: GiftQuery }>(),
    'Retry Requested': emptyProps(),
  },
});

export const WalletPageActions = createActionGroup({
  source: 'Wallet Page',
  events: {
    Opened: emptyProps(),
    'Ledger Page Changed': props<{ pageIndex: number; pageSize: number }>(),
  },
});

export const GiftPageActions = createActionGroup({
  source: 'Gift Page',
  events: {
    Opened: props<{ id: string }>(),
    'Add To Cart Requested': props<{ productId: string; qty: number }>(),
  },
});

export const PointsApiActions = createActionGroup({
  source: 'Points API',
  events: {
    'Account Loaded': props<{ account: PointsBalance }>(),
    'Account Failed': props<{ error: ApiError }>(),
    'Ledger Loaded': props<{ page: PageOf<PointsLedgerEntry> }>(),
    'Ledger Failed': props<{ error: ApiError }>(),
    'Lots Loaded': props<{ lots: PointsLot[] }>(),
    'Lots Failed': props<{ error: ApiError }>(),
  },
});

export const GiftsApiActions = createActionGroup({
  source: 'Gifts API',
  events: {
    'Search Succeeded': props<{ page: PageOf<WelfareGift> }>(),
    'Search Failed': props<{ error: ApiError }>(),
    /** `names`: the gifts that `also-chose` reasons name, by product id. */
    'Recommendations Loaded': props<{
      items: Recommendation[];
      names: Record<string, { name: string; nameEn: string }>;
    }>(),
    'Recommendations Failed': props<{ error: ApiError }>(),
    'Categories Loaded': props<{ categories: Category[] }>(),
    'Categories Failed': props<{ error: ApiError }>(),
    /** The caller's current campaign (null: none), whose gifts the list puts first. */
    'Current Campaign Loaded': props<{ campaign: Campaign | null }>(),
    'Current Campaign Failed': props<{ error: ApiError }>(),
    'Gift Loaded': props<{ product: Product }>(),
    'Gift Failed': props<{ id: string; error: ApiError }>(),
  },
});

// ---- the welfare cart and checkout (slice `welfareCart`) ----

export const WelfareCartPageActions = createActionGroup({
  source: 'Welfare Cart Page',
  events: {
    Opened: emptyProps(),
    'Qty Changed': props<{ productId: string; qty: number }>(),
    'Line Removed': props<{ productId: string }>(),
  },
});

export const WelfareCheckoutPageActions = createActionGroup({
  source: 'Welfare Checkout Page',
  events: {
    Opened: emptyProps(),
    /** `newKey` is used when no earlier attempt of this redemption holds a key (retries reuse theirs). */
    Submitted: props<{ command: RedemptionCommand; newKey: string }>(),
  },
});

export const WelfareCartApiActions = createActionGroup({
  source: 'Welfare Cart API',
  events: {
    'Cart Loaded': props<{ cart: WelfareCart }>(),
    'Cart Failed': props<{ error: ApiError }>(),
    'Cart Saved': props<{ cart: WelfareCart }>(),
    'Cart Save Failed': props<{ error: ApiError }>(),
    'Redemption Placed': props<{ redemption: Redemption }>(),
    'Redemption Failed': props<{ error: ApiError }>(),
  },
});

// ---- my gifts (slice `welfareRedemptions`) ----

export const MyGiftsPageActions = createActionGroup({
  source: 'My Gifts Page',
  events: {
    Opened: props<{ pageIndex: number; pageSize: number }>(),
  },
});

export const MyGiftPageActions = createActionGroup({
  source: 'My Gift Page',
  events: {
    Opened: props<{ id: string }>(),
    'Pay Requested': props<{ id: string; method: PaymentMethod }>(),
    'Cancel Requested': props<{ id: string }>(),
    'Confirm Requested': props<{ id: string }>(),
  },
});

export const RedemptionsApiActions = createActionGroup({
  source: 'Redemptions API',
  events: {
    'List Loaded': props<{ page: PageOf<Redemption> }>(),
    'List Failed': props<{ error: ApiError }>(),
    Loaded: props<{ redemption: Redemption }>(),
    Failed: props<{ id: string; error: ApiError }>(),
    /** A pay, cancel or confirm went through. */
    Updated: props<{ redemption: Redemption; action: 'pay' | 'cancel' | 'confirm' }>(),
    'Action Failed': props<{ id: string; error: ApiError }>(),
  },
});
