// /api/approvals — the inbox (hr decides, admin reads), the decision screen and decisions (mock-api/openapi.yaml).
import { decisionCommandSchema } from '../../src/domain/schemas.ts';
import { approvalDetail, decideApproval, listApprovals } from '../services/approval-service.ts';
import type { Query } from '../services/tx.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, sendList } from '../lib/http.ts';

export const registerApprovals: RouteModule = (app, ctx) => {
  const readers = [ctx.auth.authenticate, requireRole('hr', 'admin')];

  app.get(
    '/api/approvals',
    ...readers,
    handler((req, res) =>
      sendList(res, listApprovals(ctx.store.reader, callerOf(req), req.query as Query)),
    ),
  );
  app.get(
    '/api/approvals/:id',
    ...readers,
    handler((req, res) =>
      res.json(approvalDetail(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.post(
    '/api/approvals/:id/decision',
    ctx.auth.authenticate,
    requireRole('hr'),
    command(ctx, {
      schema: decisionCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        decideApproval(tx, caller, params['id'], body, now),
    }),
  );
};
