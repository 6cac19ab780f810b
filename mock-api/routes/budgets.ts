// /api/budgets (ledger, movements, usage) and /api/budget-requests (mock-api/openapi.yaml).
import { budgetRequestCommandSchema } from '../../src/domain/schemas.ts';
import {
  budgetMovements,
  budgetUsage,
  createBudgetRequestFor,
  getBudget,
  getBudgetRequest,
  ledgerMovements,
  listBudgetRequests,
  listBudgets,
} from '../services/budget-service.ts';
import type { Query } from '../services/tx.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, sendList } from '../lib/http.ts';

export const registerBudgets: RouteModule = (app, ctx) => {
  const auth = [ctx.auth.authenticate, requireRole('buyer', 'hr', 'admin')];
  const q = (req: { query: unknown }) => req.query as Query;

  app.get(
    '/api/budgets',
    ...auth,
    handler((req, res) => sendList(res, listBudgets(ctx.store.reader, callerOf(req), q(req)))),
  );
  app.get(
    '/api/budgets/usage',
    ...auth,
    handler((req, res) => res.json(budgetUsage(ctx.store.reader, callerOf(req), q(req)))),
  );
  app.get(
    '/api/budgets/movements',
    ...auth,
    handler((req, res) => sendList(res, ledgerMovements(ctx.store.reader, callerOf(req), q(req)))),
  );
  app.get(
    '/api/budgets/:id',
    ...auth,
    handler((req, res) =>
      res.json(getBudget(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.get(
    '/api/budgets/:id/movements',
    ...auth,
    handler((req, res) =>
      sendList(
        res,
        budgetMovements(ctx.store.reader, callerOf(req), String(req.params['id']), q(req)),
      ),
    ),
  );

  app.get(
    '/api/budget-requests',
    ...auth,
    handler((req, res) =>
      sendList(res, listBudgetRequests(ctx.store.reader, callerOf(req), q(req))),
    ),
  );
  app.get(
    '/api/budget-requests/:id',
    ...auth,
    handler((req, res) =>
      res.json(getBudgetRequest(ctx.store.reader, callerOf(req), String(req.params['id']))),
    ),
  );
  app.post(
    '/api/budget-requests',
    ...auth,
    command(ctx, {
      schema: budgetRequestCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createBudgetRequestFor(tx, caller, body, now),
    }),
  );
};
