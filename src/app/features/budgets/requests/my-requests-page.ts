import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { DeciderNamePipe } from '../../../core/i18n/local-name';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { BudgetLabels } from '../data/budget-labels';
import { errorMessage } from '../../../core/http/problem';
import { BUDGET_ERRORS } from '../data/budget-errors';
import { MyRequestsPageActions } from '../data/budgets.actions';
import { budgetsFeature } from '../data/budgets.feature';
import type { PortalNotification } from '../../../../domain/index.ts';
import { notificationText } from '../../../core/notifications/notification-text';
import type { BudgetRequest } from '../data/budget.model';

/** The requester's budget requests with their outcome, and the outcome notifications. */
@Component({
  selector: 'app-my-requests-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    DeciderNamePipe,
    MoneyPipe,
    LocalDatePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './my-requests-page.html',
  styleUrl: './my-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRequestsPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(BudgetLabels);

  protected readonly mine = this.store.selectSignal(budgetsFeature.selectMine);
  protected readonly notifications = this.store.selectSignal(budgetsFeature.selectNotifications);
  protected readonly unread = this.store.selectSignal(budgetsFeature.selectUnreadCount);
  protected readonly mineError = computed(() => {
    const e = this.mine().error;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  protected readonly notificationsError = computed(() => {
    const e = this.notifications().error;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.store.dispatch(MyRequestsPageActions.opened());
  }

  protected budgetOf(r: BudgetRequest): string {
    return r.costCenterId && r.category && r.period
      ? this.labels.budget({ costCenterId: r.costCenterId, category: r.category, period: r.period })
      : r.budgetId;
  }

  protected message(n: PortalNotification): string {
    return notificationText(n, this.i18n);
  }

  protected markRead(n: PortalNotification): void {
    this.store.dispatch(MyRequestsPageActions.notificationRead({ id: n.id }));
  }
}
