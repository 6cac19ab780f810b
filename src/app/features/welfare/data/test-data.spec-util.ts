import type { Campaign } from './campaign.model';
import type {
  PointsLedgerEntry,
  PointsLot,
  Product,
  Redemption,
  WelfareCart,
  WelfareGift,
} from './welfare.model';

// Records of the welfare API for unit tests.

export function gift(id: string, pointsPrice = 100, extra: Partial<WelfareGift> = {}): WelfareGift {
  return {
    id,
    sku: `GF-${id}`,
    name: `礼品 ${id}`,
    nameEn: `Gift ${id}`,
    brand: '五芳斋',
    categoryId: 'cat-FD03',
    supplierId: 's1',
    unit: '盒',
    moq: 1,
    packSize: 1,
    stock: 100,
    leadTimeDays: 3,
    vatRate: 13,
    priceTiers: [{ minQty: 1, unitPriceFen: pointsPrice * 100 }],
    channels: ['welfare'],
    pointsPrice,
    image: `/api/images/products/${id}.svg`,
    specs: {},
    redemptions: 0,
    inCampaign: false,
    ...extra,
  };
}

export function welfareCart(
  lines: { product: Product; qty: number }[] = [{ product: gift('p1', 300), qty: 1 }],
  balance = 800,
  pointValueFen = 100,
): WelfareCart {
  const priced = lines.map(({ product, qty }) => ({
    productId: product.id,
    qty,
    pointsPrice: product.pointsPrice ?? 0,
    linePoints: (product.pointsPrice ?? 0) * qty,
    product,
  }));
  const totalPoints = priced.reduce((s, l) => s + l.linePoints, 0);
  const maxPoints = Math.min(totalPoints, balance);
  return {
    lines: priced,
    totalPoints,
    balance,
    maxPoints,
    pointValueFen,
    cashFenAtMaxPoints: (totalPoints - maxPoints) * pointValueFen,
    updatedAt: '2026-06-15T08:00:00.000Z',
  };
}

export function redemption(id: string, extra: Partial<Redemption> = {}): Redemption {
  return {
    id,
    status: 'paid',
    lines: [
      {
        productId: 'p1',
        qty: 1,
        pointsPrice: 300,
        linePoints: 300,
        sku: 'GF-p1',
        name: '礼品 p1',
        nameEn: 'Gift p1',
      },
    ],
    totalPoints: 300,
    pointsUsed: 300,
    cashFen: 0,
    pointValueFen: 100,
    deliveryAddress: { recipient: '陈佳琪', phone: '13800002222', address: '上海市' },
    allocations: [{ lotId: 'lot1', points: 300, expiresAt: '2027-01-01T00:00:00.000Z' }],
    createdAt: '2026-06-15T08:00:00.000Z',
    updatedAt: '2026-06-15T08:00:00.000Z',
    paidAt: '2026-06-15T08:00:00.000Z',
    timeline: [
      { type: 'placed', at: '2026-06-15T08:00:00.000Z', points: 300, cashFen: 0 },
      { type: 'paid', at: '2026-06-15T08:00:00.000Z', cashFen: 0 },
    ],
    ...extra,
  };
}

export function campaign(id = 'WC1', extra: Partial<Campaign> = {}): Campaign {
  return {
    id,
    name: '2027 春节福利',
    nameEn: 'Spring Festival 2027',
    occasion: 'spring-festival',
    pointsPerEmployee: 800,
    audience: { kind: 'list', employees: ['C100005', 'x@c2.example'] },
    grantDate: '2027-01-20',
    expiresAt: '2028-01-20T15:59:59.000Z',
    costCenterId: 'cc-c1-03',
    giftRange: { kind: 'all' },
    status: 'draft',
    createdBy: 'u-c1-hr',
    createdAt: '2026-06-15T08:00:00.000Z',
    updatedAt: '2026-06-15T08:00:00.000Z',
    version: 1,
    ...extra,
  };
}

/** A lot of points, as GET /api/points/lots lists it. */
export function pointsLot(id: string, points: number, remaining = points): PointsLot {
  return {
    id,
    points,
    remaining,
    createdAt: '2026-10-01T00:00:00Z',
    expiresAt: '2027-10-01T00:00:00Z',
    grantId: `g-${id}`,
    expired: false,
  };
}

/** An entry of the points ledger: a grant when `points` is positive, a redemption when not. */
export function ledgerEntry(id: string, points: number, balanceAfter: number): PointsLedgerEntry {
  return {
    id,
    userId: 'u-1',
    companyId: 'c1',
    type: points > 0 ? 'grant' : 'redeem',
    points,
    balanceAfter,
    createdAt: '2026-11-01T00:00:00Z',
    ref: id,
  };
}
