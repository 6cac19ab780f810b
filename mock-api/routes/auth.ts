// POST /api/auth/login, POST /api/auth/logout, GET /api/me (openapi.yaml, tag auth).
import { loginCommandSchema } from '../../src/domain/schemas.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, parseBody } from '../lib/http.ts';
import { problemOf, sendProblem } from '../lib/problem.ts';
import { publicUser } from '../lib/sanitize.ts';
import type { UserRecord } from '../seed/generate.ts';

export const registerAuth: RouteModule = (app, ctx) => {
  app.post(
    '/api/auth/login',
    handler(async (req, res) => {
      const { email, password } = parseBody(loginCommandSchema, req.body ?? {});
      try {
        res.json(await ctx.auth.login(email, password));
      } catch (err) {
        const e = err as { rateLimited?: boolean; retryAfter?: number };
        if (!e.rateLimited) throw err;
        sendProblem(
          res,
          problemOf(
            'RATE_LIMITED',
            `Too many failed logins for this email; try again in ${e.retryAfter} s.`,
          ),
          { 'Retry-After': String(e.retryAfter) },
        );
      }
    }),
  );

  app.post(
    '/api/auth/logout',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      await ctx.auth.logout((req as unknown as { token: string }).token);
      res.status(204).end();
    }),
  );

  app.get(
    '/api/me',
    ctx.auth.authenticate,
    handler((req, res) => {
      const user = ctx.store.get<UserRecord>('users', callerOf(req).id)!;
      res.json(publicUser(user));
    }),
  );
};
