// /api/delegations — 代理审批: an hr approver names a colleague to decide in their place for some days, sees
// and ends their delegations; anybody reads those naming them (mock-api/openapi.yaml, tag approvals).
import { delegationCommandSchema, emptyCommandSchema } from '../../src/domain/schemas.ts';
import {
  createDelegation,
  endDelegation,
  listDelegations,
} from '../services/delegation-service.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerDelegations: RouteModule = (app, ctx) => {
  const path = '/api/delegations';
  app.get(
    path,
    ctx.auth.authenticate,
    handler((req, res) => res.json(listDelegations(ctx.store.reader, callerOf(req), ctx.nowIso()))),
  );
  app.post(
    path,
    ctx.auth.authenticate,
    requireRole('hr'),
    command(ctx, {
      schema: delegationCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createDelegation(tx, caller, body, now),
    }),
  );
  app.post(
    `${path}/:id/end`,
    ctx.auth.authenticate,
    requireRole('hr'),
    command(ctx, {
      schema: emptyCommandSchema,
      run: ({ tx, caller, params, now }) => endDelegation(tx, caller, params['id'], now),
    }),
  );
};
