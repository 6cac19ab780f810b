// /api/addresses — the address book the procurement checkout and the gift store share: the caller's
// own delivery addresses, and the company's (/api/companies/current/addresses, written by an admin,
// audited). mock-api/openapi.yaml, tag addresses.
import { emptyCommandSchema, savedAddressCommandSchema } from '../../src/domain/schemas.ts';
import {
  createAddress,
  createCompanyAddress,
  deleteAddress,
  deleteCompanyAddress,
  listAddresses,
  listCompanyAddresses,
  replaceAddress,
  replaceCompanyAddress,
  setDefaultAddress,
  setDefaultCompanyAddress,
} from '../services/addresses.ts';
import { requireRole } from '../lib/auth.ts';
import { callerOf, type RouteModule } from '../lib/context.ts';
import { command, handler } from '../lib/http.ts';

export const registerAddresses: RouteModule = (app, ctx) => {
  const anyone = [ctx.auth.authenticate];
  const admin = [ctx.auth.authenticate, requireRole('admin')];

  const own = '/api/addresses';
  app.get(
    own,
    ...anyone,
    handler((req, res) => res.json(listAddresses(ctx.store.reader, callerOf(req)))),
  );
  app.post(
    own,
    ...anyone,
    command(ctx, {
      schema: savedAddressCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createAddress(tx, caller, body, now),
    }),
  );
  app.put(
    `${own}/:id`,
    ...anyone,
    command(ctx, {
      schema: savedAddressCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        replaceAddress(tx, caller, params['id'], body, now),
    }),
  );
  app.post(
    `${own}/:id/default`,
    ...anyone,
    command(ctx, {
      schema: emptyCommandSchema,
      run: ({ tx, caller, params, now }) => setDefaultAddress(tx, caller, params['id'], now),
    }),
  );
  app.delete(
    `${own}/:id`,
    ...anyone,
    command(ctx, {
      status: 204,
      run: ({ tx, caller, params, now }) => deleteAddress(tx, caller, params['id'], now),
    }),
  );

  const company = '/api/companies/current/addresses';
  app.get(
    company,
    ...anyone,
    handler((req, res) => res.json(listCompanyAddresses(ctx.store.reader, callerOf(req)))),
  );
  app.post(
    company,
    ...admin,
    command(ctx, {
      schema: savedAddressCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createCompanyAddress(tx, caller, body, now),
    }),
  );
  app.put(
    `${company}/:id`,
    ...admin,
    command(ctx, {
      schema: savedAddressCommandSchema,
      run: ({ tx, caller, body, params, now }) =>
        replaceCompanyAddress(tx, caller, params['id'], body, now),
    }),
  );
  app.post(
    `${company}/:id/default`,
    ...admin,
    command(ctx, {
      schema: emptyCommandSchema,
      run: ({ tx, caller, params, now }) => setDefaultCompanyAddress(tx, caller, params['id'], now),
    }),
  );
  app.delete(
    `${company}/:id`,
    ...admin,
    command(ctx, {
      status: 204,
      run: ({ tx, caller, params, now }) => deleteCompanyAddress(tx, caller, params['id'], now),
    }),
  );
};
