// POST /api/auth/login, POST /api/auth/logout, POST /api/auth/logout-all, GET /api/me (mock-api/openapi.yaml).
import { loginCommandSchema } from '../../src/domain/schemas.ts';
import { RateLimited } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { handler, parseBody } from '../lib/http.ts';
import { clientKey } from '../lib/throttle.ts';
import { problemOf, sendProblem } from '../lib/problem.ts';
import { publicUser } from '../lib/sanitize.ts';
import type { UserRecord } from '../seed/generate.ts';

export const registerAuth: RouteModule = (app, ctx) => {
  app.post(
    '/api/auth/login',
    handler(async (req, res) => {
      const { email, password } = parseBody(loginCommandSchema, req.body ?? {});
      // The peer address of the connection; X-Forwarded-For is not trusted (mock-api/README.md "Login policy").
      const address = clientKey(req.socket.remoteAddress);
      try {
        res.json(await ctx.auth.login(email, password, address));
      } catch (err) {
        if (!(err instanceof RateLimited)) throw err;
        sendProblem(
          res,
          problemOf('RATE_LIMITED', `Too many failed logins; try again in ${err.retryAfterS} s.`),
          { 'Retry-After': String(err.retryAfterS) },
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

  app.post(
    '/api/auth/logout-all',
    ctx.auth.authenticate,
    handler(async (req, res) => {
      await ctx.auth.logoutAll(callerOf(req).id);
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
