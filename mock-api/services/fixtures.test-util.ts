// Plain test data for the domain unit tests.
import type { Budget, CompanySettings, Product } from '../../src/domain/index.ts';
import type { Ids } from './orders.ts';

export function product(over: Partial<Product> = {}): Product {
  return {
    id: 'p1',
    sku: 'SKU-1',
    name: '签字笔',
    nameEn: 'Gel pen',
    brand: '晨光',
    categoryId: 'cat1',
    supplierId: 's1',
    unit: '支',
    moq: 10,
    packSize: 10,
    stock: 1000,
    leadTimeDays: 3,
    vatRate: 13,
    priceTiers: [
      { minQty: 10, unitPriceFen: 200 },
      { minQty: 100, unitPriceFen: 180 },
      { minQty: 1000, unitPriceFen: 150 },
    ],
    channels: ['procurement'],
    image: '/api/images/p1.svg',
    specs: {},
    ...over,
  };
}

export function budget(over: Partial<Budget> = {}): Budget {
  const b: Budget = {
    id: 'b1',
    companyId: 'c1',
    costCenterId: 'cc1',
    category: 'procurement',
    period: '2026',
    amountFen: 1_000_000,
    committedFen: 0,
    spentFen: 0,
    availableFen: 0,
    version: 1,
    ...over,
  };
  b.availableFen = b.amountFen - b.committedFen - b.spentFen;
  return b;
}

export const settings: CompanySettings = {
  approvalThresholdFen: 500_000,
  secondApprovalThresholdFen: 5_000_000,
  pointValueFen: 100,
};

export function ids(): Ids {
  let n = 0;
  return { next: (kind) => `${kind}-${++n}` };
}

export const NOW = '2026-11-23T08:00:00.000Z';
