import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import { OCCASIONS } from '../../../../domain/index.ts';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { CampaignListPageActions } from '../data/campaigns.actions';
import { campaignsFeature } from '../data/campaigns.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import type { Occasion } from '../data/campaign.model';

const PAGE_SIZE = 20;

/** HR: the company's welfare campaigns, newest first. */
@Component({
  selector: 'app-campaign-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatPaginator,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  template: `
    <app-page-header [title]="'welfare.title.campaigns' | t">
      <button mat-stroked-button type="button" [disabled]="exporting()" (click)="exportCsv()">
        <mat-icon aria-hidden="true">download</mat-icon>{{ 'welfare.report.export' | t }}
      </button>
      <a mat-flat-button routerLink="/welfare/campaigns/new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'welfare.campaign.new' | t }}
      </a>
    </app-page-header>
    @if (exportErrorText()) {
      <p role="alert" class="error">{{ exportErrorText() }}</p>
    }
    @if (liability(); as l) {
      <section class="liability" aria-labelledby="h-liability" data-testid="liability">
        <h2 id="h-liability">{{ 'welfare.report.liability' | t }}</h2>
        <dl>
          <div>
            <dt>{{ 'welfare.report.outstanding' | t }}</dt>
            <dd>
              {{ l.outstandingFen | money }}
              <small>{{ 'welfare.points' | t: { n: l.outstandingPoints } }}</small>
            </dd>
          </div>
          <div>
            <dt>{{ 'welfare.report.expiring30' | t }}</dt>
            <dd>
              {{ l.expiringIn30DaysFen | money }}
              <small>{{ 'welfare.points' | t: { n: l.expiringIn30DaysPoints } }}</small>
            </dd>
          </div>
          <div>
            <dt>{{ 'welfare.report.expiring90' | t }}</dt>
            <dd>
              {{ l.expiringIn90DaysFen | money }}
              <small>{{ 'welfare.points' | t: { n: l.expiringIn90DaysPoints } }}</small>
            </dd>
          </div>
          <div>
            <dt>{{ 'welfare.report.employees' | t }}</dt>
            <dd>{{ l.employeesWithPoints }}</dd>
          </div>
        </dl>
      </section>
    }
    <app-list-state
      [loading]="loading() && !items().length"
      [error]="errorText()"
      [empty]="!items().length"
      [emptyText]="'welfare.campaign.empty' | t"
      (retry)="load(pageIndex())"
    >
      <ul class="list" [attr.aria-label]="'welfare.title.campaigns' | t">
        @for (c of items(); track c.id) {
          <li>
            <a class="card" [routerLink]="['/welfare/campaigns', c.id]">
              <span class="card__head">
                <strong>{{ c | localName }}</strong>
                <span class="status">{{ 'welfare.campaign.status.' + c.status | t }}</span>
              </span>
              <span class="muted">
                {{ occasion(c.occasion) }} ·
                {{ 'welfare.points' | t: { n: c.pointsPerEmployee } }} ·
                {{ 'welfare.campaign.grantOn' | t: { date: (c.grantDate | localDate) } }}
              </span>
            </a>
          </li>
        }
      </ul>
      @if (total() > 0 || pageIndex() > 0) {
        <mat-paginator
          [length]="total()"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize"
          [hidePageSize]="true"
          (page)="pageChanged($event)"
        />
      }
    </app-list-state>
  `,
  styles: `
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
      gap: 12px;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      color: inherit;
      text-decoration: none;
    }
    .card__head {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .status {
      padding: 0 8px;
      border-radius: 10px;
      background: var(--mat-sys-secondary-container);
      font: var(--mat-sys-label-small);
      line-height: 20px;
      white-space: nowrap;
    }
    .liability {
      margin-bottom: 16px;
      padding: 0 16px 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .liability h2 {
      font: var(--mat-sys-title-medium);
      margin: 0;
      padding-top: 12px;
    }
    .liability dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 8px 24px;
      margin: 8px 0 0;
    }
    .liability dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .liability dd {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .liability small {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 599px) {
      .list {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignListPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly items = this.store.selectSignal(campaignsFeature.selectItems);
  protected readonly total = this.store.selectSignal(campaignsFeature.selectTotal);
  protected readonly pageIndex = this.store.selectSignal(campaignsFeature.selectPageIndex);
  protected readonly loading = this.store.selectSignal(campaignsFeature.selectLoading);
  private readonly error = this.store.selectSignal(campaignsFeature.selectError);
  protected readonly liability = this.store.selectSignal(campaignsFeature.selectLiability);
  protected readonly exporting = this.store.selectSignal(campaignsFeature.selectExporting);
  private readonly exportError = this.store.selectSignal(campaignsFeature.selectExportError);
  protected readonly exportErrorText = computed(() => {
    const e = this.exportError();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly pageSize = PAGE_SIZE;
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });

  ngOnInit(): void {
    this.load(0);
  }

  protected load(pageIndex: number): void {
    this.store.dispatch(CampaignListPageActions.opened({ pageIndex, pageSize: PAGE_SIZE }));
  }

  protected exportCsv(): void {
    this.store.dispatch(CampaignListPageActions.exportRequested());
  }

  protected pageChanged(e: PageEvent): void {
    this.load(e.pageIndex);
  }

  protected occasion(code: Occasion): string {
    const o = OCCASIONS[code];
    return this.i18n.lang() === 'en' ? o.en : o.zh;
  }
}
