import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { Store } from '@ngrx/store';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { MyGiftsPageActions } from '../data/welfare.actions';
import { redemptionsFeature } from '../data/redemptions.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';

const PAGE_SIZE = 10;

/** My gifts: the employee's redemptions, newest first, as cards (phone and desktop alike). */
@Component({
  selector: 'app-my-gifts-page',
  imports: [
    RouterLink,
    MatPaginator,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './my-gifts-page.html',
  styleUrl: './my-gifts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyGiftsPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);
  protected readonly items = this.store.selectSignal(redemptionsFeature.selectItems);
  protected readonly total = this.store.selectSignal(redemptionsFeature.selectTotal);
  protected readonly pageIndex = this.store.selectSignal(redemptionsFeature.selectPageIndex);
  protected readonly loading = this.store.selectSignal(redemptionsFeature.selectLoading);
  private readonly error = this.store.selectSignal(redemptionsFeature.selectError);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });

  /** `?page=` (1-based). */
  readonly page = input<string>();

  ngOnChanges(): void {
    const n = Number(this.page());
    const pageIndex = Number.isInteger(n) && n > 1 ? n - 1 : 0;
    this.store.dispatch(MyGiftsPageActions.opened({ pageIndex, pageSize: PAGE_SIZE }));
  }

  protected pageChanged(e: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: e.pageIndex > 0 ? e.pageIndex + 1 : null },
    });
  }

  protected retry(): void {
    this.store.dispatch(
      MyGiftsPageActions.opened({ pageIndex: this.pageIndex(), pageSize: PAGE_SIZE }),
    );
  }
}
