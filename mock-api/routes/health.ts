// GET /api/health — public; 200 once the server accepts requests.
import type { RouteModule } from '../lib/context.ts';

export const registerHealth: RouteModule = (app, ctx) => {
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok', time: ctx.nowIso(), products: ctx.catalog.products.length });
  });
};
