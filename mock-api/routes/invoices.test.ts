// API tests of VAT on orders, invoices (the company's details, the order's choice) and need-by dates
// (mock-api/openapi.yaml) against a real server and a temporary database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays, splitGross, type Product, type VatRate } from '../../src/domain/index.ts';
import { TODAY } from '../test/kit.ts';
import { ADDRESS, idemKey, startApi, type Client, type TestApi } from './business.test-util.ts';

let api: TestApi;
let buyer: Client;
let hr: Client;
let admin: Client;
let buyerC2: Client;
let cc: string;
let goods: Product;
let food: Product;
let slow: Product;

const minLine = (p: Product) => ({ productId: p.id, qty: p.moq });
const order = (lines: unknown, extra: Record<string, unknown> = {}) => ({
  costCenterId: cc,
  lines,
  deliveryAddress: ADDRESS,
  ...extra,
});
const VALID = '91350100M000100Y43';

before(async () => {
  api = await startApi();
  [buyer, hr, admin, buyerC2] = await Promise.all(
    ['buyer@c1.example', 'hr@c1.example', 'admin@c1.example', 'buyer@c2.example'].map((e) =>
      api.as(e),
    ),
  );
  cc = api.db['departments'].find((d) => d.id === buyer.user.departmentId).costCenterId;
  const proc = api.products.filter(
    (p) => p.channels.includes('procurement') && p.moq * p.priceTiers[0].unitPriceFen < 50_000,
  );
  goods = proc.find((p) => p.vatRate === 13 && p.leadTimeDays <= 3)!;
  food = proc.find((p) => p.vatRate === 9)!;
  slow = proc.find((p) => p.leadTimeDays >= 10)!;
  assert.ok(goods && food && slow, 'seed has the products these tests need');
});

after(() => api?.stop());

describe('VAT', () => {
  it('every product has a rate by its category: food 9 %, other goods 13 %', async () => {
    for (const p of api.products)
      assert.equal(p.vatRate, p.categoryId.startsWith('cat-FD') ? 9 : 13, p.id);
    const r = await buyer.get(`/api/products/${food.id}`);
    assert.equal(r.body.vatRate, 9);
  });

  it('lines keep rate, net and VAT; the breakdown sums them exactly (preview = order)', async () => {
    // odd quantities of odd prices make rounding visible
    const lines = [minLine(goods), minLine(food)];
    const pv = await buyer.post('/api/orders/preview', { costCenterId: cc, lines });
    assert.equal(pv.status, 200, JSON.stringify(pv.body));
    const r = await buyer.post('/api/orders', order(lines), idemKey());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const o = r.body;
    assert.deepEqual(pv.body.tax, o.tax);
    for (const [i, p] of [goods, food].entries()) {
      const l = o.lines[i];
      assert.equal(l.vatRate, p.vatRate);
      assert.deepEqual(
        { netFen: l.netFen, vatFen: l.vatFen },
        (({ netFen, vatFen }) => ({ netFen, vatFen }))(splitGross(l.lineTotalFen, p.vatRate)),
      );
      assert.equal(l.netFen + l.vatFen, l.lineTotalFen);
    }
    assert.equal(o.tax.grossFen, o.totalFen);
    assert.equal(o.tax.netFen + o.tax.vatFen, o.tax.grossFen);
    assert.deepEqual(
      o.tax.byRate.map((b: { rate: VatRate }) => b.rate),
      [13, 9],
    );
    for (const b of o.tax.byRate) {
      const of = o.lines.filter((l: { vatRate: number }) => l.vatRate === b.rate);
      assert.equal(
        b.vatFen,
        of.reduce((s: number, l: { vatFen: number }) => s + l.vatFen, 0),
      );
    }
    // the order keeps what it was placed with
    const read = await buyer.get(`/api/orders/${o.id}`);
    assert.deepEqual(read.body.tax, o.tax);
    assert.deepEqual(read.body.lines, o.lines);
  });
});

describe('invoice on the order', () => {
  it('the original command still works: a normal invoice to the company’s details', async () => {
    const company = (await buyer.get('/api/companies/current')).body;
    const r = await buyer.post('/api/orders', order([minLine(goods)]), idemKey());
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.invoice, {
      type: 'normal',
      title: company.invoice.title,
      taxNumber: company.invoice.taxNumber,
    });
    assert.deepEqual(r.body.warnings, []);
    assert.equal(r.body.needBy, undefined);
  });

  it('a special invoice is kept as asked', async () => {
    const invoice = { type: 'special', title: '华东精工制造有限公司', taxNumber: VALID };
    const r = await buyer.post('/api/orders', order([minLine(goods)], { invoice }), idemKey());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual((await buyer.get(`/api/orders/${r.body.id}`)).body.invoice, invoice);
  });

  it('a bad tax number, type or title → 400 with the field path, no order', async () => {
    const before = (await buyer.get('/api/orders?_limit=1')).headers.get('x-total-count');
    for (const [invoice, path] of [
      [{ type: 'special', title: 'X', taxNumber: '91350100M000100Y44' }, 'invoice.taxNumber'],
      [{ type: 'special', title: 'X', taxNumber: '91350100M000100Y4' }, 'invoice.taxNumber'],
      [{ type: 'special', title: 'X', taxNumber: '91350100m000100y43' }, 'invoice.taxNumber'],
      [{ type: 'special', title: 'X', taxNumber: '91350100O000100Y43' }, 'invoice.taxNumber'],
      [{ type: 'special', title: 'X', taxNumber: 91350100 }, 'invoice.taxNumber'],
      [{ type: 'vat', title: 'X', taxNumber: VALID }, 'invoice.type'],
      [{ type: 'normal', title: '   ', taxNumber: VALID }, 'invoice.title'],
      [{ type: 'normal', title: 'x'.repeat(101), taxNumber: VALID }, 'invoice.title'],
      [{ type: 'normal', title: 'X', taxNumber: VALID, bank: 'x' }, 'invoice.bank'],
    ] as const) {
      const r = await buyer.post('/api/orders', order([minLine(goods)], { invoice }), idemKey());
      assert.equal(r.status, 400, JSON.stringify(invoice));
      assert.ok(
        r.body.errors.some((e: { path: string }) => e.path === path),
        `${path} in ${JSON.stringify(r.body.errors)}`,
      );
    }
    assert.equal((await buyer.get('/api/orders?_limit=1')).headers.get('x-total-count'), before);
  });
});

describe('need-by dates', () => {
  it('a past date (order or line) → 400 with its path; a bad calendar date too', async () => {
    const yesterday = addDays(TODAY, -1);
    for (const [body, path] of [
      [order([minLine(goods)], { needBy: yesterday }), 'needBy'],
      [order([minLine(goods), { ...minLine(food), needBy: yesterday }]), 'lines.1.needBy'],
      [order([minLine(goods)], { needBy: '2026-02-30' }), 'needBy'],
      [order([minLine(goods)], { needBy: '15/06/2026' }), 'needBy'],
    ] as const) {
      for (const url of ['/api/orders', '/api/orders/preview']) {
        const { deliveryAddress: _, ...preview } = body;
        const r = await buyer.post(url, url.endsWith('preview') ? preview : body, idemKey());
        assert.equal(r.status, 400, `${url} ${JSON.stringify(body)}`);
        assert.ok(
          r.body.errors.some((e: { path: string }) => e.path === path),
          `${path} in ${JSON.stringify(r.body.errors)}`,
        );
      }
    }
  });

  it('a line that cannot arrive in time is a warning per line; the order is still placed', async () => {
    const needBy = addDays(TODAY, 5);
    const lines = [minLine(goods), minLine(slow), { ...minLine(food), needBy: TODAY }];
    const pv = await buyer.post('/api/orders/preview', { costCenterId: cc, lines, needBy });
    assert.equal(pv.status, 200, JSON.stringify(pv.body));
    const expected = [
      {
        code: 'ARRIVES_AFTER_NEED_BY',
        line: 1,
        productId: slow.id,
        params: {
          needBy,
          earliestDate: addDays(TODAY, slow.leadTimeDays),
          leadTimeDays: slow.leadTimeDays,
        },
      },
      {
        code: 'ARRIVES_AFTER_NEED_BY',
        line: 2,
        productId: food.id,
        params: {
          needBy: TODAY,
          earliestDate: addDays(TODAY, food.leadTimeDays),
          leadTimeDays: food.leadTimeDays,
        },
      },
    ];
    assert.deepEqual(pv.body.warnings, expected);
    const r = await buyer.post('/api/orders', order(lines, { needBy }), idemKey());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.warnings, expected);
    const read = (await buyer.get(`/api/orders/${r.body.id}`)).body;
    assert.equal(read.needBy, needBy);
    assert.equal(read.lines[2].needBy, TODAY);
    assert.equal(read.lines[0].needBy, undefined);
  });
});

describe("the company's invoice details", () => {
  it('every role of the company reads them; only an admin changes them (403 others)', async () => {
    const c = (await hr.get('/api/companies/current')).body;
    assert.equal(c.invoice.title, '华东精工制造有限公司');
    assert.equal(c.invoice.version, 1);
    const body = { title: '改名公司', taxNumber: VALID, version: c.invoice.version };
    for (const who of [buyer, hr, buyerC2]) {
      const r = await who.put('/api/companies/current/invoice', body);
      assert.equal(r.status, 403);
    }
    assert.deepEqual((await buyer.get('/api/companies/current')).body.invoice, c.invoice);
  });

  it('an admin changes them on the version read; stale → 409; bad → 400 with the path', async () => {
    const c = (await admin.get('/api/companies/current')).body;
    const v = c.invoice.version;
    const bad = await admin.put('/api/companies/current/invoice', {
      title: c.invoice.title,
      taxNumber: '91350100M000100Y44',
      version: v,
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'taxNumber');
    const hostile = await admin.put('/api/companies/current/invoice', {
      title: 'x'.repeat(10_000),
      taxNumber: VALID,
      version: v,
      companyId: 'c2',
    });
    assert.equal(hostile.status, 400);
    // two admins saving the same version at once: one wins, the other is told
    const [a, b] = await Promise.all([
      admin.put('/api/companies/current/invoice', {
        title: ' 华东精工 ',
        taxNumber: VALID,
        version: v,
      }),
      admin.put('/api/companies/current/invoice', {
        title: '另一个',
        taxNumber: VALID,
        version: v,
      }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const won = a.status === 200 ? a : b;
    assert.equal(won.body.invoice.version, v + 1);
    assert.equal(won.body.invoice.taxNumber, VALID);
    // the other company is untouched; new orders default to the new details
    const c2 = (await buyerC2.get('/api/companies/current')).body;
    assert.notEqual(c2.invoice.taxNumber, VALID);
    const o = await buyer.post('/api/orders', order([minLine(goods)]), idemKey());
    assert.equal(o.body.invoice.title, won.body.invoice.title);
    assert.equal(won.body.invoice.title, won === a ? '华东精工' : '另一个', 'trimmed');
  });
});
