// GET /api/budgets — tenancy-filtered (hr/admin: the company's; others: their department's cost center);
// filters costCenterId, category, period; paging/sorting per json-server conventions.
// GET /api/budgets/:id — one budget (404 when not visible).
import { getBudget, listBudgets } from '../domain/approval-service.ts';
import type { Query } from '../domain/tx.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, sendList } from '../lib/http.ts';

export const registerBudgets: RouteModule = (app, ctx) => {
  app.get(
    '/api/budgets',
    ctx.auth.authenticate,
    handler((req, res) => sendList(res, listBudgets(ctx.store.reader, callerOf(req), req.query as Query))),
  );
  app.get(
    '/api/budgets/:id',
    ctx.auth.authenticate,
    handler((req, res) => res.json(getBudget(ctx.store.reader, callerOf(req), req.params['id']!))),
  );
};
