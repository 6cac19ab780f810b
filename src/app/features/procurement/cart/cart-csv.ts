import { localName } from '../../../core/i18n/local-name';
import type { PricedCartLine } from '../data/procurement.model';

/** The rows of the cart export: a header, then one row per line (money in yuan with two decimals). */
export function cartCsvRows(lines: readonly PricedCartLine[], lang: 'zh-CN' | 'en'): string[][] {
  const header =
    lang === 'en'
      ? [
          'SKU',
          'Name',
          'Brand',
          'Qty',
          'Unit',
          'Unit price (CNY)',
          'Line total (CNY)',
          'Savings (CNY)',
          'Lead time (days)',
        ]
      : [
          'SKU',
          '商品名称',
          '品牌',
          '数量',
          '单位',
          '单价(元)',
          '小计(元)',
          '阶梯优惠(元)',
          '交货期(天)',
        ];
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  return [
    header,
    ...lines.map((l) => [
      l.product.sku,
      localName(l.product, lang),
      l.product.brand,
      String(l.qty),
      l.product.unit,
      yuan(l.unitPriceFen),
      yuan(l.lineTotalFen),
      yuan(l.savingsFen),
      String(l.leadTimeDays),
    ]),
  ];
}

/** Builds the CSV (papaparse, loaded on first use) with a BOM so spreadsheet programs read the Chinese text. */
export async function cartCsv(
  lines: readonly PricedCartLine[],
  lang: 'zh-CN' | 'en',
): Promise<string> {
  const Papa = (await import('papaparse')).default;
  return '\uFEFF' + Papa.unparse(cartCsvRows(lines, lang));
}

export { downloadText } from '../../../shared/download';
