import { defaultSearch, queryOf, reasonValid } from './offer-search-page';
import { violationText } from '../data/policy-text';
import { TRAVEL_I18N } from '../travel.i18n';

const trip = {
  origin: 'SHA',
  destinations: ['BJS', 'CAN'],
  startDate: '2026-06-22',
  endDate: '2026-06-24',
};

describe('offer search logic', () => {
  it('starts from the first journey and stay of the trip', () => {
    const f = defaultSearch(trip);
    expect([f.from, f.to, f.date, f.city, f.checkIn, f.checkOut]).toEqual([
      'SHA',
      'BJS',
      '2026-06-22',
      'BJS',
      '2026-06-22',
      '2026-06-24',
    ]);
  });

  it('sends each tab its own parameters, no empty ones, the price cap in fen', () => {
    const f = {
      ...defaultSearch(trip),
      directOnly: true,
      seat: 'second',
      priceMax: '450',
      airline: 'mu',
    };
    expect(queryOf('flights', f)).toEqual({
      kind: 'flights',
      params: { from: 'SHA', to: 'BJS', date: '2026-06-22', airline: 'MU', directOnly: 'true' },
    });
    expect(queryOf('trains', f).params).toEqual({
      from: 'SHA',
      to: 'BJS',
      date: '2026-06-22',
      seat: 'second',
    });
    expect(queryOf('hotels', { ...f, inPolicyOnly: true }).params).toEqual({
      city: 'BJS',
      checkIn: '2026-06-22',
      checkOut: '2026-06-24',
      priceMax: '45000',
      inPolicyOnly: 'true',
    });
  });

  it('needs a reason of 4 characters out of policy only', () => {
    expect(reasonValid({ inPolicy: true }, '')).toBeTrue();
    expect(reasonValid({ inPolicy: false }, '会议酒')).toBeFalse();
    expect(reasonValid({ inPolicy: false }, '  会议酒店 ')).toBeTrue();
  });
});

describe('violationText', () => {
  const i18n = (lang: 'zh-CN' | 'en') => ({
    lang: () => lang,
    locale: () => (lang === 'en' ? 'en-US' : 'zh-CN'),
    t: (key: string, p: Record<string, string | number> = {}) =>
      (TRAVEL_I18N[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k])),
  });
  it('says why in the active language', () => {
    const v = {
      code: 'HOTEL_OVER_CAP' as const,
      params: { nightlyFen: 68_000, capFen: 50_000, tier: '1' },
    };
    expect(violationText(v, i18n('zh-CN') as never)).toContain('一线');
    expect(violationText(v, i18n('en') as never)).toContain('Tier 1');
    expect(
      violationText(
        { code: 'SEAT_ABOVE_POLICY', params: { seat: 'first', allowed: 'second' } },
        i18n('en') as never,
      ),
    ).toBe('First class is above the policy (Second class)');
  });
});
