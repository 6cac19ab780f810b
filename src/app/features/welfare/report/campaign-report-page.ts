import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { CampaignReportPageActions } from '../data/campaigns.actions';
import { campaignsFeature } from '../data/campaigns.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import { CampaignReportCharts } from './campaign-report-charts';

/** HR: one campaign's outcome — reached, redeemed %, outstanding, expired, cost, top gifts — with charts. */
@Component({
  selector: 'app-campaign-report-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MoneyPipe,
    LocalDatePipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
    CampaignReportCharts,
  ],
  templateUrl: './campaign-report-page.html',
  styleUrl: './campaign-report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignReportPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly report = this.store.selectSignal(campaignsFeature.selectReport);
  protected readonly loading = this.store.selectSignal(campaignsFeature.selectReportLoading);
  private readonly error = this.store.selectSignal(campaignsFeature.selectReportError);
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });

  ngOnChanges(): void {
    this.store.dispatch(CampaignReportPageActions.opened({ id: this.id() }));
  }

  protected retry(): void {
    this.store.dispatch(CampaignReportPageActions.opened({ id: this.id() }));
  }
}
