import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from './errors.ts';
import { product } from './fixtures.test-util.ts';
import { lineProblems, priceLine, priceLines, savingsFor } from './pricing.ts';
import { addToCart, priceCart, validateCartLines } from './cart.ts';

const catalog = new Map([
  ['p1', product()],
  [
    'p2',
    product({
      id: 'p2',
      sku: 'SKU-2',
      moq: 6,
      packSize: 6,
      priceTiers: [{ minQty: 6, unitPriceFen: 1000 }],
    }),
  ],
  ['w1', product({ id: 'w1', sku: 'W-1', channels: ['welfare'], pointsPrice: 50 })],
  [
    'both',
    product({
      id: 'both',
      sku: 'B-1',
      channels: ['procurement', 'welfare'],
      moq: 1,
      packSize: 1,
      priceTiers: [{ minQty: 1, unitPriceFen: 999 }],
    }),
  ],
]);
const find = (id: string) => catalog.get(id);

function validationErrors(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DomainError);
    assert.equal(e.code, 'VALIDATION_FAILED');
    return e.errors ?? [];
  }
  assert.fail('expected VALIDATION_FAILED');
}

describe('pricing', () => {
  it('applies the highest tier whose minQty ≤ qty', () => {
    const p = catalog.get('p1')!;
    assert.equal(priceLine(p, 10).unitPriceFen, 200);
    assert.equal(priceLine(p, 90).unitPriceFen, 200);
    assert.equal(priceLine(p, 100).unitPriceFen, 180);
    assert.equal(priceLine(p, 990).lineTotalFen, 990 * 180);
    assert.equal(priceLine(p, 1000).unitPriceFen, 150);
    assert.equal(priceLine(p, 1000).sku, 'SKU-1');
  });

  it('totals the lines', () => {
    const r = priceLines(
      [
        { productId: 'p1', qty: 100 },
        { productId: 'p2', qty: 12 },
      ],
      find,
    );
    assert.equal(r.totalFen, 100 * 180 + 12 * 1000);
    assert.deepEqual(
      r.lines.map((l) => l.lineTotalFen),
      [18000, 12000],
    );
  });

  it('flags every quantity problem with its path', () => {
    const errors = lineProblems(
      [
        { productId: 'p1', qty: 5 },
        { productId: 'p2', qty: 8 },
        { productId: 'both', qty: 100_001 },
        { productId: 'nope', qty: 10 },
        { productId: 'w1', qty: 10 },
      ],
      find,
    );
    assert.deepEqual(
      errors.map((e) => e.path),
      ['lines.0.qty', 'lines.1.qty', 'lines.2.qty', 'lines.3.productId', 'lines.4.productId'],
    );
    assert.match(errors[0].message, /minimum order quantity of 10/);
    assert.match(errors[1].message, /multiple of the pack size 6/);
    assert.match(errors[4].message, /procurement channel/);
  });

  it('rejects non-integer quantities', () => {
    assert.deepEqual(
      lineProblems([{ productId: 'p1', qty: 10.5 }], find).map((e) => e.path),
      ['lines.0.qty'],
    );
  });

  it('allows one line per product', () => {
    const errors = lineProblems(
      [
        { productId: 'p1', qty: 10 },
        { productId: 'p2', qty: 6 },
        { productId: 'p1', qty: 20 },
      ],
      find,
    );
    assert.deepEqual(
      errors.map((e) => e.path),
      ['lines.2.productId'],
    );
    assert.match(errors[0].message, /line 1/);
  });

  it('needs 1 to 500 lines', () => {
    assert.deepEqual(
      lineProblems([], find).map((e) => e.path),
      ['lines'],
    );
    const many = Array.from({ length: 501 }, (_, i) => ({ productId: `x${i}`, qty: 1 }));
    const big = new Map(
      many.map((l) => [
        l.productId,
        product({
          id: l.productId,
          moq: 1,
          packSize: 1,
          priceTiers: [{ minQty: 1, unitPriceFen: 1 }],
        }),
      ]),
    );
    assert.deepEqual(
      lineProblems(many, (id) => big.get(id)).map((e) => e.path),
      ['lines'],
    );
    assert.deepEqual(
      lineProblems(many.slice(0, 500), (id) => big.get(id)),
      [],
    );
  });

  it('priceLines throws VALIDATION_FAILED with all errors', () => {
    const errors = validationErrors(() =>
      priceLines(
        [
          { productId: 'p1', qty: 15 },
          { productId: 'nope', qty: 1 },
        ],
        find,
      ),
    );
    assert.equal(errors.length, 2);
  });

  it('savings compare with the first tier', () => {
    assert.equal(savingsFor(catalog.get('p1')!, 100), (200 - 180) * 100);
    assert.equal(savingsFor(catalog.get('p1')!, 10), 0);
  });
});

describe('cart', () => {
  it('validates a replacement cart like an order but allows it empty', () => {
    assert.deepEqual(validateCartLines([], find), []);
    const errors = validationErrors(() => validateCartLines([{ productId: 'p1', qty: 7 }], find));
    assert.deepEqual(
      errors.map((e) => e.path),
      ['lines.0.qty'],
    );
  });

  it('adds by summing the same product', () => {
    const lines = addToCart(
      [{ productId: 'p1', qty: 10 }],
      [
        { productId: 'p1', qty: 20 },
        { productId: 'p2', qty: 6 },
      ],
      find,
    );
    assert.deepEqual(lines, [
      { productId: 'p1', qty: 30 },
      { productId: 'p2', qty: 6 },
    ]);
  });

  it('refuses an addition that breaks the rules', () => {
    validationErrors(() => addToCart([], [{ productId: 'p1', qty: 3 }], find));
    validationErrors(() =>
      addToCart([{ productId: 'both', qty: 99_999 }], [{ productId: 'both', qty: 2 }], find),
    );
  });

  it('prices lines with savings and lead time, skipping vanished products', () => {
    const cart = priceCart(
      {
        lines: [
          { productId: 'p1', qty: 1000 },
          { productId: 'gone', qty: 1 },
        ],
        updatedAt: 'x',
      },
      find,
    );
    assert.equal(cart.lines.length, 1);
    assert.equal(cart.totalFen, 150_000);
    assert.equal(cart.savingsFen, 50_000);
    assert.equal(cart.lines[0].leadTimeDays, 3);
    assert.deepEqual(priceCart(undefined, find), {
      lines: [],
      totalFen: 0,
      savingsFen: 0,
      updatedAt: null,
    });
  });
});
