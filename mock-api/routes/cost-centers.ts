// GET /api/me/cost-centers (what the caller may charge) and PUT /api/users/:id/cost-centers (admin grants)
// (mock-api/openapi.yaml).
import { grantCostCentersCommandSchema } from '../../src/domain/schemas.ts';
import { chargeableCostCenters, grantCostCenters } from '../services/cost-centers.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, sendList } from '../lib/http.ts';

export const registerCostCenterAccess: RouteModule = (app, ctx) => {
  app.get(
    '/api/me/cost-centers',
    ctx.auth.authenticate,
    handler((req, res) => {
      const items = chargeableCostCenters(ctx.store.reader, callerOf(req));
      sendList(res, { items, total: items.length });
    }),
  );
  app.put(
    '/api/users/:id/cost-centers',
    ctx.auth.authenticate,
    requireRole('admin'),
    command(ctx, {
      schema: grantCostCentersCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        grantCostCenters(tx, caller, params['id'], body.grantedCostCenterIds, now),
    }),
  );
};
