// The deterministic seed: the same (seed, skus, today) always gives the same files, except the password
// hashes (random salts).
// Output is two files (see mock-api/README.md "Storage layout"): DB_FILE with the mutable data and a
// sibling catalog file (<name>.catalog.json) with the read-mostly catalog and travel inventory.
import { basename, dirname, join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import type {
  Budget,
  BudgetCategory,
  BudgetMovement,
  Category,
  Channel,
  Company,
  CostCenter,
  Department,
  Fen,
  GoodsReceipt,
  MovementReasonCode,
  OrderEvent,
  PointsLedgerEntry,
  PriceTier,
  Product,
  Role,
  Supplier,
} from '../../src/domain/index.ts';
import { availableOf, receiptAmountFen, taxBreakdown } from '../../src/domain/index.ts';
import type { OrderRecord } from '../services/orders.ts';
import { priceLine } from '../services/pricing.ts';
import { journalFileFor, serializeDocument, writeFileAtomicSync } from '../lib/json-file.ts';
import { hashPassword } from '../lib/password.ts';
import { createRng, type Rng } from './prng.ts';
import { specsEnOf } from './specs-en.ts';
import {
  AIRCRAFT,
  AIRLINES,
  CATEGORIES,
  CITIES,
  DEPARTMENTS,
  GIVEN,
  HOTEL_BRANDS,
  HOTEL_DISTRICTS,
  WIDE_BODY,
  SUPPLIERS,
  SURNAMES,
  type Template,
  vatRateForCategory,
} from './reference.ts';

export const DEMO_PASSWORD = 'Passw0rd!';
/**
 * The shape of the data the seed writes and the API reads; raised whenever records gain fields the
 * API relies on, so that an older database is refused with a clear message instead of misread.
 */
export const DB_FORMAT = 2;

export interface SeedOptions {
  seed: string;
  skus: number;
  /** YYYY-MM-DD; budget periods use its year, points grants and expiries are dated relative to it. */
  today: string;
}

export interface UserRecord {
  id: string;
  companyId: string;
  departmentId: string;
  name: string;
  nameEn: string;
  email: string;
  roles: Role[];
  employeeNo: string;
  phone: string;
  active: boolean;
  /** `scrypt$N$r$p$salt$hash` — never served; null when no password is set (the account cannot sign in). */
  passwordHash: string | null;
  /** Cost centers an admin granted beyond the department's (seeded empty; see GET /api/me/cost-centers). */
  grantedCostCenterIds: string[];
}

export type { PointsLedgerEntry } from '../../src/domain/index.ts';

/** Unspent points of one grant; redemptions draw from the lot that expires first. */
export interface PointsLot {
  id: string;
  userId: string;
  companyId: string;
  grantEntryId: string;
  points: number;
  remaining: number;
  createdAt: string;
  expiresAt: string;
}

export interface PointsAccount {
  id: string;
  userId: string;
  companyId: string;
  balance: number;
}

export interface SeedResult {
  db: Record<string, unknown>;
  catalog: Record<string, unknown>;
}

export function catalogFileFor(dbFile: string): string {
  return join(dirname(dbFile), basename(dbFile).replace(/\.json$/i, '') + '.catalog.json');
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

const iso = (date: string, time = '00:00:00') => `${date}T${time}.000Z`;
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const yuan = (y: number) => Math.round(y * 10) * 10; // to fen, on 0.1 yuan

interface DemoAccount {
  key: string;
  companyId: 'c1' | 'c2';
  email: string;
  roles: Role[];
  dept: number;
  name: string;
  nameEn: string;
}

const DEMO: DemoAccount[] = [
  {
    key: 'admin',
    companyId: 'c1',
    email: 'admin@c1.example',
    roles: ['admin'],
    dept: 1,
    name: '周建国',
    nameEn: 'Zhou Jianguo',
  },
  {
    key: 'hr',
    companyId: 'c1',
    email: 'hr@c1.example',
    roles: ['hr'],
    dept: 3,
    name: '林晓雯',
    nameEn: 'Lin Xiaowen',
  },
  {
    key: 'hr2',
    companyId: 'c1',
    email: 'hr2@c1.example',
    roles: ['hr'],
    dept: 3,
    name: '郑思远',
    nameEn: 'Zheng Siyuan',
  },
  {
    key: 'buyer',
    companyId: 'c1',
    email: 'buyer@c1.example',
    roles: ['buyer'],
    dept: 2,
    name: '王志强',
    nameEn: 'Wang Zhiqiang',
  },
  {
    key: 'employee',
    companyId: 'c1',
    email: 'employee@c1.example',
    roles: ['employee'],
    dept: 7,
    name: '陈佳琪',
    nameEn: 'Chen Jiaqi',
  },
  {
    key: 'hr',
    companyId: 'c2',
    email: 'hr@c2.example',
    roles: ['hr'],
    dept: 3,
    name: '黄丽',
    nameEn: 'Huang Li',
  },
  {
    key: 'hr2',
    companyId: 'c2',
    email: 'hr2@c2.example',
    roles: ['hr'],
    dept: 3,
    name: '许文博',
    nameEn: 'Xu Wenbo',
  },
  {
    key: 'buyer',
    companyId: 'c2',
    email: 'buyer@c2.example',
    roles: ['buyer'],
    dept: 2,
    name: '刘洋',
    nameEn: 'Liu Yang',
  },
  {
    key: 'employee',
    companyId: 'c2',
    email: 'employee@c2.example',
    roles: ['employee'],
    dept: 5,
    name: '赵雨桐',
    nameEn: 'Zhao Yutong',
  },
];

const COMPANIES: Omit<Company, 'invoice'>[] = [
  {
    id: 'c1',
    name: '华东精工制造有限公司',
    nameEn: 'East China Precision Manufacturing Co., Ltd.',
    settings: {
      approvalThresholdFen: 500_000,
      secondApprovalThresholdFen: 5_000_000,
      pointValueFen: 100,
    },
  },
  {
    id: 'c2',
    name: '南方云联科技有限公司',
    nameEn: 'South Cloudlink Technology Co., Ltd.',
    settings: {
      approvalThresholdFen: 1_000_000,
      secondApprovalThresholdFen: 8_000_000,
      pointValueFen: 100,
    },
  },
];

const COMPANY_EXTRA: Record<
  string,
  {
    shortName: string;
    shortNameEn: string;
    address: string;
    addressEn: string;
    invoice: Company['invoice'];
  }
> = {
  c1: {
    shortName: '华东精工',
    shortNameEn: 'ECPM',
    address: '上海市嘉定区安亭镇墨玉南路888号',
    addressEn: '888 Moyu South Rd, Anting, Jiading, Shanghai',
    invoice: { title: '华东精工制造有限公司', taxNumber: '91310114MA1GT3K8XR', version: 1 },
  },
  c2: {
    shortName: '南方云联',
    shortNameEn: 'Cloudlink',
    address: '广东省深圳市南山区科技园科苑路15号',
    addressEn: '15 Keyuan Rd, Science Park, Nanshan, Shenzhen',
    invoice: { title: '南方云联科技有限公司', taxNumber: '91440300MA5F8K2L9A', version: 1 },
  },
};

export function generateSeed(opts: SeedOptions): SeedResult {
  const year = opts.today.slice(0, 4);
  const org = generateOrg(createRng(`${opts.seed}:org`), opts, year);
  const catalog = generateCatalogDocument(opts);
  const orders = demoOrders(org, catalog['products'] as Product[], opts.today);
  const welfareRedemptions = generateRedemptionHistory(
    createRng(`${opts.seed}:history`),
    opts,
    org,
    catalog['products'] as Product[],
  );
  return {
    db: {
      meta: {
        format: DB_FORMAT,
        seed: opts.seed,
        skus: opts.skus,
        today: opts.today,
        catalogFile: '',
      },
      ...org,
      orders,
      approvals: [],
      delegations: demoDelegations(org.users, opts.today),
      approvalRules: [],
      budgetRequests: [],
      notifications: [],
      carts: [],
      auditLog: [],
      requisitionTemplates: demoTemplates(org.users, catalog['products'] as Product[], opts.today),
      ...demoAddresses(org.users, opts.today),
      welfareRedemptions,
      welfareCampaigns: [],
      trips: [],
      bookings: [],
      sessions: [],
      idempotencyKeys: [],
    },
    catalog,
  };
}

/**
 * Orders of each demo buyer that show the goods receipt at once: one received in two receipts, one
 * partially received (two receipts, the rest outstanding) and one closed short after a receipt. Each is
 * priced from the catalog's tiers under the company's approval threshold (approved automatically), with
 * the company's special VAT invoice and its VAT breakdown; its budget movements (commit, a spend per
 * receipt, the release of the rest) are added and the budget's committed / spent figures follow them.
 */
function demoOrders(
  org: ReturnType<typeof generateOrg>,
  products: Product[],
  today: string,
): OrderRecord[] {
  const year = today.slice(0, 4);
  // Dates before today, never before the budget year (whose allocation is dated 1 January).
  const day = (daysAgo: number, time: string) => {
    const d = addDays(today, -daysAgo);
    return iso(d < `${year}-01-01` ? `${year}-01-01` : d, time);
  };
  const candidates = products
    .filter((p) => p.channels.includes('procurement') && p.stock > 0)
    .map((p) => ({ p, qty: Math.ceil(Math.max(p.moq, 1) / p.packSize) * p.packSize }))
    .filter(({ p, qty }) => qty >= 4 && qty <= 60 && qty * p.priceTiers[0].unitPriceFen <= 80_000);
  const orders: OrderRecord[] = [];
  const buyers = org.users.filter((u) => u.roles.includes('buyer') && u.passwordHash);
  buyers.forEach((u, bi) => {
    const company = org.companies.find((c) => c.id === u.companyId)!;
    const costCenterId = org.departments.find((d) => d.id === u.departmentId)!.costCenterId;
    const budget = org.budgets.find(
      (b) => b.costCenterId === costCenterId && b.category === 'procurement' && b.period === year,
    )!;
    const actor = { actorId: u.id, actorName: u.name, actorNameEn: u.nameEn };
    const plans: {
      placed: number;
      receipts: { daysAgo: number; share: [number, number]; note?: string }[];
      closed?: { daysAgo: number; reason: string };
    }[] = [
      {
        placed: 40,
        receipts: [
          { daysAgo: 33, share: [1, 0.5], note: '第一批到货' },
          { daysAgo: 30, share: [1, 1] },
        ],
      },
      {
        placed: 15,
        receipts: [
          { daysAgo: 9, share: [0.5, 0], note: '首批到货，其余待供应商补发' },
          { daysAgo: 4, share: [0.75, 0.5] },
        ],
      },
      {
        placed: 25,
        receipts: [{ daysAgo: 18, share: [1, 0.5] }],
        closed: { daysAgo: 12, reason: '供应商停产，剩余数量不再供货' },
      },
    ];
    plans.forEach((plan, k) => {
      const picked = [0, 1].map((j) => candidates[(bi * 6 + k * 2 + j) % candidates.length]);
      const lines = picked.map(({ p, qty }) => ({ ...priceLine(p, qty), receivedQty: 0 }));
      const totalFen = lines.reduce((sum, l) => sum + l.lineTotalFen, 0);
      const placedAt = day(plan.placed, '02:30:00');
      const id = `PO${placedAt.slice(0, 10).replaceAll('-', '')}-DEMO${bi + 1}${k + 1}`;
      const movements: BudgetMovement[] = [];
      const move = (
        type: BudgetMovement['type'],
        amountFen: Fen,
        at: string,
        reasonCode: MovementReasonCode,
        reason: string,
        note?: string,
      ) =>
        movements.push({
          id: `bm-${id}-${movements.length + 1}`,
          budgetId: budget.id,
          companyId: u.companyId,
          type,
          amountFen,
          actorId: u.id,
          reason,
          reasonCode,
          reasonParams: note ? { id, note } : { id },
          subjectType: 'order',
          subjectId: id,
          createdAt: at,
        });
      move('commit', totalFen, placedAt, 'ORDER_SUBMITTED', `Order ${id} submitted`);
      const events: OrderEvent[] = [
        { type: 'submitted', at: placedAt, ...actor },
        { type: 'approved', at: placedAt, ...actor, auto: true },
      ];
      const receipts: GoodsReceipt[] = [];
      for (const r of plan.receipts) {
        const at = day(r.daysAgo, '06:00:00');
        const receiptLines = lines
          .map((l, i) => {
            const target = Math.floor(l.qty * r.share[i]);
            const qty = target - l.receivedQty;
            if (qty <= 0) return null;
            const amountFen = receiptAmountFen(l, l.receivedQty, qty);
            l.receivedQty = target;
            return { productId: l.productId, qty, amountFen };
          })
          .filter((x) => x !== null);
        const amountFen = receiptLines.reduce((sum, l) => sum + l.amountFen, 0);
        const complete = lines.every((l) => l.receivedQty === l.qty);
        const receipt: GoodsReceipt = {
          id: `${id}-R${receipts.length + 1}`,
          at,
          actorId: u.id,
          actorName: u.name,
          actorNameEn: u.nameEn,
          lines: receiptLines,
          amountFen,
        };
        if (r.note) receipt.note = r.note;
        receipts.push(receipt);
        events.push({
          type: complete ? 'received' : 'partially_received',
          at,
          ...actor,
          ...(r.note ? { comment: r.note } : {}),
        });
        move(
          'spend',
          amountFen,
          at,
          complete ? 'ORDER_RECEIVED' : 'ORDER_PARTIALLY_RECEIVED',
          complete ? `Order ${id} received` : `Order ${id} partially received`,
        );
      }
      const receivedFen = receipts.reduce((sum, r) => sum + r.amountFen, 0);
      let status: OrderRecord['status'] = lines.every((l) => l.receivedQty === l.qty)
        ? 'received'
        : 'partially_received';
      if (plan.closed) {
        const at = day(plan.closed.daysAgo, '07:00:00');
        events.push({ type: 'closed_short', at, ...actor, comment: plan.closed.reason });
        move(
          'release',
          totalFen - receivedFen,
          at,
          'ORDER_CLOSED_SHORT',
          `Order ${id} closed short: ${plan.closed.reason}`,
          plan.closed.reason,
        );
        status = 'closed_short';
      }
      // the budget follows its movements
      for (const m of movements) {
        if (m.type === 'commit') budget.committedFen += m.amountFen;
        else if (m.type === 'spend') {
          budget.committedFen -= m.amountFen;
          budget.spentFen += m.amountFen;
        } else if (m.type === 'release') budget.committedFen -= m.amountFen;
        budget.version += 1;
      }
      budget.availableFen = availableOf(budget);
      org.budgetMovements.push(...movements);
      const info = COMPANY_EXTRA[u.companyId];
      orders.push({
        id,
        companyId: u.companyId,
        status,
        totalFen,
        lines,
        tax: taxBreakdown(lines),
        invoice: {
          type: 'special',
          title: company.invoice.title,
          taxNumber: company.invoice.taxNumber,
        },
        warnings: [],
        costCenterId,
        budgetId: budget.id,
        deliveryAddress: { recipient: u.name, phone: u.phone, address: info.address },
        createdBy: u.id,
        createdByName: u.name,
        createdByNameEn: u.nameEn,
        createdAt: placedAt,
        updatedAt: events.at(-1)!.at,
        version: 1 + receipts.length + (plan.closed ? 1 : 0),
        approvalLevels: 0,
        approvalRule: 'none',
        events,
        receipts,
        receivedFen,
      });
    });
  });
  return orders;
}

/**
 * 代理审批: hr2@c1 has named admin@c1 to approve in their place during their leave next month (a future
 * range, so who may decide today's tasks is unchanged); both see it on their delegation card at once.
 */
function demoDelegations(users: UserRecord[], today: string) {
  const byEmail = (email: string) => users.find((u) => u.email === email)!;
  const [delegator, delegate] = [byEmail('hr2@c1.example'), byEmail('admin@c1.example')];
  return [
    {
      id: 'DG-c1-hr2-leave',
      companyId: delegator.companyId,
      delegatorId: delegator.id,
      delegatorName: delegator.name,
      delegatorNameEn: delegator.nameEn,
      delegateId: delegate.id,
      delegateName: delegate.name,
      delegateNameEn: delegate.nameEn,
      startDate: addDays(today, 30),
      endDate: addDays(today, 39),
      createdAt: `${addDays(today, -2)}T02:00:00.000Z`,
      version: 1,
    },
  ];
}

/**
 * 常用清单 of each demo buyer: a monthly office restock shared with the department, and a starter kit of
 * their own, from procurement products with stock, at quantities the catalog accepts.
 */
function demoTemplates(users: UserRecord[], products: Product[], today: string) {
  const orderable = (prefix: string, n: number) =>
    products
      .filter((p) => p.channels.includes('procurement') && p.categoryId.startsWith(`cat-${prefix}`))
      .map((p) => ({ p, qty: Math.ceil(Math.max(p.moq, 1) / p.packSize) * p.packSize }))
      .filter(({ p, qty }) => qty <= p.stock && qty <= 100_000)
      .slice(0, n)
      .map(({ p, qty }) => ({ productId: p.id, qty }));
  const at = `${addDays(today, -20)}T02:00:00.000Z`;
  return users
    .filter((u) => u.roles.includes('buyer') && u.passwordHash)
    .flatMap((u) => {
      const owner = {
        companyId: u.companyId,
        ownerId: u.id,
        ownerName: u.name,
        ownerNameEn: u.nameEn,
        departmentId: u.departmentId,
        createdAt: at,
        updatedAt: at,
      };
      return [
        {
          id: `RT-${u.id}-restock`,
          ...owner,
          name: '办公室月度补货',
          shared: true,
          lines: orderable('OF', 5),
        },
        {
          id: `RT-${u.id}-starter`,
          ...owner,
          name: '新员工入职套装',
          shared: false,
          lines: orderable('DG', 2),
        },
      ];
    });
}

/**
 * The address book: each company's office (its default) and warehouse, kept by an admin, and one
 * address of each demo buyer's own, so a checkout starts filled in.
 */
function demoAddresses(users: UserRecord[], today: string) {
  const at = `${addDays(today, -30)}T02:00:00.000Z`;
  const stamp = { createdAt: at, updatedAt: at };
  const company = (companyId: string, rows: [string, string, string, string][]) =>
    rows.map(([label, recipient, phone, address], i) => ({
      id: `CA-${companyId}-${i + 1}`,
      scope: 'company',
      companyId,
      label,
      recipient,
      phone,
      address,
      isDefault: i === 0,
      ...stamp,
    }));
  return {
    companyAddresses: [
      ...company('c1', [
        ['总部前台', '王晓红', '13917001234', '上海市嘉定区安亭镇墨玉南路888号 华东精工大厦1楼'],
        ['嘉定仓库', '李建国', '13817005678', '上海市嘉定区外冈镇恒定路1200号 3号库'],
      ]),
      ...company('c2', [
        ['深圳总部', '黄嘉怡', '13602101234', '广东省深圳市南山区科技园科苑路15号 云联大厦8楼'],
        ['东莞仓库', '陈志强', '13712305678', '广东省东莞市松山湖园区工业东路6号'],
      ]),
    ],
    addresses: users
      .filter((u) => u.roles.includes('buyer') && u.passwordHash)
      .map((u) => ({
        id: `AD-${u.id}`,
        scope: 'personal',
        companyId: u.companyId,
        userId: u.id,
        label: '采购部',
        recipient: u.name,
        phone: u.companyId === 'c1' ? '13800001111' : '13600002222',
        address:
          u.companyId === 'c1'
            ? '上海市嘉定区安亭镇墨玉南路888号 华东精工大厦5楼 采购部'
            : '广东省深圳市南山区科技园科苑路15号 云联大厦6楼 采购部',
        isDefault: true,
        ...stamp,
      })),
  };
}

/**
 * Past gift redemptions of the generated employees (the demo accounts keep their simple history), so
 * recommendations have something to learn from: each department favours a few gifts, some gifts are
 * chosen together, and about two thirds of the employees redeemed 1–3 gifts with points from the spring
 * grant onwards. Every redemption is points-only, received, spent from the oldest-expiring lots, with
 * its `redeem` ledger entry; balances and `balanceAfter` are recomputed so the ledger sums to them.
 */
function generateRedemptionHistory(
  rng: Rng,
  opts: SeedOptions,
  org: ReturnType<typeof generateOrg>,
  products: Product[],
): unknown[] {
  const gifts = products.filter((p) => p.channels.includes('welfare') && p.pointsPrice);
  if (gifts.length < 4) return [];
  const out: unknown[] = [];
  const byDept = new Map<string, Product[]>();
  for (const d of org.departments)
    byDept.set(d.id, [rng.pick(gifts), rng.pick(gifts), rng.pick(gifts)]);
  const companion = new Map<string, Product>(gifts.map((g) => [g.id, rng.pick(gifts)]));
  const last = Date.parse(iso(addDays(opts.today, -4), '12:00:00'));
  let seq = 0;
  for (const u of org.users) {
    if (!/-\d{4}$/.test(u.id) || !rng.chance(0.66)) continue;
    const lots = org.pointsLots.filter((l) => l.userId === u.id);
    const first = Math.min(...lots.map((l) => Date.parse(l.createdAt))) + 86_400_000;
    const times = Array.from({ length: rng.int(1, 3) }, () =>
      Math.floor(first + rng.next() * (last - first)),
    ).sort((a, b) => a - b);
    let prev: Product | undefined;
    for (const t of times) {
      const at = new Date(Math.floor(t / 1000) * 1000).toISOString();
      const gift =
        prev && rng.chance(0.6)
          ? companion.get(prev.id)!
          : rng.chance(0.6)
            ? rng.pick(byDept.get(u.departmentId)!)
            : rng.pick(gifts);
      const price = gift.pointsPrice!;
      const open = lots
        .filter((l) => l.createdAt <= at && l.expiresAt > at && l.remaining > 0)
        .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
      if (open.reduce((s, l) => s + l.remaining, 0) < price) continue;
      const id = `WR${at.slice(0, 10).replaceAll('-', '')}-H${pad(++seq, 5)}`;
      const allocations: { lotId: string; points: number; expiresAt: string }[] = [];
      let left = price;
      for (const l of open) {
        const take = Math.min(left, l.remaining);
        if (!take) break;
        l.remaining -= take;
        left -= take;
        allocations.push({ lotId: l.id, points: take, expiresAt: l.expiresAt });
      }
      const entries = org.pointsLedger.filter((e) => e.userId === u.id);
      org.pointsLedger.push({
        id: `pl-${u.id}-${entries.length + 1}`,
        userId: u.id,
        companyId: u.companyId,
        type: 'redeem',
        points: -price,
        balanceAfter: 0, // recomputed below
        createdAt: at,
        ref: id,
      });
      const shipped = new Date(t + 86_400_000).toISOString();
      const delivered = new Date(t + 3 * 86_400_000).toISOString();
      out.push({
        id,
        companyId: u.companyId,
        userId: u.id,
        status: 'received',
        lines: [
          {
            productId: gift.id,
            qty: 1,
            pointsPrice: price,
            linePoints: price,
            sku: gift.sku,
            name: gift.name,
            nameEn: gift.nameEn,
          },
        ],
        totalPoints: price,
        pointsUsed: price,
        cashFen: 0,
        pointValueFen: 100,
        deliveryAddress: {
          recipient: u.name,
          phone: u.phone,
          address: '公司前台代收 Company reception',
        },
        allocations,
        createdAt: at,
        updatedAt: delivered,
        paidAt: at,
        shippedAt: shipped,
        deliveredAt: delivered,
        receivedAt: delivered,
        timeline: [
          { type: 'placed', at, points: price, cashFen: 0 },
          { type: 'paid', at, cashFen: 0 },
          { type: 'shipped', at: shipped },
          { type: 'delivered', at: delivered },
          { type: 'received', at: delivered },
        ],
      });
      prev = gift;
    }
    // balanceAfter in time order, and the account's balance.
    let balance = 0;
    for (const e of org.pointsLedger
      .filter((x) => x.userId === u.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)))
      e.balanceAfter = balance += e.points;
    const account = org.pointsAccounts.find((a) => a.userId === u.id)!;
    account.balance = balance;
  }
  return out;
}

/** Only the catalog file's content (catalog + travel inventory), e.g. to regenerate a missing catalog file. */
export function generateCatalogDocument(
  opts: Pick<SeedOptions, 'seed' | 'skus'>,
): Record<string, unknown> {
  return {
    meta: { format: DB_FORMAT, seed: opts.seed, skus: opts.skus },
    ...generateCatalog(createRng(`${opts.seed}:catalog`), opts.skus),
    ...generateTravel(createRng(`${opts.seed}:travel`)),
  };
}

function generateOrg(rng: Rng, opts: SeedOptions, year: string) {
  const departments: Department[] = [];
  const costCenters: CostCenter[] = [];
  const users: UserRecord[] = [];
  const budgets: Budget[] = [];
  const budgetMovements: BudgetMovement[] = [];
  const pointsAccounts: PointsAccount[] = [];
  const pointsLedger: PointsLedgerEntry[] = [];
  const pointsLots: PointsLot[] = [];
  const welfareGrants: unknown[] = [];
  const travelPolicies: unknown[] = [];

  for (const company of COMPANIES) {
    const c = company.id;
    DEPARTMENTS[c].forEach((d, i) => {
      const n = pad(i + 1, 2);
      const ccId = `cc-${c}-${n}`;
      costCenters.push({
        id: ccId,
        companyId: c,
        code: `${c.toUpperCase()}-CC${100 + i + 1}`,
        name: `${d.zh}成本中心`,
        nameEn: `${d.en} cost center`,
        active: true,
      });
      departments.push({
        id: `d-${c}-${n}`,
        companyId: c,
        name: d.zh,
        nameEn: d.en,
        costCenterId: ccId,
        active: true,
      });
    });
  }

  // Demo accounts first (stable ids), then ~200 generated employees per company.
  let seq = 0;
  const demoIds: Record<string, string> = {};
  for (const a of DEMO) {
    const id = `u-${a.companyId}-${a.key}`;
    demoIds[`${a.companyId}:${a.key}`] = id;
    users.push({
      id,
      companyId: a.companyId,
      departmentId: `d-${a.companyId}-${pad(a.dept, 2)}`,
      name: a.name,
      nameEn: a.nameEn,
      email: a.email,
      roles: a.roles,
      employeeNo: `${a.companyId.toUpperCase()}${pad(++seq, 5)}`,
      phone: `138${pad(rng.int(0, 99_999_999), 8)}`,
      active: true,
      passwordHash: hashPassword(DEMO_PASSWORD),
      grantedCostCenterIds: [],
    });
  }
  for (const company of COMPANIES) {
    const c = company.id;
    const depts = departments.filter((d) => d.companyId === c);
    for (let i = 1; i <= 200; i++) {
      const [sz, sp] = rng.pick(SURNAMES);
      const [gz, gp] = rng.pick(GIVEN);
      users.push({
        id: `u-${c}-${pad(i, 4)}`,
        companyId: c,
        departmentId: rng.pick(depts).id,
        name: sz + gz,
        nameEn: `${gp} ${sp}`,
        email: `${sp.toLowerCase()}.${gp.toLowerCase()}.${pad(i, 4)}@${c}.example`,
        roles: ['employee'],
        employeeNo: `${c.toUpperCase()}${pad(++seq, 5)}`,
        phone: `13${rng.int(5, 9)}${pad(rng.int(0, 99_999_999), 8)}`,
        active: i !== 200, // the last one has left the company (directory, audience checks)
        passwordHash: null, // no password set: see mock-api/README.md "Seed"
        grantedCostCenterIds: [],
      });
    }
  }

  // Budgets: procurement, welfare, travel for the current year per cost center, with the allocation movement.
  const ranges: Record<BudgetCategory, [number, number]> = {
    procurement: [20, 150],
    welfare: [10, 50],
    travel: [5, 30],
  };
  for (const cc of costCenters) {
    const admin = demoIds[`${cc.companyId}:admin`] ?? demoIds[`${cc.companyId}:hr`];
    const purchasing = cc.id.endsWith('-02');
    for (const category of ['procurement', 'welfare', 'travel'] as BudgetCategory[]) {
      const [lo, hi] = ranges[category];
      const amountFen =
        (category === 'procurement' && purchasing ? 200 : rng.int(lo, hi)) * 1_000_000; // ×¥10,000
      const id = `b-${cc.id}-${category}-${year}`;
      budgets.push({
        id,
        companyId: cc.companyId,
        costCenterId: cc.id,
        category,
        period: year,
        amountFen,
        committedFen: 0,
        spentFen: 0,
        availableFen: amountFen,
        version: 1,
      });
      budgetMovements.push({
        id: `bm-${id}-0`,
        budgetId: id,
        companyId: cc.companyId,
        type: 'amount',
        amountFen,
        actorId: admin,
        reason: 'Annual allocation',
        reasonCode: 'ALLOCATION',
        reasonParams: {},
        subjectType: null,
        subjectId: null,
        createdAt: iso(`${year}-01-01`),
      });
    }
  }

  // Points: every user gets an account; two company-wide grants plus, for the demo employee, a redemption
  // and a lot expiring within 30 days. Ledger entries sum to the balance; lots hold what is unspent.
  const today = opts.today;
  const grantsOf = (c: string) => [
    {
      id: `g-${c}-spring`,
      occasion: '春节福利 Spring Festival',
      createdAt: iso(addDays(today, -120), '02:00:00'),
      expiresAt: iso(addDays(today, 20), '15:59:59'),
    },
    {
      id: `g-${c}-midautumn`,
      occasion: '中秋福利 Mid-Autumn Festival',
      createdAt: iso(addDays(today, -40), '02:00:00'),
      expiresAt: iso(addDays(today, 325), '15:59:59'),
    },
  ];
  for (const company of COMPANIES) {
    const c = company.id;
    const grants = grantsOf(c);
    const members = users.filter((u) => u.companyId === c);
    const amounts = [rng.pick([300, 500, 800]), rng.pick([500, 800, 1000])];
    grants.forEach((g, gi) =>
      welfareGrants.push({
        id: g.id,
        companyId: c,
        occasion: g.occasion,
        points: amounts[gi],
        employeeIds: members.map((u) => u.id),
        expiresAt: g.expiresAt,
        createdBy: demoIds[`${c}:hr`],
        createdAt: g.createdAt,
        status: 'credited',
        costFen: amounts[gi] * company.settings.pointValueFen * members.length,
        pointValueFen: company.settings.pointValueFen,
        approvalLevels: 0,
        creditedAt: g.createdAt,
      }),
    );
    for (const u of members) {
      let balance = 0;
      let n = 0;
      const lots: PointsLot[] = [];
      grants.forEach((g, gi) => {
        balance += amounts[gi];
        const entryId = `pl-${u.id}-${++n}`;
        pointsLedger.push({
          id: entryId,
          userId: u.id,
          companyId: c,
          type: 'grant',
          points: amounts[gi],
          balanceAfter: balance,
          createdAt: g.createdAt,
          ref: g.id,
          expiresAt: g.expiresAt,
        });
        lots.push({
          id: `lot-${u.id}-${gi + 1}`,
          userId: u.id,
          companyId: c,
          grantEntryId: entryId,
          points: amounts[gi],
          remaining: amounts[gi],
          createdAt: g.createdAt,
          expiresAt: g.expiresAt,
        });
      });
      if (u.id === demoIds['c1:employee']) {
        const spent = 100; // oldest lot first: leaves some points of the spring lot expiring within 30 days
        balance -= spent;
        lots[0].remaining -= spent;
        pointsLedger.push({
          id: `pl-${u.id}-${++n}`,
          userId: u.id,
          companyId: c,
          type: 'redeem',
          points: -spent,
          balanceAfter: balance,
          createdAt: iso(addDays(today, -10), '06:30:00'),
          ref: 'wr-seed-0001',
        });
      }
      pointsAccounts.push({ id: u.id, userId: u.id, companyId: c, balance });
      pointsLots.push(...lots);
    }
    travelPolicies.push(
      {
        id: `tp-${c}-standard`,
        companyId: c,
        name: '标准差旅标准',
        nameEn: 'Standard travel policy',
        appliesToRoles: ['employee', 'buyer', 'hr'],
        flightCabin: 'economy',
        maxFarePercent: 70,
        lowestLogicalFare: { windowMinutes: 120, toleranceFen: 20_000, tolerancePercent: 10 },
        trainSeat: 'second',
        hotelCapFenByTier: { '1': 60_000, '2': 50_000, '3': 40_000, '4': 30_000 },
        advanceBookingDays: 3,
        version: 1,
        updatedAt: iso(`${year}-01-01`),
      },
      {
        id: `tp-${c}-senior`,
        companyId: c,
        name: '高管差旅标准',
        nameEn: 'Senior travel policy',
        appliesToRoles: ['admin'],
        flightCabin: 'business',
        maxFarePercent: null,
        lowestLogicalFare: null,
        trainSeat: 'business',
        hotelCapFenByTier: { '1': 120_000, '2': 90_000, '3': 70_000, '4': 60_000 },
        advanceBookingDays: 0,
        version: 1,
        updatedAt: iso(`${year}-01-01`),
      },
    );
  }

  const companies = COMPANIES.map((c) => ({ ...c, ...COMPANY_EXTRA[c.id] }));
  return {
    companies,
    departments,
    costCenters,
    users,
    budgets,
    budgetMovements,
    pointsAccounts,
    pointsLedger,
    pointsLots,
    welfareGrants,
    travelPolicies,
  };
}

function generateCatalog(rng: Rng, skus: number) {
  const categories: (Category & { code: string; glyph: string; color: string })[] = [];
  for (const top of CATEGORIES) {
    categories.push({
      id: `cat-${top.code}`,
      name: top.zh,
      nameEn: top.en,
      parentId: null,
      code: top.code,
      glyph: top.glyph,
      color: top.color,
    });
    for (const sub of top.children)
      categories.push({
        id: `cat-${sub.code}`,
        name: sub.zh,
        nameEn: sub.en,
        parentId: `cat-${top.code}`,
        code: sub.code,
        glyph: top.glyph,
        color: top.color,
      });
  }
  const suppliers: (Supplier & {
    brand: string;
    brandEn: string;
    origin: string;
    categoryIds: string[];
    contractNo: string;
  })[] = SUPPLIERS.map((s, i) => ({
    id: `s${pad(i + 1, 2)}`,
    name: s.company,
    nameEn: s.companyEn,
    brand: s.brand,
    brandEn: s.brandEn,
    rating: Math.round((3.6 + rng.next() * 1.4) * 10) / 10,
    origin: s.origin,
    categoryIds: [...new Set(s.supplies.map((code) => `cat-${code.split(':')[0]}`))],
    contractNo: `HT-${2024 + (i % 3)}-${pad(rng.int(1, 9999), 4)}`,
  }));
  // Who may make each product template: a supplier of its top category, its subcategory or the template.
  const makers = new Map<Template, number[]>();
  for (const top of CATEGORIES)
    for (const sub of top.children)
      for (const tpl of sub.templates) {
        const fits = [top.code, sub.code, `${sub.code}:${tpl.zh}`];
        const found = SUPPLIERS.flatMap((s, i) =>
          s.supplies.some((c) => fits.includes(c)) ? [i] : [],
        );
        if (!found.length) throw new Error(`No supplier makes ${sub.code}:${tpl.zh}`);
        makers.set(tpl, found);
      }
  const subs = CATEGORIES.flatMap((top) => top.children);

  const products: Product[] = [];
  for (let i = 1; i <= skus; i++) {
    const sub = rng.pick(subs);
    const tpl: Template = rng.pick(sub.templates);
    const si = rng.pick(makers.get(tpl)!);
    const sref = SUPPLIERS[si];
    const vs = tpl.variants.map((dim) => rng.pick(dim));
    const model = `${sref.brandEn
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 2)
      .toUpperCase()}-${rng.int(100, 999)}${String.fromCharCode(65 + rng.int(0, 25))}`;
    const welfareOnly = tpl.welfare === 'only';
    const both = tpl.welfare === 'both' && rng.chance(0.6);
    const channels: Channel[] = welfareOnly
      ? ['welfare']
      : both
        ? ['procurement', 'welfare']
        : ['procurement'];
    const forWelfare = channels.includes('welfare');
    const packSize = forWelfare ? 1 : rng.pick(tpl.packs);
    const moq = forWelfare ? 1 : packSize * rng.pick([1, 1, 2, 5]);
    const base = yuan(tpl.price[0] + rng.next() * (tpl.price[1] - tpl.price[0]));
    const priceTiers: PriceTier[] = [{ minQty: moq, unitPriceFen: base }];
    const extra = base < 10_000 ? rng.int(1, 2) : rng.int(0, 2);
    let q = moq;
    for (let t = 1; t <= extra; t++) {
      q = Math.ceil((q * rng.pick([5, 10])) / packSize) * packSize;
      if (q > 100_000) break;
      priceTiers.push({
        minQty: q,
        unitPriceFen: Math.max(
          1,
          Math.round((base * (1 - 0.05 * t - rng.int(0, 3) / 100)) / 10) * 10,
        ),
      });
    }
    const stock = rng.chance(0.06) ? 0 : rng.int(1, 400) * packSize * (base < 5_000 ? 25 : 1);
    const id = `p${pad(i, 6)}`;
    const product: Product = {
      id,
      sku: `${sub.code}-${pad(i, 6)}`,
      name: `${sref.brand} ${tpl.zh} ${vs.map((v) => v.zh).join(' ')} ${model}`,
      nameEn: `${sref.brandEn} ${tpl.en}, ${vs.map((v) => v.en).join(', ')}, ${model}`,
      brand: sref.brand,
      brandEn: sref.brandEn,
      categoryId: `cat-${sub.code}`,
      supplierId: suppliers[si].id,
      unit: tpl.unit,
      moq,
      packSize,
      stock,
      leadTimeDays: rng.pick([1, 2, 3, 3, 5, 7, 7, 10, 14, 21, 30]),
      vatRate: vatRateForCategory(`cat-${sub.code}`),
      priceTiers,
      channels,
      image: `/api/images/products/${id}.svg`,
      specs: {
        品牌: sref.brand,
        型号: model,
        [tpl.spec[0]]: rng.pick(tpl.spec[2]),
        产地: sref.origin,
        包装: `${packSize}${tpl.unit}/包`,
      },
    };
    product.specsEn = specsEnOf({
      brandEn: sref.brandEn,
      model,
      spec: { keyEn: tpl.spec[1], value: product.specs[tpl.spec[0]] ?? '' },
      origin: sref.origin,
      packSize,
      unit: tpl.unit,
    });
    if (forWelfare) product.pointsPrice = Math.ceil(base / 100);
    products.push(product);
  }
  return { categories, suppliers, products };
}

// ---- travel inventory (e差旅): schedules and hotels; mock-api/services/travel-offers.ts prices them per day ----

/** Great-circle distance in km between two cities. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}

const hhmm = (min: number) => `${pad(Math.floor(min / 60) % 24, 2)}:${pad(min % 60, 2)}`;
const round10 = (fen: number) => Math.round(fen / 1000) * 1000; // whole ¥10

function generateTravel(rng: Rng) {
  const flights: unknown[] = [];
  const trains: unknown[] = [];
  const hotels: unknown[] = [];
  const cities = CITIES.map(({ code, zh, en, tier, airports, station }) => ({
    code,
    name: zh,
    nameEn: en,
    tier: String(tier),
    airports: airports.map((a) => ({ code: a.code, name: a.zh, nameEn: a.en })),
    station: { name: station.zh, nameEn: station.en },
  }));
  let fn = 0;
  let tn = 0;
  const usedNos = new Set<string>();
  CITIES.forEach((from, a) =>
    CITIES.forEach((to, b) => {
      if (a === b) return;
      const km = distanceKm(from, to);
      // Flights: busier between big cities; full fares (Y) of about ¥1.15/km plus ¥300.
      const count = from.tier === 1 && to.tier === 1 ? 8 : from.tier <= 2 && to.tier <= 2 ? 5 : 3;
      const economy = round10((km * 1.15 + 300) * 100);
      for (let k = 0; k < count; k++) {
        const [code, zh, en] = rng.pick(AIRLINES);
        let flightNo: string;
        do flightNo = `${code}${rng.int(1001, 9899)}`;
        while (usedNos.has(flightNo));
        usedNos.add(flightNo);
        const aircraft = rng.pick(AIRCRAFT);
        const dep = 7 * 60 + rng.int(0, 15 * 4) * 15; // 07:00 – 22:00
        const durationMin = 45 + Math.round(km / 12 / 5) * 5;
        flights.push({
          id: `fl-${pad(++fn, 5)}`,
          flightNo,
          airlineCode: code,
          airline: zh,
          airlineEn: en,
          aircraft,
          from: from.code,
          fromAirport: rng.pick(from.airports).code,
          to: to.code,
          toAirport: rng.pick(to.airports).code,
          departTime: hhmm(dep),
          arriveTime: hhmm(dep + durationMin),
          arrivesNextDay: dep + durationMin >= 24 * 60,
          durationMin,
          distanceKm: km,
          fullFares: {
            economy,
            premium: WIDE_BODY.has(aircraft) ? round10(economy * 1.5) : null,
            business: round10(economy * 2.6),
          },
        });
      }
      // Trains: rail distance ≈ 1.25 × the great circle; G/D up to 2,000 km, Z overnight from 800 km.
      const rail = Math.round(km * 1.25);
      const kinds: ['G' | 'D' | 'Z', number, number][] = [];
      if (rail <= 2000) kinds.push(['G', 3, 250], ['D', 2, 170]);
      if (rail >= 800) kinds.push(['Z', 1, 95]);
      for (const [kind, n, speed] of kinds) {
        for (let k = 0; k < n; k++) {
          const dep =
            kind === 'Z' ? 18 * 60 + rng.int(0, 16) * 15 : 6 * 60 + rng.int(0, 15 * 4) * 15;
          const durationMin = Math.round(((rail / speed) * 60 + 15) / 5) * 5;
          const second = round10(rail * (kind === 'G' ? 0.46 : kind === 'D' ? 0.31 : 0.2) * 100);
          trains.push({
            id: `tr-${pad(++tn, 5)}`,
            trainNo: `${kind}${kind === 'Z' ? rng.int(1, 399) : rng.int(1, 8999)}`,
            type: kind,
            from: from.code,
            // Overnight Z trains leave from the city's main station, not the high-speed one.
            fromStation: kind === 'Z' ? `${from.zh}站` : from.station.zh,
            fromStationEn: kind === 'Z' ? from.en : from.station.en,
            to: to.code,
            toStation: kind === 'Z' ? `${to.zh}站` : to.station.zh,
            toStationEn: kind === 'Z' ? to.en : to.station.en,
            departTime: hhmm(dep),
            arriveTime: hhmm(dep + durationMin),
            arrivesNextDay: dep + durationMin >= 24 * 60,
            durationMin,
            distanceKm: rail,
            fares: {
              second,
              first: round10(second * 1.6),
              business: kind === 'G' ? round10(second * 3.1) : null,
            },
          });
        }
      }
    }),
  );
  let hn = 0;
  for (const city of CITIES) {
    const tierFactor = [0, 1.5, 1.2, 1.05, 0.95][city.tier];
    for (const [zh, en, stars] of HOTEL_BRANDS) {
      for (const [district, districtEn] of [rng.pick(HOTEL_DISTRICTS), rng.pick(HOTEL_DISTRICTS)]) {
        const name = `${zh}（${city.zh}${district}店）`;
        if (hotels.some((h) => (h as { name: string }).name === name)) continue;
        hotels.push({
          id: `ht-${pad(++hn, 4)}`,
          city: city.code,
          brand: zh,
          brandEn: en,
          name,
          nameEn: `${en} ${city.en} ${districtEn}`,
          stars,
          cityTier: String(city.tier),
          district,
          districtEn,
          nightlyFen: round10((120 + stars * 110) * tierFactor * (0.85 + rng.next() * 0.4) * 100),
        });
      }
    }
  }
  return { cities, flights, trains, hotels };
}

/** Generates and writes DB_FILE and its catalog file atomically (catalog first, so DB_FILE never points at nothing). */
export function writeSeed(
  dbFile: string,
  opts: SeedOptions,
): { dbFile: string; catalogFile: string; products: number } {
  const { db, catalog } = generateSeed(opts);
  const catalogFile = catalogFileFor(dbFile);
  (db['meta'] as { catalogFile: string }).catalogFile = basename(catalogFile);
  mkdirSync(dirname(dbFile), { recursive: true });
  rmSync(journalFileFor(dbFile), { force: true }); // the changes of the database this one replaces
  writeFileAtomicSync(catalogFile, serializeDocument(catalog));
  writeFileAtomicSync(dbFile, serializeDocument(db));
  return { dbFile, catalogFile, products: opts.skus };
}
