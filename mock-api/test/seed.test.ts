// The seed: the same output for the same (seed, skus, today) except the password hashes (random salts),
// realistic data that satisfies the contract's rules (tiers, channels, budgets, points), and speed at
// 50,000 products.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import {
  availableOf,
  type Budget,
  type BudgetMovement,
  type Product,
} from '../../src/domain/index.ts';
import type { OrderRecord } from '../services/orders.ts';
import { hashParams, SCRYPT_PARAMS, verifyPassword } from '../lib/password.ts';
import { catalogFileFor, generateSeed, writeSeed } from '../seed/generate.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'mock-api-seed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(out: string, skus: number, seed: string): void {
  const r = spawnSync(
    process.execPath,
    [
      'mock-api/seed/cli.ts',
      '--out',
      out,
      '--skus',
      String(skus),
      '--seed',
      seed,
      '--today',
      '2026-03-01',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
}

describe('determinism', () => {
  it('the CLI writes the same files for the same seed and size but for random salts, different ones for another seed', () => {
    const [a, b] = ['a', 'b'].map((n) => join(dir, n, 'db.json'));
    cli(a, 300, 's1');
    cli(b, 300, 's1');
    assert.ok(
      readFileSync(catalogFileFor(a)).equals(readFileSync(catalogFileFor(b))),
      'the catalog differs between two runs',
    );
    const hashes = /"passwordHash":"[^"]*"/g;
    const [textA, textB] = [a, b].map((f) => readFileSync(f, 'utf8'));
    assert.equal(
      textA.replace(hashes, ''),
      textB.replace(hashes, ''),
      `${a} differs beyond hashes`,
    );
    const hashesA = textA.match(hashes)!;
    assert.ok(hashesA.length >= 8);
    assert.ok(
      hashesA.every((h) => !textB.includes(h)),
      'every run salts every hash anew',
    );
    const other = generateSeed({ seed: 's2', skus: 300, today: '2026-03-01' });
    const products = (x: { catalog: Record<string, unknown> }) =>
      JSON.stringify(x.catalog['products']);
    assert.notEqual(
      products(other),
      JSON.stringify(JSON.parse(readFileSync(catalogFileFor(a), 'utf8')).products),
      'another seed gives other products',
    );
    const db = JSON.parse(readFileSync(a, 'utf8'));
    assert.equal(db.meta.catalogFile, 'db.catalog.json');
  });
});

describe('data', () => {
  const { db, catalog } = generateSeed({ seed: 'data', skus: 2000, today: '2026-03-01' });
  const products = catalog['products'] as Product[];
  const users = db['users'] as {
    id: string;
    email: string;
    companyId: string;
    roles: string[];
    passwordHash: string | null;
    departmentId: string;
  }[];

  it('has the two companies with the contract’s settings', () => {
    const companies = db['companies'] as {
      id: string;
      name: string;
      settings: Record<string, number>;
    }[];
    assert.deepEqual(
      companies.map((c) => [c.id, c.name]),
      [
        ['c1', '华东精工制造有限公司'],
        ['c2', '南方云联科技有限公司'],
      ],
    );
    assert.deepEqual(companies[0].settings, {
      approvalThresholdFen: 500000,
      secondApprovalThresholdFen: 5000000,
      pointValueFen: 100,
    });
  });

  it('has every demo account with a salted hash of Passw0rd!, plus ~200 employees per company without a password', async () => {
    const demo = [
      'admin@c1.example',
      'hr@c1.example',
      'hr2@c1.example',
      'buyer@c1.example',
      'employee@c1.example',
      'hr@c2.example',
      'hr2@c2.example',
      'buyer@c2.example',
      'employee@c2.example',
    ];
    for (const email of demo) {
      const u = users.find((x) => x.email === email);
      assert.ok(u, email);
      assert.ok(await verifyPassword('Passw0rd!', u.passwordHash), email);
      assert.ok(!(await verifyPassword('passw0rd!', u.passwordHash)));
    }
    const generated = (u: { id: string }) => /^u-c\d+-\d{4}$/.test(u.id);
    assert.ok(users.filter(generated).every((u) => u.passwordHash === null));
    const hashed = users.filter((u) => !generated(u));
    assert.ok(hashed.length >= demo.length);
    for (const u of hashed)
      assert.deepEqual(hashParams(u.passwordHash), SCRYPT_PARAMS, `${u.email}: one cost for all`);
    assert.equal(
      new Set(hashed.map((u) => u.passwordHash!.split('$')[4])).size,
      hashed.length,
      'one salt per hash',
    );
    for (const c of ['c1', 'c2']) assert.ok(users.filter((u) => u.companyId === c).length >= 200);
    assert.equal(new Set(users.map((u) => u.email)).size, users.length, 'emails are unique');
    const depts = new Set((db['departments'] as { id: string }[]).map((d) => d.id));
    assert.ok(users.every((u) => depts.has(u.departmentId)));
  });

  it('products follow the catalog rules', () => {
    assert.equal(products.length, 2000);
    const cats = new Map(
      (catalog['categories'] as { id: string; parentId: string | null }[]).map((c) => [c.id, c]),
    );
    const sups = new Set((catalog['suppliers'] as { id: string }[]).map((s) => s.id));
    assert.ok(sups.size >= 40);
    assert.ok([...cats.values()].filter((c) => c.parentId === null).length >= 6);
    assert.equal(new Set(products.map((p) => p.sku)).size, products.length, 'SKUs are unique');
    for (const p of products) {
      assert.ok(p.priceTiers.length >= 1, p.id);
      assert.equal(p.priceTiers[0].minQty, p.moq, `${p.id}: first tier at moq`);
      for (let i = 1; i < p.priceTiers.length; i++) {
        assert.ok(p.priceTiers[i].minQty > p.priceTiers[i - 1].minQty, `${p.id}: tiers sorted`);
        assert.ok(
          p.priceTiers[i].unitPriceFen <= p.priceTiers[i - 1].unitPriceFen,
          `${p.id}: bigger tiers are not dearer`,
        );
      }
      assert.ok(p.priceTiers.every((t) => Number.isInteger(t.unitPriceFen) && t.unitPriceFen > 0));
      assert.equal(p.moq % p.packSize, 0, `${p.id}: moq is a pack multiple`);
      assert.ok(p.channels.length >= 1);
      assert.equal(
        p.pointsPrice !== undefined,
        p.channels.includes('welfare'),
        `${p.id}: pointsPrice iff welfare`,
      );
      assert.ok(cats.get(p.categoryId)?.parentId, `${p.id}: leaf category`);
      assert.ok(sups.has(p.supplierId));
      assert.ok(
        /[\u4e00-\u9fff]/.test(p.name) && /^[\x20-\x7e²×]+$/.test(p.nameEn),
        `${p.id}: ${p.nameEn}`,
      );
      assert.equal(p.image, `/api/images/products/${p.id}.svg`);
    }
    assert.ok(products.some((p) => p.stock === 0) && products.some((p) => p.stock > 0));
    assert.ok(
      products.some((p) => p.channels.includes('welfare')) &&
        products.some((p) => p.channels.includes('procurement')),
    );
  });

  it('brands and suppliers fit their products: no Bosch laptops, Midea phones or Supor laptops', () => {
    const cats = new Map(
      (catalog['categories'] as { id: string; name: string; parentId: string | null }[]).map(
        (c) => [c.id, c],
      ),
    );
    const suppliers = new Map(
      (catalog['suppliers'] as { id: string; brand: string; categoryIds: string[] }[]).map((s) => [
        s.id,
        s,
      ]),
    );
    const brandsIn = (category: string) =>
      new Set(
        products.filter((p) => cats.get(p.categoryId)?.name === category).map((p) => p.brand),
      );
    const within = (category: string, allowed: string[]) => {
      const found = brandsIn(category);
      assert.ok(found.size > 0, category);
      assert.deepEqual(
        [...found].filter((b) => !allowed.includes(b)),
        [],
        category,
      );
    };
    within('笔记本电脑', ['联想', '华为', '小米', '戴尔', '惠普']);
    within('手机通讯', ['华为', '小米']);
    within('生活电器', ['美的', '格力', '海尔', '九阳', '苏泊尔', '小米']);
    within('电动工具', ['博世', '东成']);
    within('黄金饰品', ['周大福', '老凤祥', '中国黄金']);
    for (const p of products) {
      const s = suppliers.get(p.supplierId)!;
      assert.equal(s.brand, p.brand, `${p.id}: the supplier is the brand's`);
      const sub = cats.get(p.categoryId)!;
      assert.ok(
        s.categoryIds.includes(p.categoryId) || s.categoryIds.includes(sub.parentId!),
        `${p.id}: ${p.brand} supplies ${sub.name}`,
      );
    }
  });

  it('every product has its brand and specification table in English too, with no Chinese left', () => {
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
    for (const p of products) {
      assert.ok(p.specsEn, `${p.id} has specsEn`);
      assert.ok(p.brandEn && !cjk.test(p.brandEn), `${p.id}: brandEn ${p.brandEn}`);
      assert.equal(Object.keys(p.specsEn).length, Object.keys(p.specs).length, p.id);
      for (const [k, v] of Object.entries(p.specsEn))
        assert.ok(!cjk.test(k) && !cjk.test(v), `${p.id}: ${k}: ${v}`);
    }
  });

  it('budgets: three categories per cost center for the current year, invariant holds', () => {
    const budgets = db['budgets'] as Budget[];
    const ccs = db['costCenters'] as { id: string }[];
    assert.equal(budgets.length, ccs.length * 3);
    for (const b of budgets) {
      assert.equal(b.period, '2026');
      assert.equal(b.availableFen, availableOf(b));
      assert.ok(b.availableFen >= 0);
    }
    const purchasing = budgets.find(
      (b) => b.costCenterId === 'cc-c1-02' && b.category === 'procurement',
    )!;
    assert.ok(purchasing.amountFen >= 20_000_000);
  });

  it('demo orders: each demo buyer has one received, one partially received and one closed short; budgets follow their movements', () => {
    const orders = db['orders'] as OrderRecord[];
    const movements = db['budgetMovements'] as BudgetMovement[];
    for (const email of ['buyer@c1.example', 'buyer@c2.example']) {
      const buyer = users.find((u) => u.email === email)!;
      const mine = orders.filter((o) => o.createdBy === buyer.id);
      assert.deepEqual(mine.map((o) => o.status).sort(), [
        'closed_short',
        'partially_received',
        'received',
      ]);
      for (const o of mine) {
        assert.equal(o.companyId, buyer.companyId);
        assert.equal(o.tax.grossFen, o.totalFen);
        assert.equal(o.invoice.type, 'special');
        assert.ok(o.receipts.length >= 1);
        assert.equal(
          o.receipts.reduce((s, r) => s + r.amountFen, 0),
          o.receivedFen,
        );
        for (const l of o.lines)
          assert.equal(
            o.receipts
              .flatMap((r) => r.lines)
              .filter((r) => r.productId === l.productId)
              .reduce((s, r) => s + r.qty, 0),
            l.receivedQty,
          );
        if (o.status === 'received') assert.equal(o.receivedFen, o.totalFen);
        else assert.ok(o.receivedFen > 0 && o.receivedFen < o.totalFen);
        if (o.status === 'partially_received') assert.ok(o.receipts.length >= 2);
        const own = movements.filter((m) => m.subjectId === o.id);
        assert.equal(
          own.filter((m) => m.type === 'spend').reduce((s, m) => s + m.amountFen, 0),
          o.receivedFen,
        );
      }
    }
    for (const b of db['budgets'] as Budget[]) {
      const own = movements.filter((m) => m.budgetId === b.id);
      const sum = (t: string) =>
        own.filter((m) => m.type === t).reduce((s, m) => s + m.amountFen, 0);
      assert.equal(b.spentFen, sum('spend'), b.id);
      assert.equal(b.committedFen, sum('commit') - sum('spend') - sum('release'), b.id);
      assert.equal(b.availableFen, availableOf(b), b.id);
    }
  });

  it('points: employee@c1 has a positive unexpired balance, some expiring within 30 days; ledgers sum to balances', () => {
    const accounts = db['pointsAccounts'] as { userId: string; balance: number }[];
    const ledger = db['pointsLedger'] as { userId: string; points: number; balanceAfter: number }[];
    const lots = db['pointsLots'] as { userId: string; remaining: number; expiresAt: string }[];
    const employee = users.find((u) => u.email === 'employee@c1.example')!;
    const acc = accounts.find((a) => a.userId === employee.id)!;
    assert.ok(acc.balance > 0);
    const soon = lots.filter(
      (l) =>
        l.userId === employee.id &&
        l.remaining > 0 &&
        l.expiresAt > '2026-03-01' &&
        l.expiresAt <= '2026-03-31',
    );
    assert.ok(soon.length > 0, 'some points expire within 30 days');
    for (const a of accounts) {
      const entries = ledger.filter((e) => e.userId === a.userId);
      assert.equal(
        entries.reduce((s, e) => s + e.points, 0),
        a.balance,
        a.userId,
      );
      assert.equal(
        lots.filter((l) => l.userId === a.userId).reduce((s, l) => s + l.remaining, 0),
        a.balance,
      );
    }
  });

  it('travel: policies per company and inventory by city tier', () => {
    assert.ok((db['travelPolicies'] as { companyId: string }[]).some((p) => p.companyId === 'c2'));
    const hotels = catalog['hotels'] as { cityTier: string }[];
    // 一线, 新一线, 二线, 其他: the hotel-cap tiers of src/domain/travel-policy.ts
    assert.deepEqual([...new Set(hotels.map((h) => h.cityTier))].sort(), ['1', '2', '3', '4']);
    assert.ok((catalog['flights'] as unknown[]).length > 100);
    assert.ok((catalog['trains'] as unknown[]).length > 100);
  });
});

describe('speed', () => {
  it('seeds 50,000 products in a few seconds (CPU time, so a busy machine does not fail it)', () => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    writeSeed(join(dir, 'big', 'db.json'), { seed: 'big', skus: 50_000, today: '2026-03-01' });
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    assert.ok(
      cpuMs < 8_000,
      `took ${Math.round(cpuMs)} ms of CPU (${Math.round(performance.now() - t0)} ms wall)`,
    );
    const catalog = JSON.parse(readFileSync(join(dir, 'big', 'db.catalog.json'), 'utf8'));
    assert.equal(catalog.products.length, 50_000);
  });
});
