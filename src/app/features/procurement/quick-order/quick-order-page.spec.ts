import { rowStatus } from './quick-order-page';
import { product } from '../data/test-data.spec-util';

describe('quick order rows', () => {
  const products = new Map([
    ['SKU-A', product('a', { sku: 'SKU-A' })],
    ['SKU-W', product('w', { sku: 'SKU-W', channels: ['welfare'] })],
    ['SKU-X', null],
  ]);
  const row = (sku: string, qtyText: string) => ({ id: 1, sku, qtyText });

  it('tells every state of a row', () => {
    expect(rowStatus(row('', ''), products).kind).toBe('empty');
    expect(rowStatus(row('sku-new', '1'), products).kind).toBe('resolving');
    expect(rowStatus(row('sku-x', '1'), products).kind).toBe('unknown');
    expect(rowStatus(row('SKU-W', '10'), products).kind).toBe('not_procurement');
    expect(rowStatus(row('SKU-A', ''), products).kind).toBe('noQty');
  });

  it('explains a bad quantity with the nearest valid one, and prices a good one by tier', () => {
    const bad = rowStatus(row(' sku-a ', '12'), products);
    expect(bad).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'not_pack_multiple', fixQty: 15 }),
    );
    expect(rowStatus(row('SKU-A', '3'), products)).toEqual(
      jasmine.objectContaining({ kind: 'qty', problem: 'below_moq', fixQty: 10 }),
    );
    expect(rowStatus(row('SKU-A', '100'), products)).toEqual(
      jasmine.objectContaining({ kind: 'ok', qty: 100, lineFen: 90_000 }),
    );
  });
});
