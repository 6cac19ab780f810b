// GET /api/companies/current — the caller's company with its settings (approval thresholds, point value).
// (GET /api/companies and /api/companies/:id are served by routes/generic.ts, tenancy-filtered.)
import type { Company } from '../../src/domain/index.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { fail, handler } from '../lib/http.ts';

export const registerCompanies: RouteModule = (app, ctx) => {
  app.get(
    '/api/companies/current',
    ctx.auth.authenticate,
    handler((req, res) => {
      const company = ctx.store.get<Company>('companies', callerOf(req).companyId);
      if (!company) fail('NOT_FOUND', 'Your company was not found.');
      res.json(company);
    }),
  );
};
