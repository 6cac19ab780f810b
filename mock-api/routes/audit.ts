// /api/audit-log — what admins changed in the company's set-up, as a list and as CSV (admin;
// mock-api/openapi.yaml, tag organisation).
import { auditCsv, listAudit } from '../services/audit.ts';
import type { Query } from '../services/tx.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, sendList } from '../lib/http.ts';

export const registerAudit: RouteModule = (app, ctx) => {
  const admin = [ctx.auth.authenticate, requireRole('admin')];
  app.get(
    '/api/audit-log',
    ...admin,
    handler((req, res) =>
      sendList(res, listAudit(ctx.store.reader, callerOf(req), req.query as Query)),
    ),
  );
  app.get(
    '/api/audit-log/csv',
    ...admin,
    handler((req, res) => {
      const r = auditCsv(ctx.store.reader, callerOf(req), req.query as Query);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${r.filename}"`);
      res.send(r.csv);
    }),
  );
};
