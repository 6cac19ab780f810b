import { giftParams } from './welfare-api';
import {
  DEFAULT_GIFT_QUERY,
  canCancel,
  canConfirm,
  editLines,
  giftQueryFromParams,
  giftQueryToParams,
  needsPayment,
  topUpFen,
} from './welfare.model';
import { welfareCart, gift } from './test-data.spec-util';
import { refundedPoints, timelineSteps } from '../my-gifts/redemption-timeline';
import { redemption } from './test-data.spec-util';

describe('welfare model', () => {
  it('reads a gift query from the URL and writes it back', () => {
    const q = giftQueryFromParams({
      q: '粽子',
      min: '10',
      max: 'x',
      within: '1',
      sort: 'newest',
      page: '3',
    });
    expect(q).toEqual({
      ...DEFAULT_GIFT_QUERY,
      q: '粽子',
      pointsMin: 10,
      pointsMax: null,
      withinBalance: true,
      sort: 'newest',
      pageIndex: 2,
    });
    expect(giftQueryToParams(q)).toEqual({
      q: '粽子',
      category: null,
      min: '10',
      max: null,
      within: '1',
      sort: 'newest',
      page: '3',
    });
    expect(giftQueryFromParams({ sort: 'evil', min: '-5', page: '0' })).toEqual(DEFAULT_GIFT_QUERY);
  });

  it('asks the API for the sort, the range and within-balance', () => {
    const p = giftParams({
      ...DEFAULT_GIFT_QUERY,
      withinBalance: true,
      sort: 'points-desc',
      pointsMax: 500,
    });
    expect(p.get('withinBalance')).toBe('true');
    expect(p.get('_sort')).toBe('points');
    expect(p.get('_order')).toBe('desc');
    expect(p.get('pointsMax')).toBe('500');
    expect(p.get('_page')).toBe('1');
    expect(giftParams({ ...DEFAULT_GIFT_QUERY, categoryId: 'cat-FD' }).get('categoryId')).toBe(
      'cat-FD',
    );
    expect(giftQueryFromParams({ category: 'cat-FD' }).categoryId).toBe('cat-FD');
    // A search keeps the relevance order unless a sort was chosen.
    expect(giftParams({ ...DEFAULT_GIFT_QUERY, q: '茶' }).has('_sort')).toBeFalse();
  });

  it('computes the cash of a top-up at the balance', () => {
    expect(topUpFen(1290, 1100, 100)).toBe(19_000);
    expect(topUpFen(500, 1100, 100)).toBe(0);
    expect(topUpFen(500, 0, 10)).toBe(5_000);
  });

  it('edits cart lines: add merges, set replaces, remove drops', () => {
    const cart = welfareCart([{ product: gift('p1'), qty: 2 }]);
    expect(editLines(cart, { kind: 'add', productId: 'p1', qty: 1 })).toEqual([
      { productId: 'p1', qty: 3 },
    ]);
    expect(editLines(cart, { kind: 'add', productId: 'p2', qty: 1 })).toEqual([
      { productId: 'p1', qty: 2 },
      { productId: 'p2', qty: 1 },
    ]);
    expect(editLines(cart, { kind: 'set', productId: 'p1', qty: 5 })).toEqual([
      { productId: 'p1', qty: 5 },
    ]);
    expect(editLines(cart, { kind: 'remove', productId: 'p1' })).toEqual([]);
    expect(editLines(null, { kind: 'add', productId: 'p1', qty: 1 })).toEqual([
      { productId: 'p1', qty: 1 },
    ]);
  });

  it('offers cancel before shipping, receipt after, payment while placed with cash', () => {
    expect(canCancel({ status: 'placed' })).toBeTrue();
    expect(canCancel({ status: 'paid' })).toBeTrue();
    expect(canCancel({ status: 'shipped' })).toBeFalse();
    expect(canConfirm({ status: 'shipped' })).toBeTrue();
    expect(canConfirm({ status: 'delivered' })).toBeTrue();
    expect(canConfirm({ status: 'received' })).toBeFalse();
    expect(needsPayment({ status: 'placed', cashFen: 100 })).toBeTrue();
    expect(needsPayment({ status: 'paid', cashFen: 100 })).toBeFalse();
  });

  it('shows the steps to come of a timeline, and only what happened when cancelled', () => {
    const paid = timelineSteps(redemption('WR1'));
    expect(paid.map((s) => [s.type, s.done])).toEqual([
      ['placed', true],
      ['paid', true],
      ['shipped', false],
      ['delivered', false],
      ['received', false],
    ]);
    const cancelled = redemption('WR2', {
      status: 'cancelled',
      timeline: [
        { type: 'placed', at: '2026-06-15T08:00:00.000Z', points: 200, cashFen: 5800 },
        { type: 'cancelled', at: '2026-06-15T08:30:00.000Z', reason: 'unpaid' },
        { type: 'refunded', at: '2026-06-15T08:30:00.000Z', points: 200 },
      ],
    });
    expect(timelineSteps(cancelled).map((s) => s.type)).toEqual([
      'placed',
      'cancelled',
      'refunded',
    ]);
    expect(refundedPoints(cancelled)).toBe(200);
  });
});
