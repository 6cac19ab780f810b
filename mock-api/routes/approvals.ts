// GET /api/approvals?status=pending|decided|approved,rejected&subjectType=&requesterId=&amountMin=&amountMax=
// — the caller's company's approval tasks (role hr or admin). Decisions are added by the approvals routes.
import { listApprovals } from '../domain/approval-service.ts';
import type { Query } from '../domain/tx.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, sendList } from '../lib/http.ts';

export const registerApprovals: RouteModule = (app, ctx) => {
  app.get(
    '/api/approvals',
    ctx.auth.authenticate,
    requireRole('hr', 'admin'),
    handler((req, res) => sendList(res, listApprovals(ctx.store.reader, callerOf(req), req.query as Query))),
  );
};
