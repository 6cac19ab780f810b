import { initialReportState, reportFeature } from '../data/report.feature';
import { TravelReportApiActions, TravelReportPageActions } from '../data/travel.actions';
import type { TravelReport } from '../data/travel.model';
import { spendByCostCenter } from './travel-report-page';

const report = (year: string, spend: TravelReport['spend'] = []): TravelReport => ({
  year,
  spend,
  policy: { bookings: 0, outOfPolicy: 0, outOfPolicyPerMille: 0, reasons: [], violations: [] },
  savings: { paidFen: 0, lowestFareFen: 0, missedSavingsFen: 0 },
  topRoutes: [],
});

describe('travel report', () => {
  it('sums each cost center over the months, largest first, bars relative to the largest', () => {
    const rows = spendByCostCenter(
      report('2026', [
        { costCenterId: 'a', month: '2026-01', bookings: 1, spentFen: 100 },
        { costCenterId: 'b', month: '2026-01', bookings: 2, spentFen: 300 },
        { costCenterId: 'a', month: '2026-02', bookings: 1, spentFen: 50 },
      ]),
    );
    expect(rows).toEqual([
      { costCenterId: 'b', spentFen: 300, bookings: 2, share: 100 },
      { costCenterId: 'a', spentFen: 150, bookings: 2, share: 50 },
    ]);
  });

  it('ignores the late answer of a year no longer chosen', () => {
    const reduce = reportFeature.reducer;
    let s = reduce(initialReportState, TravelReportPageActions.yearChosen({ year: '2025' }));
    s = reduce(s, TravelReportPageActions.yearChosen({ year: '2026' }));
    s = reduce(s, TravelReportApiActions.loaded({ report: report('2025') }));
    expect(s.report).toBeNull();
    expect(s.loading).toBeTrue();
    s = reduce(s, TravelReportApiActions.loaded({ report: report('2026') }));
    expect(s.report?.year).toBe('2026');
  });
});
