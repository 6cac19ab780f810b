// /api/approvals — the inbox (hr decides, admin reads, a delegate decides for an approver), the decision
// screen and decisions (mock-api/openapi.yaml). Who may decide what: approvalAuthority.
import type { RequestHandler } from 'express';
import { decisionCommandSchema } from '../../src/domain/schemas.ts';
import { activeDelegationsTo } from '../services/delegation-service.ts';
import { DomainError } from '../services/errors.ts';
import { approvalDetail, decideApproval, listApprovals } from '../services/approval-service.ts';
import type { Query } from '../services/tx.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, sendList } from '../lib/http.ts';

export const registerApprovals: RouteModule = (app, ctx) => {
  const readers = [ctx.auth.authenticate];
  // hr, or a delegate while a delegation to them is in force: checked before the body is read.
  const deciders: RequestHandler = (req, _res, next) => {
    const caller = callerOf(req);
    if (
      caller.roles.includes('hr') ||
      activeDelegationsTo(ctx.store.reader, caller.companyId, caller.id, ctx.nowIso()).length
    )
      return next();
    next(new DomainError('FORBIDDEN', 'This needs the role hr or a delegation in force today'));
  };

  app.get(
    '/api/approvals',
    ...readers,
    handler((req, res) =>
      sendList(
        res,
        listApprovals(ctx.store.reader, callerOf(req), req.query as Query, ctx.nowIso()),
      ),
    ),
  );
  app.get(
    '/api/approvals/:id',
    ...readers,
    handler((req, res) =>
      res.json(
        approvalDetail(ctx.store.reader, callerOf(req), String(req.params['id']), ctx.nowIso()),
      ),
    ),
  );
  app.post(
    '/api/approvals/:id/decision',
    ctx.auth.authenticate,
    deciders,
    command(ctx, {
      schema: decisionCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        decideApproval(tx, caller, params['id'], body, now),
    }),
  );
};
