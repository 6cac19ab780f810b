import type { PolicyViolation } from '../../../../domain/index.ts';
import { CITY_TIER_NAMES, type CityTier } from '../../../../domain/index.ts';
import { formatFen } from '../../../core/i18n/format';
import type { I18n } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';

/** Why an offer is out of policy, in the active language (the API sends a code plus parameters). */
export function violationText(
  v: PolicyViolation,
  i18n: Pick<I18n, 't' | 'lang' | 'locale'>,
): string {
  const p = v.params;
  const money = (k: string) => formatFen(Number(p[k] ?? 0), i18n.locale());
  const cabin = (k: string) => i18n.t(`travel.cabin.${String(p[k])}`);
  const seat = (k: string) => i18n.t(`travel.seat.${String(p[k])}`);
  switch (v.code) {
    case 'CABIN_ABOVE_POLICY':
      return i18n.t('travel.violation.CABIN_ABOVE_POLICY', {
        cabin: cabin('cabin'),
        allowed: cabin('allowed'),
      });
    case 'FARE_ABOVE_DISCOUNT_CAP':
      return i18n.t('travel.violation.FARE_ABOVE_DISCOUNT_CAP', {
        percent: p['percent'] ?? '',
        maxPercent: p['maxPercent'] ?? '',
      });
    case 'NOT_LOWEST_LOGICAL_FARE':
      return i18n.t('travel.violation.NOT_LOWEST_LOGICAL_FARE', {
        cheapest: money('cheapestFen'),
        limit: money('limitFen'),
      });
    case 'TOO_LATE_TO_BOOK':
      return i18n.t('travel.violation.TOO_LATE_TO_BOOK', {
        daysAhead: p['daysAhead'] ?? '',
        minDays: p['minDays'] ?? '',
      });
    case 'SEAT_ABOVE_POLICY':
      return i18n.t('travel.violation.SEAT_ABOVE_POLICY', {
        seat: seat('seat'),
        allowed: seat('allowed'),
      });
    case 'HOTEL_OVER_CAP': {
      const tier = CITY_TIER_NAMES[String(p['tier']) as CityTier];
      return i18n.t('travel.violation.HOTEL_OVER_CAP', {
        nightly: money('nightlyFen'),
        cap: money('capFen'),
        tier: tier ? localName(tier, i18n.lang()) : String(p['tier']),
      });
    }
    default:
      return i18n.t(`travel.violationShort.${String(v.code)}`);
  }
}
