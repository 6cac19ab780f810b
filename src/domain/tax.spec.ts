import { splitGross, taxBreakdown, vatOfGross } from './tax.ts';
import { isValidUscc, normalizeUscc, usccCheckCharacter, usccProblem } from './invoice.ts';
import { lateLineWarnings } from './need-by.ts';

describe('VAT of tax-included amounts', () => {
  it('splits a gross amount into net and VAT, net rounded half up', () => {
    expect(splitGross(11_300, 13)).toEqual({ netFen: 10_000, vatFen: 1300, grossFen: 11_300 });
    expect(splitGross(10_900, 9)).toEqual({ netFen: 10_000, vatFen: 900, grossFen: 10_900 });
    expect(splitGross(106, 6)).toEqual({ netFen: 100, vatFen: 6, grossFen: 106 });
    expect(vatOfGross(1, 13)).toBe(0);
    // 113 / 1.13 × 1.5 = 150 exactly; 170 / 1.13 = 150.44 → 150; 57 / 1.09 = 52.29 → 52
    expect(splitGross(170, 13).netFen).toBe(150);
    expect(splitGross(57, 9).vatFen).toBe(5);
    expect(() => splitGross(1.5, 13)).toThrowError(RangeError);
  });

  it('every split adds up; the breakdown is the sum of the lines, per rate', () => {
    for (let g = 0; g < 3000; g += 7)
      for (const r of [13, 9, 6] as const) {
        const s = splitGross(g, r);
        expect(s.netFen + s.vatFen).toBe(g);
        expect(Math.abs(s.netFen * (100 + r) - g * 100)).toBeLessThanOrEqual((100 + r) / 2);
      }
    const b = taxBreakdown([
      { lineTotalFen: 1, vatRate: 13 },
      { lineTotalFen: 999, vatRate: 9 },
      { lineTotalFen: 11_300, vatRate: 13 },
    ]);
    expect(b.byRate.map((r) => r.rate)).toEqual([13, 9]);
    expect(b.byRate[0]).toEqual({ rate: 13, netFen: 10_001, vatFen: 1300, grossFen: 11_301 });
    expect(b.netFen + b.vatFen).toBe(b.grossFen);
    expect(b.grossFen).toBe(12_300);
    expect(taxBreakdown([])).toEqual({ netFen: 0, vatFen: 0, grossFen: 0, byRate: [] });
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    for (const c of ['91350100M000100Y43', '91110000600037341L', '91110108551385082Q'])
      expect(isValidUscc(c)).withContext(c).toBeTrue();
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('says why a code is wrong', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check');
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100Y433')).toBe('length');
    expect(usccProblem('91350100O000100Y43')).toBe('alphabet'); // O is not in the alphabet
    expect(usccProblem('91350100m000100y43')).toBe('alphabet');
    expect(normalizeUscc(' 9135 0100 m000 100y43 ')).toBe('91350100M000100Y43');
  });
});

describe('need-by dates against lead times', () => {
  it('warns per line that arrives after its date (its own, else the order’s)', () => {
    const lines = [
      { productId: 'a', leadTimeDays: 3 },
      { productId: 'b', leadTimeDays: 10, needBy: '2026-06-30' },
      { productId: 'c', leadTimeDays: 10 },
    ];
    expect(lateLineWarnings('2026-06-15', undefined, lines).map((w) => w.productId)).toEqual([]);
    const w = lateLineWarnings('2026-06-15', '2026-06-18', lines);
    expect(w.map((x) => [x.line, x.params.earliestDate])).toEqual([[2, '2026-06-25']]);
    expect(lateLineWarnings('2026-06-15', '2026-06-17', lines).map((x) => x.line)).toEqual([0, 2]);
  });
});
