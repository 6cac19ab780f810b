// /api/requisition-templates — 常用清单: a buyer's named lists to order again, shared with their
// department if they like (mock-api/openapi.yaml, tag procurement).
import { requisitionTemplateCommandSchema } from '../../src/domain/schemas.ts';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  replaceTemplate,
  templateDetail,
} from '../services/requisition-templates.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerRequisitionTemplates: RouteModule = (app, ctx) => {
  const auth = [ctx.auth.authenticate, requireRole('buyer')];
  const find = (id: string) => ctx.catalog.product(id);
  const path = '/api/requisition-templates';

  app.get(
    path,
    ...auth,
    handler((req, res) => res.json(listTemplates(ctx.store.reader, callerOf(req)))),
  );
  app.post(
    path,
    ...auth,
    command(ctx, {
      schema: requisitionTemplateCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createTemplate(tx, caller, body, find, now),
    }),
  );
  app.get(
    `${path}/:id`,
    ...auth,
    handler((req, res) =>
      res.json(templateDetail(ctx.store.reader, callerOf(req), String(req.params['id']), find)),
    ),
  );
  app.put(
    `${path}/:id`,
    ...auth,
    command(ctx, {
      schema: requisitionTemplateCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        replaceTemplate(tx, caller, params['id'], body, find, now),
    }),
  );
  app.delete(
    `${path}/:id`,
    ...auth,
    command(ctx, {
      status: 204,
      run: ({ tx, caller, params }) => deleteTemplate(tx, caller, params['id']),
    }),
  );
};
