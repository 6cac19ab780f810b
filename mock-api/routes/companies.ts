// /api/companies/current (any role reads), its settings, invoice details and approval rules (admin changes)
// (mock-api/openapi.yaml).
import {
  approvalRulesCommandSchema,
  companyInvoiceCommandSchema,
  companySettingsPatchSchema,
} from '../../src/domain/schemas.ts';
import {
  currentCompany,
  patchCompanySettings,
  updateCompanyInvoice,
} from '../services/settings-service.ts';
import { getApprovalRules, replaceApprovalRules } from '../services/approval-rules.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerCompanies: RouteModule = (app, ctx) => {
  const categoryNames = new Map(ctx.catalog.categories.map((c) => [c.id, c.name]));
  app.get(
    '/api/companies/current',
    ctx.auth.authenticate,
    handler((req, res) => res.json(currentCompany(ctx.store.reader, callerOf(req)))),
  );
  app.patch(
    '/api/companies/current/settings',
    ctx.auth.authenticate,
    requireRole('admin'),
    command(ctx, {
      schema: companySettingsPatchSchema,
      run: ({ tx, caller, body, now }) => patchCompanySettings(tx, caller, body, now),
    }),
  );
  app.put(
    '/api/companies/current/invoice',
    ctx.auth.authenticate,
    requireRole('admin'),
    command(ctx, {
      schema: companyInvoiceCommandSchema,
      run: ({ tx, caller, body, now }) => updateCompanyInvoice(tx, caller, body, now),
    }),
  );
  app.get(
    '/api/companies/current/approval-rules',
    ctx.auth.authenticate,
    requireRole('admin', 'hr'),
    handler((req, res) => res.json(getApprovalRules(ctx.store.reader, callerOf(req)))),
  );
  app.put(
    '/api/companies/current/approval-rules',
    ctx.auth.authenticate,
    requireRole('admin'),
    command(ctx, {
      schema: approvalRulesCommandSchema,
      run: ({ tx, caller, body, now }) =>
        replaceApprovalRules(tx, caller, body, categoryNames, now),
    }),
  );
};
