// The caller's welfare cart (separate from the procurement cart), over one store transaction (Tx). The
// cart answer carries the numbers a redemption would use (quoteRedemption in src/domain/welfare.ts), so
// the app shows what the server will charge.
import { quoteRedemption, type Product } from '../../src/domain/index.ts';
import { balanceOf } from './points.ts';
import { settingsOf } from './procurement-service.ts';
import { type Caller, type Tx } from './tx.ts';
import { priceRedemptionLines, type RedemptionLine } from './welfare-service.ts';

export const WELFARE_CARTS = 'welfareCarts';

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
