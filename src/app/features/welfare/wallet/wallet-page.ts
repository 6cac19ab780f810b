import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import { CountPipe, LocalDatePipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { WalletPageActions } from '../data/welfare.actions';
import { giftStoreFeature } from '../data/gift-store.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import type { PointsLedgerEntry } from '../data/welfare.model';
import { PointsSummary } from '../store/points-summary';

/** The wallet: balance, points expiring soon, the lots the balance is made of, and the ledger. */
@Component({
  selector: 'app-wallet-page',
  imports: [
    RouterLink,
    MatPaginator,
    LocalDatePipe,
    CountPipe,
    TranslatePipe,
    ListState,
    PageHeader,
    PointsSummary,
  ],
  templateUrl: './wallet-page.html',
  styleUrl: './wallet-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WalletPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly ledger = this.store.selectSignal(giftStoreFeature.selectLedger);
  protected readonly ledgerTotal = this.store.selectSignal(giftStoreFeature.selectLedgerTotal);
  protected readonly pageIndex = this.store.selectSignal(giftStoreFeature.selectLedgerPageIndex);
  protected readonly pageSize = this.store.selectSignal(giftStoreFeature.selectLedgerPageSize);
  protected readonly ledgerLoading = this.store.selectSignal(giftStoreFeature.selectLedgerLoading);
  private readonly ledgerError = this.store.selectSignal(giftStoreFeature.selectLedgerError);
  protected readonly lots = this.store.selectSignal(giftStoreFeature.selectLots);
  private readonly lotsError = this.store.selectSignal(giftStoreFeature.selectLotsError);
  protected readonly ledgerErrorText = computed(() => this.text(this.ledgerError()));
  protected readonly lotsErrorText = computed(() => this.text(this.lotsError()));

  ngOnInit(): void {
    this.store.dispatch(WalletPageActions.opened());
  }

  protected pageChanged(e: PageEvent): void {
    this.store.dispatch(
      WalletPageActions.ledgerPageChanged({ pageIndex: e.pageIndex, pageSize: e.pageSize }),
    );
  }

  protected retry(): void {
    this.store.dispatch(WalletPageActions.opened());
  }

  /** A redemption's ledger entries link to the gift order; a grant's or an expiry's show the reference. */
  protected isRedemption(type: PointsLedgerEntry['type']): boolean {
    return type === 'redeem' || type === 'refund';
  }

  private text(e: Parameters<typeof errorMessage>[0] | null): string | null {
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  }
}
