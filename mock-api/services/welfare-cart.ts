// The caller's welfare cart (separate from the procurement cart) and saved delivery addresses, over one
// store transaction (Tx). The cart answer carries the numbers a redemption would use (quoteRedemption in
// src/domain/welfare.ts), so the app shows what the server will charge.
import { MAX_SAVED_ADDRESSES, quoteRedemption, type Product } from '../../src/domain/index.ts';
import type { SavedAddressCommand } from '../../src/domain/schemas.ts';
import { fail } from './errors.ts';
import { balanceOf } from './points.ts';
import { settingsOf } from './procurement-service.ts';
import { newId, type Caller, type Tx } from './tx.ts';
import { priceRedemptionLines, type RedemptionLine } from './welfare-service.ts';

export const WELFARE_CARTS = 'welfareCarts';
export const ADDRESSES = 'welfareAddresses';

interface CartRecord {
  id: string;
  userId: string;
  companyId: string;
  lines: { productId: string; qty: number }[];
  updatedAt: string;
}

export interface WelfareCart {
  lines: (Omit<RedemptionLine, 'sku' | 'name' | 'nameEn'> & { product: Product })[];
  totalPoints: number;
  balance: number;
  /** min(totalPoints, balance): the default points to use. */
  maxPoints: number;
  pointValueFen: number;
  /** Cash to pay when maxPoints are used. */
  cashFenAtMaxPoints: number;
  updatedAt: string | null;
}

function answer(
  tx: Tx,
  caller: Caller,
  rec: CartRecord | undefined,
  find: (id: string) => Product | undefined,
): WelfareCart {
  const lines = (rec?.lines ?? [])
    .map((l) => ({ l, p: find(l.productId) }))
    .filter(
      (x): x is { l: CartRecord['lines'][number]; p: Product } =>
        !!x.p?.pointsPrice && x.p.channels.includes('welfare'),
    )
    .map(({ l, p }) => ({
      productId: p.id,
      qty: l.qty,
      pointsPrice: p.pointsPrice!,
      linePoints: p.pointsPrice! * l.qty,
      product: p,
    }));
  const balance = balanceOf(tx, caller.id);
  const { pointValueFen } = settingsOf(tx, caller);
  const q = quoteRedemption(lines, 0, balance, pointValueFen);
  return {
    lines,
    totalPoints: q.totalPoints,
    balance,
    maxPoints: q.maxPoints,
    pointValueFen,
    cashFenAtMaxPoints: (q.totalPoints - q.maxPoints) * pointValueFen,
    updatedAt: rec?.updatedAt ?? null,
  };
}

export function getWelfareCart(
  tx: Tx,
  caller: Caller,
  find: (id: string) => Product | undefined,
): WelfareCart {
  return answer(tx, caller, tx.get<CartRecord>(WELFARE_CARTS, caller.id), find);
}

export function replaceWelfareCart(
  tx: Tx,
  caller: Caller,
  lines: { productId: string; qty: number }[],
  find: (id: string) => Product | undefined,
  now: string,
): WelfareCart {
  if (lines.length) priceRedemptionLines(lines, find); // 400 per bad line
  const rec: CartRecord = {
    id: caller.id,
    userId: caller.id,
    companyId: caller.companyId,
    lines: lines.map((l) => ({ productId: l.productId, qty: l.qty })),
    updatedAt: now,
  };
  if (tx.get(WELFARE_CARTS, caller.id)) tx.update(WELFARE_CARTS, rec);
  else tx.insert(WELFARE_CARTS, rec);
  return answer(tx, caller, rec, find);
}

// ---- saved addresses ----

export interface SavedAddress {
  id: string;
  userId: string;
  companyId: string;
  label?: string;
  recipient: string;
  phone: string;
  address: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The caller's addresses, the default first, then newest first (the later saved first at the same time). */
export function listAddresses(tx: Tx, caller: Caller): SavedAddress[] {
  return tx
    .all<SavedAddress>(ADDRESSES)
    .filter((a) => a.userId === caller.id && a.companyId === caller.companyId)
    .reverse() // the store keeps insertion order; the sort below is stable
    .sort(
      (a, b) => Number(b.isDefault) - Number(a.isDefault) || b.createdAt.localeCompare(a.createdAt),
    );
}

function own(tx: Tx, caller: Caller, id: string): SavedAddress {
  const a = tx.get<SavedAddress>(ADDRESSES, id);
  if (!a || a.userId !== caller.id || a.companyId !== caller.companyId)
    fail('NOT_FOUND', `Address ${id} was not found`);
  return a;
}

/** Makes `keep` the only default among the caller's addresses. */
function soleDefault(tx: Tx, caller: Caller, keep: string): void {
  for (const a of listAddresses(tx, caller))
    if (a.id !== keep && a.isDefault) tx.update(ADDRESSES, { ...a, isDefault: false });
}

function fields(cmd: SavedAddressCommand) {
  const f: Pick<SavedAddress, 'recipient' | 'phone' | 'address'> & { label?: string } = {
    recipient: cmd.recipient,
    phone: cmd.phone,
    address: cmd.address,
  };
  if (cmd.label) f.label = cmd.label;
  return f;
}

export function createAddress(
  tx: Tx,
  caller: Caller,
  cmd: SavedAddressCommand,
  now: string,
): SavedAddress {
  const mine = listAddresses(tx, caller);
  if (mine.length >= MAX_SAVED_ADDRESSES)
    fail('VALIDATION_FAILED', `At most ${MAX_SAVED_ADDRESSES} addresses can be saved`, [
      { path: '', message: `At most ${MAX_SAVED_ADDRESSES} addresses; delete one first` },
    ]);
  const rec: SavedAddress = {
    id: newId(tx, ADDRESSES, 'AD', now),
    userId: caller.id,
    companyId: caller.companyId,
    ...fields(cmd),
    isDefault: cmd.isDefault === true || mine.length === 0,
    createdAt: now,
    updatedAt: now,
  };
  if (rec.isDefault) soleDefault(tx, caller, rec.id);
  tx.insert(ADDRESSES, rec);
  return rec;
}

export function replaceAddress(
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: SavedAddressCommand,
  now: string,
): SavedAddress {
  const old = own(tx, caller, id);
  const rec: SavedAddress = {
    id,
    userId: old.userId,
    companyId: old.companyId,
    ...fields(cmd),
    // The only way to lose the default is to make another address the default.
    isDefault: cmd.isDefault === true || old.isDefault,
    createdAt: old.createdAt,
    updatedAt: now,
  };
  if (rec.isDefault) soleDefault(tx, caller, id);
  tx.update(ADDRESSES, rec);
  return rec;
}

/** Deletes an address; when it was the default, the newest remaining one becomes the default. */
export function deleteAddress(tx: Tx, caller: Caller, id: string, now: string): void {
  const a = own(tx, caller, id);
  tx.remove(ADDRESSES, id);
  if (!a.isDefault) return;
  const next = listAddresses(tx, caller)[0];
  if (next) tx.update(ADDRESSES, { ...next, isDefault: true, updatedAt: now });
}
