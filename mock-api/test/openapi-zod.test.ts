// The request bodies in openapi.yaml cannot drift from the zod schemas in src/domain/schemas.ts that
// the app's forms and the mock API validate with: each body component must equal zod's own JSON Schema
// of its command (`z.toJSONSchema`), up to annotations (see mock-api/README.md, "The contract").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
import * as schemas from '../../src/domain/schemas.ts';
import { OPENAPI_FILE, type OpenApiNode } from './contract.ts';

/** Every JSON request body of openapi.yaml is one of these components, each checked against its zod schema. */
export const REQUEST_BODIES: Record<string, z.ZodType> = {
  LoginCommand: schemas.loginCommandSchema,
  ProductLookupCommand: schemas.productLookupCommandSchema,
  CartCommand: schemas.cartCommandSchema,
  CartAddCommand: schemas.cartAddCommandSchema,
  CartLineCommand: schemas.cartLineCommandSchema,
  RequisitionTemplateCommand: schemas.requisitionTemplateCommandSchema,
  OrderPreviewCommand: schemas.orderPreviewCommandSchema,
  PlaceOrderCommand: schemas.placeOrderCommandSchema,
  CancelOrderCommand: schemas.cancelOrderCommandSchema,
  ReceiveOrderCommand: schemas.receiveOrderCommandSchema,
  CloseOrderShortCommand: schemas.closeOrderShortCommandSchema,
  BudgetRequestCommand: schemas.budgetRequestCommandSchema,
  DecisionCommand: schemas.decisionCommandSchema,
  DelegationCommand: schemas.delegationCommandSchema,
  ApprovalRulesCommand: schemas.approvalRulesCommandSchema,
  CompanySettingsPatch: schemas.companySettingsPatchSchema,
  CompanyInvoiceCommand: schemas.companyInvoiceCommandSchema,
  // cost-center access and travel (e差旅)
  GrantCostCentersCommand: schemas.grantCostCentersCommandSchema,
  // the company's organisation (admin)
  InviteUserCommand: schemas.inviteUserCommandSchema,
  UserPatch: schemas.userPatchSchema,
  DepartmentCommand: schemas.departmentCommandSchema,
  DepartmentPatch: schemas.departmentPatchSchema,
  CostCenterCommand: schemas.costCenterCommandSchema,
  CostCenterPatch: schemas.costCenterPatchSchema,
  TravelPolicyCommand: schemas.travelPolicyCommandSchema,
  TripEstimateCommand: schemas.tripEstimateCommandSchema,
  TripCommand: schemas.tripCommandSchema,
  BookingCommand: schemas.bookingCommandSchema,
  EmptyTravelCommand: schemas.emptyTravelCommandSchema,
  TravelPolicyPreviewCommand: schemas.travelPolicyPreviewCommandSchema,
  // welfare (e福礼)
  GrantCommand: schemas.grantCommandSchema,
  RedemptionCommand: schemas.redemptionCommandSchema,
  PayRedemptionCommand: schemas.payRedemptionCommandSchema,
  CancelRedemptionCommand: schemas.cancelRedemptionCommandSchema,
  ConfirmRedemptionCommand: schemas.confirmRedemptionCommandSchema,
  CampaignCommand: schemas.campaignCommandSchema,
  CampaignPatch: schemas.campaignPatchSchema,
  AudienceCheckCommand: schemas.audienceCheckCommandSchema,
  EmptyCommand: schemas.emptyCommandSchema,
  WelfareCartCommand: schemas.welfareCartCommandSchema,
  SavedAddressCommand: schemas.savedAddressCommandSchema,
};

const doc = parse(readFileSync(OPENAPI_FILE, 'utf8'));

/** Keywords that only document (JSON Schema 2020-12 treats `format` as an annotation too). */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'example', 'examples', 'format']);
/** zod bounds every `.int()` by the safe-integer range; the document need not say so. */
const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/** A schema with local `$ref`s inlined, annotations dropped and keys sorted, for comparison. */
function normalize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalize);
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  if (typeof s['$ref'] === 'string') {
    const target = s['$ref']
      .slice(2)
      .split('/')
      .reduce<OpenApiNode>((node, key) => node?.[key], doc);
    assert.ok(target, `openapi.yaml: unresolved ${s['$ref']}`);
    return normalize(target);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(s).sort()) {
    const v = s[key];
    if (ANNOTATIONS.has(key)) continue;
    if ((key === 'minimum' || key === 'maximum') && SAFE_INTEGER_BOUNDS.has(v as number)) continue;
    if (key === 'properties' && v && Object.keys(v).length === 0) continue;
    out[key] = key === 'required' ? [...(v as string[])].sort() : normalize(v);
  }
  return out;
}

it('every request body is a component checked against its zod schema', () => {
  const unchecked: string[] = [];
  for (const [path, item] of Object.entries<OpenApiNode>(doc.paths)) {
    for (const [method, op] of Object.entries<OpenApiNode>(item)) {
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      if (!op?.requestBody) continue;
      const name = /^#\/components\/schemas\/(\w+)$/.exec(schema?.$ref ?? '')?.[1];
      if (!name || !(name in REQUEST_BODIES))
        unchecked.push(
          `${op.operationId ?? `${method} ${path}`}: ${schema?.$ref ?? 'inline schema'}`,
        );
    }
  }
  assert.deepEqual(
    unchecked,
    [],
    'request bodies without a zod check (add them to REQUEST_BODIES)',
  );
});

for (const [name, zodSchema] of Object.entries(REQUEST_BODIES)) {
  it(`components.schemas.${name} equals its zod schema`, () => {
    assert.ok(doc.components.schemas[name], `openapi.yaml has no components.schemas.${name}`);
    const fromZod = z.toJSONSchema(zodSchema, {
      target: 'draft-2020-12',
      io: 'input',
      // A refinement (e.g. "a rejection needs a comment") cannot be written in JSON Schema; the
      // document says it in a description.
      unrepresentable: 'any',
    });
    assert.deepEqual(normalize(doc.components.schemas[name]), normalize(fromZod));
  });
}
