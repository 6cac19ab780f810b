import { sumBudgets, usePercent, type Budget } from '../../../domain/index.ts';
import { percentOf, useByCategory } from './home-data';

const budget = (
  category: Budget['category'],
  amountFen: number,
  committedFen: number,
  spentFen: number,
): Budget => ({
  id: `${category}-${amountFen}`,
  companyId: 'c1',
  costCenterId: 'cc',
  category,
  period: '2026',
  amountFen,
  committedFen,
  spentFen,
  availableFen: amountFen - committedFen - spentFen,
  version: 1,
});

describe('home data', () => {
  it('sums budgets and groups them by category', () => {
    const budgets = [
      budget('travel', 100, 10, 5),
      budget('procurement', 1000, 100, 50),
      budget('procurement', 500, 0, 500),
    ];
    expect(sumBudgets(budgets)).toEqual({
      amountFen: 1600,
      committedFen: 110,
      spentFen: 555,
      availableFen: 935,
    });
    expect(useByCategory(budgets)).toEqual([
      {
        category: 'procurement',
        count: 2,
        amountFen: 1500,
        committedFen: 100,
        spentFen: 550,
        availableFen: 850,
      },
      {
        category: 'travel',
        count: 1,
        amountFen: 100,
        committedFen: 10,
        spentFen: 5,
        availableFen: 85,
      },
    ]);
  });

  it('computes percentages safely', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(12, 10)).toBe(100);
    expect(usePercent({ amountFen: 10, committedFen: 4, spentFen: 8 })).toBe(120);
  });
});
