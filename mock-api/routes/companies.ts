// /api/companies/current (any role reads), its settings and invoice details (admin changes) (mock-api/openapi.yaml).
import {
  companyInvoiceCommandSchema,
  companySettingsPatchSchema,
} from '../../src/domain/schemas.ts';
import {
  currentCompany,
  patchCompanySettings,
  updateCompanyInvoice,
} from '../services/settings-service.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerCompanies: RouteModule = (app, ctx) => {
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
};
