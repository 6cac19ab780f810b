// /api/notifications — outcomes told to the requester (mock-api/openapi.yaml).
import { listNotifications, markNotificationRead } from '../services/notification-service.ts';
import type { Query } from '../services/tx.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler, sendList } from '../lib/http.ts';

export const registerNotifications: RouteModule = (app, ctx) => {
  app.get(
    '/api/notifications',
    ctx.auth.authenticate,
    handler((req, res) =>
      sendList(res, listNotifications(ctx.store.reader, callerOf(req), req.query as Query)),
    ),
  );
  app.post(
    '/api/notifications/:id/read',
    ctx.auth.authenticate,
    command(ctx, {
      status: 204,
      run: ({ tx, caller, params }) => markNotificationRead(tx, caller, params['id']),
    }),
  );
};
