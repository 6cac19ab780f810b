import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { chinaDate, isMonth } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { errorMessage } from '../../../core/http/problem';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { plannerFeature } from '../data/planner.feature';
import { reportFeature } from '../data/report.feature';
import { TravelReportPageActions } from '../data/travel.actions';
import { TRAVEL_ERRORS } from '../data/travel-errors';
import type { TravelReport } from '../data/travel.model';
import { CityNames } from '../trips/city-names';

/** Spend per cost center over the year's months, largest first (for the bars). */
export function spendByCostCenter(
  report: Pick<TravelReport, 'spend'>,
): { costCenterId: string; spentFen: number; bookings: number; share: number }[] {
  const by = new Map<string, { costCenterId: string; spentFen: number; bookings: number }>();
  for (const r of report.spend) {
    const x = by.get(r.costCenterId) ?? { costCenterId: r.costCenterId, spentFen: 0, bookings: 0 };
    x.spentFen += r.spentFen;
    x.bookings += r.bookings;
    by.set(r.costCenterId, x);
  }
  const rows = [...by.values()].sort((a, b) => b.spentFen - a.spentFen);
  const max = Math.max(1, ...rows.map((r) => r.spentFen));
  return rows.map((r) => ({ ...r, share: Math.round((r.spentFen * 100) / max) }));
}

/** 差旅报表 (HR / finance): spend by cost center, out-of-policy rate with reasons, savings, routes, CSV. */
@Component({
  selector: 'app-travel-report-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    CityNames,
  ],
  templateUrl: './travel-report-page.html',
  styleUrl: '../travel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TravelReportPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  protected readonly s = this.store.selectSignal(reportFeature.selectTravelReportState);
  protected readonly cities = this.store.selectSignal(plannerFeature.selectCities);
  private readonly today = chinaDate(Date.now());
  protected readonly years = [0, 1, 2].map((n) => String(Number(this.today.slice(0, 4)) - n));
  protected year = this.years[0];
  protected readonly costCenterId = signal('');
  protected month = this.today.slice(0, 7);
  protected readonly byCostCenter = computed(() => {
    const r = this.s().report;
    return r ? spendByCostCenter(r) : [];
  });
  protected readonly error = computed(() => {
    const e = this.s().error;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });
  protected readonly csvError = computed(() => {
    const e = this.s().csvError;
    return e ? errorMessage(e, this.i18n, TRAVEL_ERRORS) : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(TravelReportPageActions.yearChosen({ year: this.year }));
  }

  protected spendCsv(): void {
    this.store.dispatch(
      TravelReportPageActions.csvRequested({ csv: { kind: 'spend', year: this.year } }),
    );
  }

  protected statementCsv(): void {
    const costCenterId = this.costCenterId();
    if (!costCenterId || !isMonth(this.month)) return;
    this.store.dispatch(
      TravelReportPageActions.csvRequested({
        csv: { kind: 'statement', costCenterId, month: this.month },
      }),
    );
  }

  protected percent(perMille: number): string {
    return (perMille / 10).toFixed(1) + ' %';
  }
}
