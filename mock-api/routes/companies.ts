// /api/companies/current (any role reads) and its settings (admin changes) (mock-api/openapi.yaml).
import { companySettingsPatchSchema } from '../../src/domain/schemas.ts';
import { currentCompany, patchCompanySettings } from '../services/settings-service.ts';
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
};
