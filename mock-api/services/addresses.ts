// The address book the procurement checkout and the gift store share: each user's own delivery
// addresses and the company-wide ones an admin keeps (the office, the warehouse). One default among a
// user's own, one among the company's; a checkout starts from the user's default, else the company's
// (src/domain/address.ts defaultAddress). A change of a company address is written to the audit log in
// the same transaction.
import {
  MAX_COMPANY_ADDRESSES,
  MAX_SAVED_ADDRESSES,
  normalizePhone,
  type Address,
  type AddressScope,
} from '../../src/domain/index.ts';
import type { SavedAddressCommand } from '../../src/domain/schemas.ts';
import { audit } from './audit.ts';
import { fail } from './errors.ts';
import { newId, requireRole, type Caller, type Tx } from './tx.ts';

/** Each user's own addresses. */
export const ADDRESSES = 'addresses';
/** The company-wide addresses. */
export const COMPANY_ADDRESSES = 'companyAddresses';

interface Book {
  scope: AddressScope;
  collection: string;
  prefix: string;
  max: number;
  /** Whether an address is in this book of the caller's. */
  holds: (a: Address, caller: Caller) => boolean;
  owner: (caller: Caller) => Pick<Address, 'companyId' | 'userId'>;
  /** Called after every change with the address before and after (null when created / deleted). */
  changed?: (
    tx: Tx,
    caller: Caller,
    now: string,
    before: Address | null,
    after: Address | null,
  ) => void;
}

const PERSONAL: Book = {
  scope: 'personal',
  collection: ADDRESSES,
  prefix: 'AD',
  max: MAX_SAVED_ADDRESSES,
  holds: (a, caller) => a.userId === caller.id && a.companyId === caller.companyId,
  owner: (caller) => ({ companyId: caller.companyId, userId: caller.id }),
};

/** The audited fields of a company address (bookkeeping such as updatedAt left out). */
const audited = (a: Address | null) =>
  a
    ? {
        label: a.label ?? null,
        recipient: a.recipient,
        phone: a.phone,
        address: a.address,
        isDefault: a.isDefault,
      }
    : {};

const COMPANY: Book = {
  scope: 'company',
  collection: COMPANY_ADDRESSES,
  prefix: 'CA',
  max: MAX_COMPANY_ADDRESSES,
  holds: (a, caller) => a.companyId === caller.companyId,
  owner: (caller) => ({ companyId: caller.companyId }),
  changed: (tx, caller, now, before, after) => {
    const a = (after ?? before)!;
    audit(tx, caller, now, {
      action: 'company.address',
      entityId: a.id,
      entityName: a.label ?? a.address,
      before: audited(before),
      after: audited(after),
    });
  },
};

/** A book's addresses, the default first, then newest first (the later saved first at the same time). */
function list(tx: Tx, book: Book, caller: Caller): Address[] {
  return tx
    .all<Address>(book.collection)
    .filter((a) => book.holds(a, caller))
    .reverse() // the store keeps insertion order; the sort below is stable
    .sort(
      (a, b) => Number(b.isDefault) - Number(a.isDefault) || b.createdAt.localeCompare(a.createdAt),
    );
}

function own(tx: Tx, book: Book, caller: Caller, id: string): Address {
  const a = tx.get<Address>(book.collection, id);
  // Another user's or another company's address is answered exactly as a missing one.
  if (!a || !book.holds(a, caller)) fail('NOT_FOUND', `Address ${id} was not found`);
  return a;
}

/** Makes `keep` the only default of the book. */
function soleDefault(tx: Tx, book: Book, caller: Caller, keep: string, now: string): void {
  for (const a of list(tx, book, caller))
    if (a.id !== keep && a.isDefault) {
      const next = { ...a, isDefault: false, updatedAt: now };
      tx.update(book.collection, next);
      book.changed?.(tx, caller, now, a, next);
    }
}

function fields(
  cmd: SavedAddressCommand,
): Pick<Address, 'recipient' | 'phone' | 'address' | 'label'> {
  const f: Pick<Address, 'recipient' | 'phone' | 'address' | 'label'> = {
    recipient: cmd.recipient,
    // stored as digits only: "138 0013 8000" and "13800138000" are one number
    phone: normalizePhone(cmd.phone),
    address: cmd.address,
  };
  if (cmd.label) f.label = cmd.label;
  return f;
}

function create(
  tx: Tx,
  book: Book,
  caller: Caller,
  cmd: SavedAddressCommand,
  now: string,
): Address {
  const existing = list(tx, book, caller);
  if (existing.length >= book.max)
    fail('VALIDATION_FAILED', `At most ${book.max} addresses can be saved`, [
      { path: '', message: `At most ${book.max} addresses; delete one first` },
    ]);
  const rec: Address = {
    id: newId(tx, book.collection, book.prefix, now),
    scope: book.scope,
    ...book.owner(caller),
    ...fields(cmd),
    isDefault: cmd.isDefault === true || existing.length === 0,
    createdAt: now,
    updatedAt: now,
  };
  if (rec.isDefault) soleDefault(tx, book, caller, rec.id, now);
  tx.insert(book.collection, rec);
  book.changed?.(tx, caller, now, null, rec);
  return rec;
}

function replace(
  tx: Tx,
  book: Book,
  caller: Caller,
  id: string,
  cmd: SavedAddressCommand,
  now: string,
): Address {
  const old = own(tx, book, caller, id);
  const rec: Address = {
    id,
    scope: book.scope,
    ...book.owner(caller),
    ...fields(cmd),
    // The only way to lose the default is to make another address the default.
    isDefault: cmd.isDefault === true || old.isDefault,
    createdAt: old.createdAt,
    updatedAt: now,
  };
  if (rec.isDefault) soleDefault(tx, book, caller, id, now);
  tx.update(book.collection, rec);
  book.changed?.(tx, caller, now, old, rec);
  return rec;
}

function makeDefault(tx: Tx, book: Book, caller: Caller, id: string, now: string): Address {
  const old = own(tx, book, caller, id);
  if (old.isDefault) return old;
  soleDefault(tx, book, caller, id, now);
  const rec = { ...old, isDefault: true, updatedAt: now };
  tx.update(book.collection, rec);
  book.changed?.(tx, caller, now, old, rec);
  return rec;
}

/** Deletes an address; when it was the default, the newest remaining one becomes the default. */
function remove(tx: Tx, book: Book, caller: Caller, id: string, now: string): void {
  const a = own(tx, book, caller, id);
  tx.remove(book.collection, id);
  book.changed?.(tx, caller, now, a, null);
  if (!a.isDefault) return;
  const next = list(tx, book, caller)[0];
  if (next) {
    const rec = { ...next, isDefault: true, updatedAt: now };
    tx.update(book.collection, rec);
    book.changed?.(tx, caller, now, next, rec);
  }
}

// ---- the caller's own (every role) ----

/** The caller's book: their own addresses, then the company's (each default first, then newest first). */
export function listAddresses(tx: Tx, caller: Caller): Address[] {
  return [...list(tx, PERSONAL, caller), ...list(tx, COMPANY, caller)];
}

export const createAddress = (tx: Tx, caller: Caller, cmd: SavedAddressCommand, now: string) =>
  create(tx, PERSONAL, caller, cmd, now);
export const replaceAddress = (
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: SavedAddressCommand,
  now: string,
) => replace(tx, PERSONAL, caller, id, cmd, now);
export const setDefaultAddress = (tx: Tx, caller: Caller, id: string, now: string) =>
  makeDefault(tx, PERSONAL, caller, id, now);
export const deleteAddress = (tx: Tx, caller: Caller, id: string, now: string) =>
  remove(tx, PERSONAL, caller, id, now);

// ---- the company's (every role reads, admin writes) ----

export function listCompanyAddresses(tx: Tx, caller: Caller): Address[] {
  return list(tx, COMPANY, caller);
}

export function createCompanyAddress(
  tx: Tx,
  caller: Caller,
  cmd: SavedAddressCommand,
  now: string,
): Address {
  requireRole(caller, 'admin');
  return create(tx, COMPANY, caller, cmd, now);
}

export function replaceCompanyAddress(
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: SavedAddressCommand,
  now: string,
): Address {
  requireRole(caller, 'admin');
  return replace(tx, COMPANY, caller, id, cmd, now);
}

export function setDefaultCompanyAddress(tx: Tx, caller: Caller, id: string, now: string): Address {
  requireRole(caller, 'admin');
  return makeDefault(tx, COMPANY, caller, id, now);
}

export function deleteCompanyAddress(tx: Tx, caller: Caller, id: string, now: string): void {
  requireRole(caller, 'admin');
  remove(tx, COMPANY, caller, id, now);
}
