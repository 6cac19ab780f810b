// Zod schemas of command bodies shared by the app (form validation) and the mock API (400 VALIDATION_FAILED).
// Append new schemas; keep them plain (no Angular). Objects are strict: unknown fields are errors.
import { z } from 'zod';
import { MAX_LINE_QTY } from './catalog.ts';
import { MAX_ORDER_LINES } from './order.ts';

// ---- procurement: cart, order preview, orders (helper "API business") ----

export const orderLineInputSchema = z.strictObject({
  productId: z.string().min(1).max(64),
  qty: z.number().int().min(1).max(MAX_LINE_QTY),
  /** Accepted and ignored: the server prices every line from the product's tiers (contract). */
  unitPriceFen: z.number().optional(),
  /** Accepted and ignored, as unitPriceFen. */
  lineTotalFen: z.number().optional(),
});
export type OrderLineInput = z.infer<typeof orderLineInputSchema>;

export const orderLinesSchema = z.array(orderLineInputSchema).min(1).max(MAX_ORDER_LINES);

export const deliveryAddressSchema = z.strictObject({
  recipient: z.string().trim().min(1).max(100),
  phone: z.string().trim().min(5).max(30),
  address: z.string().trim().min(1).max(500),
});

export const placeOrderCommandSchema = z.strictObject({
  costCenterId: z.string().min(1).max(64),
  lines: orderLinesSchema,
  deliveryAddress: deliveryAddressSchema,
  note: z.string().max(1000).optional(),
});
export type PlaceOrderCommand = z.infer<typeof placeOrderCommandSchema>;

export const orderPreviewCommandSchema = z.strictObject({
  costCenterId: z.string().min(1).max(64),
  lines: orderLinesSchema,
});
export type OrderPreviewCommand = z.infer<typeof orderPreviewCommandSchema>;

export const cancelOrderCommandSchema = z.strictObject({
  reason: z.string().max(1000).optional(),
});

export const receiveOrderCommandSchema = z.strictObject({});

/** PUT /api/cart: the whole cart (may be empty). */
export const cartCommandSchema = z.strictObject({
  lines: z.array(orderLineInputSchema).max(MAX_ORDER_LINES),
});
/** POST /api/cart/lines: lines to add (same product → quantities summed). */
export const cartAddCommandSchema = z.strictObject({
  lines: orderLinesSchema,
});

// ---- budgets & approvals ----

export const budgetRequestCommandSchema = z.strictObject({
  budgetId: z.string().min(1).max(64),
  deltaFen: z.number().int().min(1).max(100_000_000_000),
  reason: z.string().trim().min(1).max(1000),
});
export type BudgetRequestCommand = z.infer<typeof budgetRequestCommandSchema>;

/** `comment` may be empty to approve; a rejection needs a non-blank comment (checked with the refinement). */
export const decisionCommandSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().max(1000).optional(),
    version: z.number().int().min(0),
  })
  .superRefine((cmd, ctx) => {
    if (cmd.decision === 'reject' && (cmd.comment ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'A rejection needs a comment' });
    }
  });

export const companySettingsPatchSchema = z.strictObject({
  approvalThresholdFen: z.number().int().min(1).optional(),
  secondApprovalThresholdFen: z.number().int().min(1).optional(),
  pointValueFen: z.number().int().min(1).optional(),
});
export type CompanySettingsPatch = z.infer<typeof companySettingsPatchSchema>;

// ---- auth (mock API platform) ----

/** POST /api/auth/login. */
export const loginCommandSchema = z.strictObject({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});
export type LoginCommand = z.infer<typeof loginCommandSchema>;

/** POST /api/products/lookup: resolve up to 500 SKU codes at once (quick order, bulk import). */
export const MAX_LOOKUP_SKUS = 500;
export const productLookupCommandSchema = z.strictObject({
  skus: z.array(z.string().trim().min(1).max(64)).min(1).max(MAX_LOOKUP_SKUS),
});

// ---- cost centers and travel (e差旅) ----

/** PUT /api/users/:id/cost-centers: the cost centers an admin grants beyond the user's department's. */
export const grantCostCentersCommandSchema = z.strictObject({
  grantedCostCenterIds: z.array(z.string().min(1).max(64)).max(50),
});
export type GrantCostCentersCommand = z.infer<typeof grantCostCentersCommandSchema>;
