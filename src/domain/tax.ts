// Value-added tax (增值税) on tax-included prices, as Chinese prices are quoted. The arithmetic lives
// here once; the mock API (order previews, orders) and the app (product, cart, checkout) both use it.
//
// Rounding rule: per line, the net amount (不含税金额) is the gross amount / (1 + rate) rounded to the
// nearest fen, halves up; the VAT (税额) is the gross minus the net. So net + VAT = gross on every line
// exactly, and a breakdown's totals are the sums of its lines (never re-rounded).
import type { Fen } from './money.ts';

/** The VAT rates of the catalog, in percent: goods 13, agricultural products, food staples and books 9, services 6. */
export const VAT_RATES = [13, 9, 6] as const;
export type VatRate = (typeof VAT_RATES)[number];

export function isVatRate(value: unknown): value is VatRate {
  return (VAT_RATES as readonly unknown[]).includes(value);
}

export interface TaxAmounts {
  /** 不含税金额: the gross amount without VAT. */
  netFen: Fen;
  /** 税额. */
  vatFen: Fen;
  /** 价税合计: the tax-included amount. */
  grossFen: Fen;
}

/** One rate's share of a breakdown. */
export interface TaxRateAmounts extends TaxAmounts {
  rate: VatRate;
}

/** Net / VAT / gross per rate (highest rate first, only the rates present) and in total. */
export interface TaxBreakdown extends TaxAmounts {
  byRate: TaxRateAmounts[];
}

/** The net and VAT of a tax-included amount (whole fen, ≥ 0) at a rate, by the rounding rule above. */
export function splitGross(grossFen: Fen, rate: VatRate): TaxAmounts {
  if (!Number.isSafeInteger(grossFen) || grossFen < 0)
    throw new RangeError(`A gross amount must be whole fen ≥ 0, not ${grossFen}`);
  // round(gross × 100 / (100 + rate)) with halves up, in integers: floor((2·100·gross + d) / 2d).
  const d = 100 + rate;
  const netFen = Math.floor((200 * grossFen + d) / (2 * d));
  return { netFen, vatFen: grossFen - netFen, grossFen };
}

/** The VAT contained in a tax-included amount. */
export function vatOfGross(grossFen: Fen, rate: VatRate): Fen {
  return splitGross(grossFen, rate).vatFen;
}

/** Lines as priced (gross) with their rate: the breakdown sums each line's own split. */
export function taxBreakdown(
  lines: readonly { lineTotalFen: Fen; vatRate: VatRate }[],
): TaxBreakdown {
  const byRate = new Map<VatRate, TaxRateAmounts>();
  for (const line of lines) {
    const s = splitGross(line.lineTotalFen, line.vatRate);
    const r = byRate.get(line.vatRate) ?? { rate: line.vatRate, netFen: 0, vatFen: 0, grossFen: 0 };
    byRate.set(line.vatRate, {
      rate: line.vatRate,
      netFen: r.netFen + s.netFen,
      vatFen: r.vatFen + s.vatFen,
      grossFen: r.grossFen + s.grossFen,
    });
  }
  const rates = [...byRate.values()].sort((a, b) => b.rate - a.rate);
  return {
    netFen: rates.reduce((n, r) => n + r.netFen, 0),
    vatFen: rates.reduce((n, r) => n + r.vatFen, 0),
    grossFen: rates.reduce((n, r) => n + r.grossFen, 0),
    byRate: rates,
  };
}
