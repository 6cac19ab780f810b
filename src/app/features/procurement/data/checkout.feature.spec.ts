import { CheckoutApiActions, CheckoutPageActions } from './checkout.actions';
import {
  checkoutFeature,
  EMPTY_ADDRESS,
  initialCheckoutState,
  type CheckoutState,
} from './checkout.feature';
import type { OrderPreview, PlaceOrderCommand } from './procurement.model';
import { order } from './test-data.spec-util';

const reducer = checkoutFeature.reducer;
const command: PlaceOrderCommand = {
  costCenterId: 'cc1',
  lines: [{ productId: 'p1', qty: 10 }],
  deliveryAddress: { recipient: '张三', phone: '13800000000', address: '上海' },
};

function preview(over: Partial<OrderPreview> = {}): OrderPreview {
  return {
    lines: [],
    totalFen: 600_000,
    tax: { netFen: 530_973, vatFen: 69_027, grossFen: 600_000, byRate: [] },
    warnings: [],
    budget: {
      budgetId: 'b1',
      amountFen: 1_000_000,
      availableFen: 500_000,
      availableAfterFen: -100_000,
    },
    fitsBudget: false,
    approval: { levels: 1, approverRole: 'hr', rule: 'approvalThreshold', thresholdFen: 500_000 },
    ...over,
  };
}

describe('checkout feature', () => {
  it('keeps one idempotency key for retries of the same order', () => {
    let s = reducer(initialCheckoutState, CheckoutPageActions.submitted({ command, newKey: 'k1' }));
    expect(s.idempotencyKey).toBe('k1');
    expect(s.submitting).toBeTrue();
    s = reducer(
      s,
      CheckoutApiActions.placeFailed({ error: { status: 0, code: 'NETWORK', detail: '' } }),
    );
    expect(s.idempotencyKey).toBe('k1');
    s = reducer(s, CheckoutPageActions.submitted({ command, newKey: 'k2' }));
    expect(s.idempotencyKey).toBe('k1');
  });

  it('a changed order gets a new key (the server would refuse the old key with another body)', () => {
    let s = reducer(initialCheckoutState, CheckoutPageActions.submitted({ command, newKey: 'k1' }));
    s = reducer(
      s,
      CheckoutApiActions.placeFailed({ error: { status: 503, code: 'UNKNOWN', detail: '' } }),
    );
    s = reducer(
      s,
      CheckoutPageActions.submitted({
        command: { ...command, lines: [{ productId: 'p1', qty: 20 }] },
        newKey: 'k2',
      }),
    );
    expect(s.idempotencyKey).toBe('k2');
  });

  it('after a refusal (4xx) the next attempt is a new request; after success the key is gone', () => {
    let s = reducer(initialCheckoutState, CheckoutPageActions.submitted({ command, newKey: 'k1' }));
    s = reducer(
      s,
      CheckoutApiActions.placeFailed({
        error: { status: 422, code: 'BUDGET_EXCEEDED', detail: '' },
      }),
    );
    expect(s.idempotencyKey).toBeNull();
    expect(s.submitError?.code).toBe('BUDGET_EXCEEDED');
    s = reducer(s, CheckoutPageActions.submitted({ command, newKey: 'k3' }));
    expect(s.idempotencyKey).toBe('k3');
    s = reducer(s, CheckoutApiActions.orderPlaced({ order: order('PO9') }));
    expect(s.idempotencyKey).toBeNull();
    expect(s.placedOrderId).toBe('PO9');
    expect(s.submitting).toBeFalse();
  });

  it('takes the default cost center, but keeps a choice already made', () => {
    const defaulted = reducer(
      initialCheckoutState,
      CheckoutApiActions.defaultCostCenterKnown({ costCenterId: 'cc2' }),
    );
    expect(defaulted.costCenterId).toBe('cc2');
    const chosen = reducer(
      initialCheckoutState,
      CheckoutPageActions.costCenterChosen({ costCenterId: 'cc1' }),
    );
    expect(
      reducer(chosen, CheckoutApiActions.defaultCostCenterKnown({ costCenterId: 'cc2' }))
        .costCenterId,
    ).toBe('cc1');
  });

  it('ignores a preview answer for a cost center no longer chosen', () => {
    let s = reducer(
      initialCheckoutState,
      CheckoutPageActions.costCenterChosen({ costCenterId: 'cc2' }),
    );
    s = reducer(s, CheckoutApiActions.previewLoaded({ preview: preview(), costCenterId: 'cc1' }));
    expect(s.preview).toBeNull();
  });

  it('over budget: from the preview or a 422, with the budget and the missing amount for the request link', () => {
    const over = checkoutFeature.selectOverBudget.projector(preview(), null);
    expect(over).toEqual({ budgetId: 'b1', deltaFen: 100_000 });
    expect(
      checkoutFeature.selectOverBudget.projector(
        preview({
          fitsBudget: true,
          budget: { budgetId: 'b1', amountFen: 1, availableFen: 1, availableAfterFen: 0 },
        }),
        null,
      ),
    ).toBeNull();
    const s: CheckoutState = {
      ...initialCheckoutState,
      submitError: { status: 422, code: 'BUDGET_EXCEEDED', detail: '' },
    };
    expect(checkoutFeature.selectOverBudget.projector(null, s.submitError)).toEqual({
      budgetId: null,
      deltaFen: null,
    });
  });

  it('keeps the need-by date until the order is placed', () => {
    let s = reducer(
      initialCheckoutState,
      CheckoutPageActions.needByChanged({ needBy: '2026-07-01' }),
    );
    expect(s.needBy).toBe('2026-07-01');
    s = reducer(s, CheckoutPageActions.addressChanged({ address: EMPTY_ADDRESS, note: 'x' }));
    expect(s.needBy).toBe('2026-07-01');
    s = reducer(s, CheckoutPageActions.lineNeedByChanged({ productId: 'a', needBy: '2026-08-01' }));
    s = reducer(s, CheckoutPageActions.lineNeedByChanged({ productId: 'b', needBy: '2026-08-02' }));
    s = reducer(s, CheckoutPageActions.lineNeedByChanged({ productId: 'b', needBy: '' }));
    expect(s.lineNeedBy).toEqual({ a: '2026-08-01' });
    s = reducer(s, CheckoutApiActions.orderPlaced({ order: order('PO1') }));
    expect(s.needBy).toBe('');
    expect(s.lineNeedBy).toEqual({});
  });
});
