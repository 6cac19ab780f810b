import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../../core/http/api-error';
import { CartApiActions } from './cart.actions';
import { CheckoutApiActions, CheckoutPageActions, OrderPreviewActions } from './checkout.actions';
import type { DeliveryAddress, OrderPreview } from './procurement.model';

export interface CheckoutState {
  /** The chosen cost center (the names are ReferenceData's). */
  costCenterId: string | null;
  /** What the buyer typed, kept across errors, navigation and language switches. */
  address: DeliveryAddress;
  note: string;
  /** The order's need-by date ('YYYY-MM-DD'), '' for none. */
  needBy: string;
  /** Lines' own need-by dates by product, where they differ from the order's. */
  lineNeedBy: Record<string, string>;
  preview: OrderPreview | null;
  previewLoading: boolean;
  previewError: ApiError | null;
  /** The key of the submission not yet confirmed, and the body it was made for. */
  idempotencyKey: string | null;
  keyBody: string | null;
  submitting: boolean;
  submitError: ApiError | null;
  placedOrderId: string | null;
}

export const EMPTY_ADDRESS: DeliveryAddress = { recipient: '', phone: '', address: '' };

export const initialCheckoutState: CheckoutState = {
  costCenterId: null,
  address: EMPTY_ADDRESS,
  note: '',
  needBy: '',
  lineNeedBy: {},
  preview: null,
  previewLoading: false,
  previewError: null,
  idempotencyKey: null,
  keyBody: null,
  submitting: false,
  submitError: null,
  placedOrderId: null,
};

/** A stable text of a command body, to tell a retry of the same order from a changed one. */
export function bodyKey(command: unknown): string {
  return JSON.stringify(command);
}

export const checkoutFeature = createFeature({
  name: 'procurementCheckout',
  reducer: createReducer(
    initialCheckoutState,
    on(CheckoutPageActions.opened, (s): CheckoutState => ({
      ...s,
      submitError: null,
      placedOrderId: null,
    })),
    // the buyer's own choice wins over the default
    on(CheckoutApiActions.defaultCostCenterKnown, (s, { costCenterId }): CheckoutState => ({
      ...s,
      costCenterId: s.costCenterId ?? costCenterId,
    })),
    on(CheckoutPageActions.costCenterChosen, (s, { costCenterId }): CheckoutState => ({
      ...s,
      costCenterId,
      submitError: null,
    })),
    on(CheckoutPageActions.addressChanged, (s, { address, note }): CheckoutState => ({
      ...s,
      address,
      note,
    })),
    on(CheckoutPageActions.needByChanged, (s, { needBy }): CheckoutState => ({ ...s, needBy })),
    on(CheckoutPageActions.lineNeedByChanged, (s, { productId, needBy }): CheckoutState => {
      const lineNeedBy = { ...s.lineNeedBy };
      if (needBy) lineNeedBy[productId] = needBy;
      else delete lineNeedBy[productId];
      return { ...s, lineNeedBy };
    }),
    on(
      CheckoutPageActions.previewRequested,
      OrderPreviewActions.inputsChanged,
      (s): CheckoutState => ({ ...s, previewLoading: true, previewError: null }),
    ),
    on(CheckoutApiActions.previewLoaded, (s, { preview, costCenterId }): CheckoutState =>
      costCenterId === s.costCenterId
        ? { ...s, preview, previewLoading: false, previewError: null }
        : s,
    ),
    on(CheckoutApiActions.previewFailed, (s, { error }): CheckoutState => ({
      ...s,
      preview: null,
      previewLoading: false,
      previewError: error,
    })),
    // One key per checkout: a retry of the same body (double click, network error) reuses it; a changed
    // body (other lines, cost center or address) gets a new one, since the server would refuse the old key.
    on(CheckoutPageActions.submitted, (s, { command, newKey }): CheckoutState => {
      const body = bodyKey(command);
      const reuse = s.idempotencyKey !== null && s.keyBody === body;
      return {
        ...s,
        submitting: true,
        submitError: null,
        idempotencyKey: reuse ? s.idempotencyKey : newKey,
        keyBody: body,
      };
    }),
    on(CheckoutApiActions.orderPlaced, (s, { order }): CheckoutState => ({
      ...s,
      submitting: false,
      idempotencyKey: null,
      keyBody: null,
      placedOrderId: order.id,
      preview: null,
      note: '',
      needBy: '',
      lineNeedBy: {},
    })),
    on(CheckoutApiActions.placeFailed, (s, { error }): CheckoutState => ({
      ...s,
      submitting: false,
      submitError: error,
      // The server answered "no" and stored nothing: the next attempt may be a new request.
      ...(error.status >= 400 && error.status < 500 && error.code !== 'RATE_LIMITED'
        ? { idempotencyKey: null, keyBody: null }
        : {}),
    })),
    on(CartApiActions.saved, CartApiActions.linesAdded, (s): CheckoutState => ({
      ...s,
      submitError: null,
    })),
  ),
  extraSelectors: ({ selectPreview, selectSubmitError }) => ({
    /** Why the order cannot be submitted for budget reasons, or null. */
    selectOverBudget: createSelector(selectPreview, selectSubmitError, (p, err) => {
      if (err?.code === 'BUDGET_EXCEEDED')
        return {
          budgetId: p?.budget?.budgetId ?? null,
          deltaFen: p?.budget ? Math.max(1, -p.budget.availableAfterFen) : null,
        };
      if (p && !p.fitsBudget)
        return {
          budgetId: p.budget?.budgetId ?? null,
          deltaFen: p.budget ? Math.max(1, -p.budget.availableAfterFen) : null,
        };
      return null;
    }),
  }),
});
