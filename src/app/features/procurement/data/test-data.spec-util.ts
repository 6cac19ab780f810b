import type { Product } from '../../../../domain/index.ts';
import type { OrderView, PricedCart, PricedCartLine } from './procurement.model';

export function product(id: string, over: Partial<Product> = {}): Product {
  return {
    id,
    sku: `SKU-${id}`,
    name: `商品${id}`,
    nameEn: `Product ${id}`,
    brand: '得力',
    categoryId: 'cat-1',
    supplierId: 'sup-1',
    unit: '盒',
    moq: 10,
    packSize: 5,
    stock: 500,
    leadTimeDays: 3,
    vatRate: 13,
    priceTiers: [
      { minQty: 10, unitPriceFen: 1000 },
      { minQty: 100, unitPriceFen: 900 },
    ],
    channels: ['procurement'],
    image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    specs: {},
    ...over,
  };
}

export function line(id: string, qty: number, over: Partial<Product> = {}): PricedCartLine {
  const p = product(id, over);
  const unit = qty >= 100 ? 900 : 1000;
  return {
    productId: id,
    qty,
    product: p,
    unitPriceFen: unit,
    lineTotalFen: unit * qty,
    savingsFen: (1000 - unit) * qty,
    leadTimeDays: p.leadTimeDays,
  };
}

export function cart(...lines: PricedCartLine[]): PricedCart {
  return {
    lines,
    totalFen: lines.reduce((s, l) => s + l.lineTotalFen, 0),
    savingsFen: lines.reduce((s, l) => s + l.savingsFen, 0),
    updatedAt: '2026-03-01T10:00:00Z',
  };
}

export function order(id: string, over: Partial<OrderView> = {}): OrderView {
  return {
    id,
    companyId: 'c1',
    status: 'approved',
    totalFen: 10_000,
    lines: [
      {
        productId: 'p1',
        qty: 10,
        unitPriceFen: 1000,
        lineTotalFen: 10_000,
        supplierId: 's01',
        vatRate: 13,
        netFen: 8850,
        vatFen: 1150,
        sku: 'SKU-p1',
        name: '商品p1',
        nameEn: 'Product p1',
        unit: '盒',
        receivedQty: 0,
        outstandingQty: 10,
      },
    ],
    tax: {
      netFen: 8850,
      vatFen: 1150,
      grossFen: 10_000,
      byRate: [{ rate: 13, netFen: 8850, vatFen: 1150, grossFen: 10_000 }],
    },
    invoice: { type: 'special', title: '华东精工制造有限公司', taxNumber: '91350100M000100Y43' },
    warnings: [],
    costCenterId: 'cc1',
    deliveryAddress: { recipient: '张三', phone: '13800000000', address: '上海市浦东新区' },
    createdBy: 'u1',
    createdAt: '2026-03-01T10:00:00Z',
    version: 1,
    receipts: [],
    receivedFen: 0,
    events: [{ type: 'submitted', at: '2026-03-01T10:00:00Z', actorId: 'u1', actorName: '采购员' }],
    ...over,
  };
}
