import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import { OCCASIONS } from '../../../../domain/index.ts';
import { LocalDatePipe } from '../../../core/i18n/format';
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
    MatPaginatorModule,
    LocalDatePipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  template: `
    <app-page-header [title]="'welfare.title.campaigns' | t">
      <a mat-flat-button routerLink="/welfare/campaigns/new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'welfare.campaign.new' | t }}
      </a>
    </app-page-header>
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
      <mat-paginator
        [length]="total()"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize"
        [hidePageSize]="true"
        (page)="pageChanged($event)"
      />
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

  protected pageChanged(e: PageEvent): void {
    this.load(e.pageIndex);
  }

  protected occasion(code: Occasion): string {
    const o = OCCASIONS[code];
    return this.i18n.lang() === 'en' ? o.en : o.zh;
  }
}
