// Zod schemas of command bodies shared by the app (form validation) and the mock API (400 VALIDATION_FAILED).
// Append new schemas; keep them plain (no Angular). Objects are strict: unknown fields are errors.
import { z } from 'zod';
import { ROLES } from './auth.ts';
import { MAX_LINE_QTY } from './catalog.ts';
import { INVOICE_TYPES, isValidUscc } from './invoice.ts';
import { MAX_ORDER_LINES, isChineseMobile } from './order.ts';
import { MIN_REASON_LENGTH } from './travel-policy.ts';
import {
  AUDIENCE_KINDS,
  GIFT_RANGE_KINDS,
  MAX_AUDIENCE_ROWS,
  OCCASION_CODES,
  MAX_GRANT_EMPLOYEES,
  MAX_GRANT_POINTS,
  MAX_REDEMPTION_LINES,
  MAX_REDEMPTION_QTY,
  PAYMENT_METHODS,
} from './welfare.ts';

/** A calendar date 'YYYY-MM-DD' (China local date) that exists. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'Not a calendar date');

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

/** A mainland mobile number (src/domain/order.ts CN_MOBILE_PATTERN), spaces and dashes between digits allowed. */
export const mobileSchema = z
  .string()
  .trim()
  .max(30)
  .refine(isChineseMobile, 'A mobile number has 11 digits: 1[3-9] then 9 digits');

export const deliveryAddressSchema = z.strictObject({
  recipient: z.string().trim().min(1).max(100),
  phone: mobileSchema,
  address: z.string().trim().min(1).max(500),
});

/** A unified social credit code (统一社会信用代码): 18 characters of GB 32100-2015 with its check character. */
export const usccSchema = z
  .string()
  .length(18)
  .refine(isValidUscc, 'Not a valid unified social credit code (18 characters, check character)');

export const invoiceTitleSchema = z.string().trim().min(1).max(100);

/** The invoice an order asks for; without it the order takes a normal invoice to the company's details. */
export const invoiceDetailsSchema = z.strictObject({
  type: z.enum(INVOICE_TYPES),
  title: invoiceTitleSchema,
  taxNumber: usccSchema,
});

/** A line of an order or order preview: a line input with its own need-by date where it differs. */
export const orderLineCommandSchema = orderLineInputSchema.extend({
  needBy: isoDate.optional(),
});

export const placeOrderCommandSchema = z.strictObject({
  costCenterId: z.string().min(1).max(64),
  lines: z.array(orderLineCommandSchema).min(1).max(MAX_ORDER_LINES),
  deliveryAddress: deliveryAddressSchema,
  note: z.string().max(1000).optional(),
  /** The date the order is needed by (today or later, China local date). */
  needBy: isoDate.optional(),
  invoice: invoiceDetailsSchema.optional(),
});
export type PlaceOrderCommand = z.infer<typeof placeOrderCommandSchema>;

export const orderPreviewCommandSchema = z.strictObject({
  costCenterId: z.string().min(1).max(64),
  lines: z.array(orderLineCommandSchema).min(1).max(MAX_ORDER_LINES),
  needBy: isoDate.optional(),
});
export type OrderPreviewCommand = z.infer<typeof orderPreviewCommandSchema>;

/** PUT /api/companies/current/invoice (admin): the company's invoice title and tax number. */
export const companyInvoiceCommandSchema = z.strictObject({
  title: invoiceTitleSchema,
  taxNumber: usccSchema,
  /** The profile's version as last read (409 VERSION_CONFLICT when it changed since). */
  version: z.number().int().min(0),
});
export type CompanyInvoiceCommand = z.infer<typeof companyInvoiceCommandSchema>;

export const cancelOrderCommandSchema = z.strictObject({
  reason: z.string().max(1000).optional(),
});

/**
 * POST /api/orders/:id/receive: the lines and quantities received now; without `lines` (or without a
 * body) everything still outstanding.
 */
export const receiveOrderCommandSchema = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        productId: z.string().min(1).max(64),
        qty: z.number().int().min(1).max(MAX_LINE_QTY),
      }),
    )
    .min(1)
    .max(MAX_ORDER_LINES)
    .optional(),
  note: z.string().max(500).optional(),
});
export type ReceiveOrderCommand = z.infer<typeof receiveOrderCommandSchema>;

/** POST /api/orders/:id/close-short: why the rest of a partially received order will not come. */
export const closeOrderShortCommandSchema = z.strictObject({
  reason: z.string().min(1).max(500),
});
export type CloseOrderShortCommand = z.infer<typeof closeOrderShortCommandSchema>;

/** PUT /api/cart: the whole cart (may be empty). */
export const cartCommandSchema = z.strictObject({
  lines: z.array(orderLineInputSchema).max(MAX_ORDER_LINES),
});
/** PUT /api/cart/lines/:productId: that line's new quantity (the other lines stay as they are). */
export const cartLineCommandSchema = z.strictObject({
  qty: orderLineInputSchema.shape.qty,
});
/** POST /api/cart/lines: lines to add (same product → quantities summed). */
export const cartAddCommandSchema = z.strictObject({
  lines: orderLinesSchema,
});

/** POST /api/requisition-templates, PUT /api/requisition-templates/{id}: a named list to order again. */
export const requisitionTemplateCommandSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  /** Shared with the owner's department (its buyers see it and order from it; only the owner edits). */
  shared: z.boolean().optional(),
  lines: z
    .array(
      z.strictObject({
        productId: orderLineInputSchema.shape.productId,
        qty: orderLineInputSchema.shape.qty,
      }),
    )
    .min(1)
    .max(MAX_ORDER_LINES),
});
export type RequisitionTemplateCommand = z.infer<typeof requisitionTemplateCommandSchema>;

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

/** POST /api/delegations: the caller (hr) names a colleague to decide in their place, `startDate`..`endDate` (China dates, inclusive). */
export const delegationCommandSchema = z.strictObject({
  delegateId: z.string().min(1).max(64),
  startDate: isoDate,
  endDate: isoDate,
});
export type DelegationCommand = z.infer<typeof delegationCommandSchema>;

const userIds = z.array(z.string().min(1).max(64)).max(100);

/**
 * PUT /api/companies/current/approval-rules (admin), on the version read: lower thresholds per catalog
 * category for orders, and which hr users may decide each level (empty: every hr user).
 */
export const approvalRulesCommandSchema = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        categoryId: z.string().min(1).max(64),
        approvalThresholdFen: z.number().int().min(1),
        secondApprovalThresholdFen: z.number().int().min(1),
      }),
    )
    .max(50),
  pools: z.strictObject({ level1: userIds, level2: userIds }),
  version: z.number().int().min(0),
});
export type ApprovalRulesCommand = z.infer<typeof approvalRulesCommandSchema>;

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

const cityCode = z.string().regex(/^[A-Z]{3}$/, 'A city code of three capital letters');

/** POST /api/travel/estimate: what the policy allows for a journey (typical fares + hotel caps). */
export const tripEstimateCommandSchema = z.strictObject({
  origin: cityCode.optional(),
  destinations: z.array(cityCode).min(1).max(5),
  startDate: isoDate,
  endDate: isoDate,
  travellerIds: z.array(z.string().min(1).max(64)).min(1).max(9).optional(),
});
export type TripEstimateCommand = z.infer<typeof tripEstimateCommandSchema>;

/**
 * POST /api/travel/trips: a trip request. `destination` (one city) or `destinations` (in order);
 * `estimatedFen` defaults to the proposed estimate, `costCenterId` to the first traveller's department's,
 * `travellerIds` to the caller.
 */
export const tripCommandSchema = z.strictObject({
  purpose: z.string().trim().min(2).max(500),
  origin: cityCode.optional(),
  destination: cityCode.optional(),
  destinations: z.array(cityCode).min(1).max(5).optional(),
  startDate: isoDate,
  endDate: isoDate,
  estimatedFen: z.number().int().min(1).max(100_000_000).optional(),
  costCenterId: z.string().min(1).max(64).optional(),
  travellerIds: z.array(z.string().min(1).max(64)).min(1).max(9).optional(),
});
export type TripCommand = z.infer<typeof tripCommandSchema>;

/** POST /api/travel/bookings (idempotent). An out-of-policy offer needs a reason of at least 4 characters. */
export const bookingCommandSchema = z.strictObject({
  tripId: z.string().min(1).max(64),
  offerId: z.string().min(1).max(128),
  travellerId: z.string().min(1).max(64).optional(),
  outOfPolicyReason: z.string().trim().min(MIN_REASON_LENGTH).max(500).optional(),
});
export type BookingCommand = z.infer<typeof bookingCommandSchema>;

/** POST /api/travel/bookings/:id/cancel and /api/travel/trips/:id/close, /cancel: no fields. */
export const emptyTravelCommandSchema = z.strictObject({});

const capFen = z.number().int().min(0).max(10_000_000);

/** The rules of a travel policy (src/domain/travel-policy.ts). */
export const travelPolicyRulesSchema = z.strictObject({
  flightCabin: z.enum(['economy', 'premium', 'business']),
  maxFarePercent: z.number().int().min(10).max(100).nullable(),
  lowestLogicalFare: z
    .strictObject({
      windowMinutes: z.number().int().min(0).max(720),
      toleranceFen: capFen,
      tolerancePercent: z.number().int().min(0).max(100),
    })
    .nullable(),
  trainSeat: z.enum(['second', 'first', 'business']),
  hotelCapFenByTier: z.strictObject({ '1': capFen, '2': capFen, '3': capFen, '4': capFen }),
  advanceBookingDays: z.number().int().min(0).max(60),
});

/** PUT /api/travel/policies/:id (admin): the whole rule set; bookings already made keep their terms. */
export const travelPolicyCommandSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  appliesToRoles: z
    .array(z.enum(['admin', 'hr', 'buyer', 'employee']))
    .min(1)
    .max(4),
  ...travelPolicyRulesSchema.shape,
  version: z.number().int().min(1),
});
export type TravelPolicyCommand = z.infer<typeof travelPolicyCommandSchema>;

/** POST /api/travel/policies/preview (admin): what a sample trip would allow under unsaved rules. */
export const travelPolicyPreviewCommandSchema = z.strictObject({
  policyId: z.string().min(1).max(64).optional(),
  rules: travelPolicyRulesSchema,
  origin: cityCode.optional(),
  destinations: z.array(cityCode).min(1).max(5),
  startDate: isoDate,
  endDate: isoDate,
  travellerIds: z.array(z.string().min(1).max(64)).min(1).max(9).optional(),
});
export type TravelPolicyPreviewCommand = z.infer<typeof travelPolicyPreviewCommandSchema>;

// ---- welfare (e福礼): grants and redemptions ----

/** An ISO 8601 date-time with a time zone (`2027-02-10T15:59:59Z`, `2027-02-10T23:59:59+08:00`). */
const isoDateTime = z
  .string()
  .min(1)
  .max(40)
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    'Must be an ISO 8601 date-time with a time zone',
  );

/** POST /api/welfare/grants: credit `points` to each employee (role hr). */
export const grantCommandSchema = z.strictObject({
  occasion: z.string().trim().min(1).max(100),
  points: z.number().int().min(1).max(MAX_GRANT_POINTS),
  employeeIds: z.array(z.string().min(1).max(64)).min(1).max(MAX_GRANT_EMPLOYEES),
  /** ISO 8601 date-time, in the future (checked by the API). */
  expiresAt: isoDateTime,
  /** The cost center whose welfare budget pays; default: the caller's department's. */
  costCenterId: z.string().min(1).max(64).optional(),
});
export type GrantCommand = z.infer<typeof grantCommandSchema>;

export const redemptionLineInputSchema = z.strictObject({
  productId: z.string().min(1).max(64),
  qty: z.number().int().min(1).max(MAX_REDEMPTION_QTY),
});

/** POST /api/welfare/redemptions (idempotent). */
export const redemptionCommandSchema = z.strictObject({
  lines: z.array(redemptionLineInputSchema).min(1).max(MAX_REDEMPTION_LINES),
  pointsToUse: z.number().int().min(0),
  deliveryAddress: deliveryAddressSchema,
});
export type RedemptionCommand = z.infer<typeof redemptionCommandSchema>;

export const payRedemptionCommandSchema = z.strictObject({
  method: z.enum(PAYMENT_METHODS),
});

export const cancelRedemptionCommandSchema = z.strictObject({
  reason: z.string().max(1000).optional(),
});

export const confirmRedemptionCommandSchema = z.strictObject({});

// ---- welfare campaigns (role hr) ----

const idList = (max: number) => z.array(z.string().min(1).max(64)).min(1).max(max);

/** Who a campaign reaches; `departmentIds` with kind departments, `employees` (employee numbers or emails) with kind list. */
export const campaignAudienceSchema = z
  .strictObject({
    kind: z.enum(AUDIENCE_KINDS),
    departmentIds: idList(100).optional(),
    employees: z.array(z.string().max(254)).min(1).max(MAX_AUDIENCE_ROWS).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'departments' && !a.departmentIds)
      ctx.addIssue({
        code: 'custom',
        path: ['departmentIds'],
        message: 'Required for departments',
      });
    if (a.kind === 'list' && !a.employees)
      ctx.addIssue({ code: 'custom', path: ['employees'], message: 'Required for a list' });
  });

/** Which gifts the campaign's store page shows first; points buy any welfare product. */
export const giftRangeSchema = z
  .strictObject({
    kind: z.enum(GIFT_RANGE_KINDS),
    categoryIds: idList(100).optional(),
    productIds: idList(500).optional(),
  })
  .superRefine((g, ctx) => {
    if (g.kind === 'categories' && !g.categoryIds)
      ctx.addIssue({ code: 'custom', path: ['categoryIds'], message: 'Required for categories' });
    if (g.kind === 'products' && !g.productIds)
      ctx.addIssue({ code: 'custom', path: ['productIds'], message: 'Required for products' });
  });

const campaignFields = {
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  occasion: z.enum(OCCASION_CODES),
  pointsPerEmployee: z.number().int().min(1).max(MAX_GRANT_POINTS),
  audience: campaignAudienceSchema,
  grantDate: isoDate,
  /** Default: 12 months after the grant date. */
  expiresAt: isoDateTime.optional(),
  costCenterId: z.string().min(1).max(64),
  giftRange: giftRangeSchema,
};

/** POST /api/welfare/campaigns: a draft. */
export const campaignCommandSchema = z.strictObject(campaignFields);
export type CampaignCommand = z.infer<typeof campaignCommandSchema>;

/** PATCH /api/welfare/campaigns/{id}: any fields of a draft. */
export const campaignPatchSchema = z.strictObject({
  name: campaignFields.name.optional(),
  nameEn: campaignFields.nameEn.optional(),
  occasion: campaignFields.occasion.optional(),
  pointsPerEmployee: campaignFields.pointsPerEmployee.optional(),
  audience: campaignAudienceSchema.optional(),
  grantDate: isoDate.optional(),
  expiresAt: isoDateTime.optional(),
  costCenterId: campaignFields.costCenterId.optional(),
  giftRange: giftRangeSchema.optional(),
});
export type CampaignPatch = z.infer<typeof campaignPatchSchema>;

/** POST /api/welfare/campaigns/{id}/audience/check: a pasted or uploaded list, one employee number or email per row. */
export const audienceCheckCommandSchema = z.strictObject({
  rows: z.array(z.string().max(254)).min(1).max(MAX_AUDIENCE_ROWS),
});

export const emptyCommandSchema = z.strictObject({});

// ---- welfare cart (every signed-in user, their own) ----

/** PUT /api/welfare/cart: the whole welfare cart (may be empty), separate from the procurement cart. */
export const welfareCartCommandSchema = z.strictObject({
  lines: z.array(redemptionLineInputSchema).max(MAX_REDEMPTION_LINES),
});

/**
 * The address book: POST /api/addresses, PUT /api/addresses/{id} (the caller's own), and the same on
 * /api/companies/current/addresses (admin).
 */
export const savedAddressCommandSchema = z.strictObject({
  label: z.string().trim().max(30).optional(),
  recipient: z.string().trim().min(1).max(100),
  phone: mobileSchema,
  address: z.string().trim().min(1).max(500),
  isDefault: z.boolean().optional(),
});
export type SavedAddressCommand = z.infer<typeof savedAddressCommandSchema>;

// ---- the company's organisation (admin): users, departments, cost centers ----

const personName = z.string().trim().min(1).max(50);
const unitName = z.string().trim().min(1).max(60);
const recordId = z.string().min(1).max(64);
const roleList = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

/** POST /api/users: invite a user (an active account with an initial password shown once). */
export const inviteUserCommandSchema = z.strictObject({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  name: personName,
  nameEn: personName.optional(),
  roles: roleList,
  departmentId: recordId,
});
export type InviteUserCommand = z.infer<typeof inviteUserCommandSchema>;

/** PATCH /api/users/:id: roles, department, names, deactivate (active false) or reactivate. */
export const userPatchSchema = z.strictObject({
  name: personName.optional(),
  nameEn: personName.optional(),
  roles: roleList.optional(),
  departmentId: recordId.optional(),
  active: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;

/** POST /api/departments. */
export const departmentCommandSchema = z.strictObject({
  name: unitName,
  nameEn: unitName,
  costCenterId: recordId,
});
export type DepartmentCommand = z.infer<typeof departmentCommandSchema>;

/** PATCH /api/departments/:id: rename, another cost center, deactivate or reactivate. */
export const departmentPatchSchema = z.strictObject({
  name: unitName.optional(),
  nameEn: unitName.optional(),
  costCenterId: recordId.optional(),
  active: z.boolean().optional(),
});
export type DepartmentPatch = z.infer<typeof departmentPatchSchema>;

const costCenterCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{2,20}$/, '2–20 letters, digits or dashes');

/** POST /api/cost-centers (with an empty budget of each category for the current year). */
export const costCenterCommandSchema = z.strictObject({
  code: costCenterCode,
  name: unitName,
  nameEn: unitName,
});
export type CostCenterCommand = z.infer<typeof costCenterCommandSchema>;

/** PATCH /api/cost-centers/:id: rename, new code, deactivate or reactivate. */
export const costCenterPatchSchema = z.strictObject({
  code: costCenterCode.optional(),
  name: unitName.optional(),
  nameEn: unitName.optional(),
  active: z.boolean().optional(),
});
export type CostCenterPatch = z.infer<typeof costCenterPatchSchema>;
