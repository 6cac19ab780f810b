// The company's organisation, run by its admin (mock-api/openapi.yaml, tag organisation): POST /api/users
// (invite), PATCH /api/users/:id, POST /api/departments, PATCH /api/departments/:id, POST /api/cost-centers,
// PATCH /api/cost-centers/:id. The lists and records are read through the generic collections (generic.ts).
import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import {
  costCenterCommandSchema,
  costCenterPatchSchema,
  departmentCommandSchema,
  departmentPatchSchema,
  inviteUserCommandSchema,
  userPatchSchema,
} from '../../src/domain/schemas.ts';
import {
  createCostCenter,
  createDepartment,
  inviteUser,
  patchCostCenter,
  patchDepartment,
  patchUser,
} from '../services/organisation.ts';
import { requireRole } from '../lib/auth.ts';
import { type RouteModule } from '../lib/context.ts';
import { command, parseBody } from '../lib/http.ts';
import { hashPasswordAsync } from '../lib/password.ts';

/** 12 characters from an alphabet without look-alikes (0/O, 1/l/I), shown to the admin once. */
export function initialPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
}

interface Invitation {
  password: string;
  hash: string;
}

export const registerOrganisation: RouteModule = (app, ctx) => {
  const admin = [ctx.auth.authenticate, requireRole('admin')];

  // The password is hashed before the transaction (scrypt takes ~50 ms) and only its hash is stored: the
  // answer is the one place the password ever appears, so the command is not idempotent (a stored replay
  // would keep it).
  const hashInvitation = (req: Request, _res: Response, next: NextFunction) => {
    try {
      parseBody(inviteUserCommandSchema, req.body ?? {});
    } catch (e) {
      return next(e);
    }
    const password = initialPassword();
    hashPasswordAsync(password).then(
      (hash) => {
        (req as Request & { invitation?: Invitation }).invitation = { password, hash };
        next();
      },
      (e: unknown) => next(e),
    );
  };
  app.post(
    '/api/users',
    ...admin,
    hashInvitation,
    command(ctx, {
      schema: inviteUserCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now, req }) => {
        const inv = (req as Request & { invitation: Invitation }).invitation;
        const user = inviteUser(tx, caller, body, inv.hash, now);
        return { status: 201, body: { user, initialPassword: inv.password } };
      },
    }),
  );
  app.patch(
    '/api/users/:id',
    ...admin,
    command(ctx, {
      schema: userPatchSchema,
      run: ({ tx, caller, body, params, now }) => patchUser(tx, caller, params['id'], body, now),
    }),
  );

  app.post(
    '/api/departments',
    ...admin,
    command(ctx, {
      schema: departmentCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createDepartment(tx, caller, body, now),
    }),
  );
  app.patch(
    '/api/departments/:id',
    ...admin,
    command(ctx, {
      schema: departmentPatchSchema,
      run: ({ tx, caller, body, params, now }) =>
        patchDepartment(tx, caller, params['id'], body, now),
    }),
  );

  app.post(
    '/api/cost-centers',
    ...admin,
    command(ctx, {
      schema: costCenterCommandSchema,
      status: 201,
      run: ({ tx, caller, body, now }) => createCostCenter(tx, caller, body, now),
    }),
  );
  app.patch(
    '/api/cost-centers/:id',
    ...admin,
    command(ctx, {
      schema: costCenterPatchSchema,
      run: ({ tx, caller, body, params, now }) =>
        patchCostCenter(tx, caller, params['id'], body, now),
    }),
  );
};
