import { isMonth } from './month.ts';

describe('isMonth', () => {
  it('takes a calendar month YYYY-MM and nothing else', () => {
    for (const ok of ['2026-01', '2026-12', '1999-10'])
      expect(isMonth(ok)).withContext(ok).toBeTrue();
    for (const bad of [
      '2026-00',
      '2026-13',
      '2026-1',
      '26-01',
      '2026-01-01',
      ' 2026-01',
      '',
      null,
      undefined,
    ])
      expect(isMonth(bad)).withContext(String(bad)).toBeFalse();
  });
});
