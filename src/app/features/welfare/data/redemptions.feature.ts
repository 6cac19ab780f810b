import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import {
  MyGiftPageActions,
  MyGiftsPageActions,
  RedemptionsApiActions,
  WelfareCartApiActions,
} from './welfare.actions';
import type { Redemption } from './welfare.model';

/** My gifts: the list and one redemption with its timeline and actions. */
export interface RedemptionsState {
  items: Redemption[];
  total: number;
  pageIndex: number;
  pageSize: number;
  loading: boolean;
  error: ApiError | null;
  detailId: string | null;
  detail: Redemption | null;
  detailLoading: boolean;
  detailError: ApiError | null;
  /** The action in flight on the detail (pay, cancel, confirm). */
  acting: boolean;
  actionError: ApiError | null;
  lastAction: 'pay' | 'cancel' | 'confirm' | null;
}

export const initialRedemptionsState: RedemptionsState = {
  items: [],
  total: 0,
  pageIndex: 0,
  pageSize: 10,
  loading: false,
  error: null,
  detailId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
  acting: false,
  actionError: null,
  lastAction: null,
};

function replace(items: Redemption[], r: Redemption): Redemption[] {
  return items.map((i) => (i.id === r.id ? r : i));
}

export const redemptionsFeature = createFeature({
  name: 'welfareRedemptions',
  reducer: createReducer(
    initialRedemptionsState,
    on(MyGiftsPageActions.opened, (s, { pageIndex, pageSize }): RedemptionsState => ({
      ...s,
      pageIndex,
      pageSize,
      loading: true,
      error: null,
    })),
    on(RedemptionsApiActions.listLoaded, (s, { page }): RedemptionsState => ({
      ...s,
      items: page.items,
      total: page.total,
      loading: false,
    })),
    on(RedemptionsApiActions.listFailed, (s, { error }): RedemptionsState => ({
      ...s,
      loading: false,
      error,
    })),
    on(MyGiftPageActions.opened, (s, { id }): RedemptionsState => ({
      ...s,
      detailId: id,
      detail: s.detail?.id === id ? s.detail : (s.items.find((i) => i.id === id) ?? null),
      detailLoading: true,
      detailError: null,
      actionError: null,
      lastAction: null,
    })),
    // The checkout's answer is the detail the next page shows, without a flash of loading.
    on(WelfareCartApiActions.redemptionPlaced, (s, { redemption }): RedemptionsState => ({
      ...s,
      detailId: redemption.id,
      detail: redemption,
    })),
    on(RedemptionsApiActions.loaded, (s, { redemption }): RedemptionsState =>
      s.detailId === redemption.id
        ? { ...s, detail: redemption, detailLoading: false, items: replace(s.items, redemption) }
        : { ...s, items: replace(s.items, redemption) },
    ),
    on(RedemptionsApiActions.failed, (s, { id, error }): RedemptionsState =>
      s.detailId === id ? { ...s, detailLoading: false, detailError: error } : s,
    ),
    on(
      MyGiftPageActions.payRequested,
      MyGiftPageActions.cancelRequested,
      MyGiftPageActions.confirmRequested,
      (s): RedemptionsState => ({ ...s, acting: true, actionError: null, lastAction: null }),
    ),
    on(RedemptionsApiActions.updated, (s, { redemption, action }): RedemptionsState => ({
      ...s,
      acting: false,
      lastAction: action,
      detail: s.detailId === redemption.id ? redemption : s.detail,
      items: replace(s.items, redemption),
    })),
    on(RedemptionsApiActions.actionFailed, (s, { error }): RedemptionsState => ({
      ...s,
      acting: false,
      actionError: error,
    })),
  ),
});
