import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import {
  hasAnyRole,
  sumBudgets,
  useBarPercent,
  usePercent,
  type ApprovalTask,
  type Budget,
  type PointsBalance,
  type PointsLedgerEntry,
} from '../../../domain/index.ts';
import { API_BASE_URL } from '../../core/api/api-base-url';
import { AuthSession } from '../../core/auth/auth-session';
import { displayName } from '../../core/auth/user-name';
import { silentErrors } from '../../core/http/http-context';
import { errorMessage } from '../../core/http/problem';
import { totalCount } from '../../core/http/paging';
import { remote } from '../../core/http/remote';
import { ReferenceData } from '../../core/reference-data/reference-data';
import { CountPipe, LocalDatePipe, MoneyPipe } from '../../core/i18n/format';
import { I18n, TranslatePipe } from '../../core/i18n/i18n';
import { rolesOf } from '../../core/nav/nav-items';
import { ListState } from '../../shared/ui/list-state';
import { PageHeader } from '../../shared/ui/page-header';
import { BudgetBar } from './budget-bar';
import { homeBudgetsParams, seesBudgets, useByCategory } from './home-data';

/**
 * The landing page at `/`, one section per role the user has, all with real numbers from the API:
 * buyer → procurement budget left, orders, quick links; everyone (every account is an employee) →
 * points; HR → pending approvals and budget use per category; admin → company settings and all of it.
 */
@Component({
  selector: 'app-home-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    CountPipe,
    LocalDatePipe,
    PageHeader,
    ListState,
    BudgetBar,
  ],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  protected readonly user = inject(AuthSession).user;
  protected readonly year = String(new Date().getFullYear());

  protected readonly isBuyer = computed(() => hasAnyRole(this.user(), rolesOf('procurement')));
  protected readonly isApprover = computed(() => hasAnyRole(this.user(), rolesOf('approvals')));
  protected readonly isAdmin = computed(() => hasAnyRole(this.user(), ['admin']));
  protected readonly budgets = remote(() =>
    seesBudgets(this.user()) ? this.get<Budget[]>('/budgets', homeBudgetsParams()) : null,
  );
  protected readonly points = remote(() => this.get<PointsBalance>('/points/account'));
  protected readonly ledger = remote(() =>
    this.get<PointsLedgerEntry[]>('/points/ledger', {
      _sort: 'createdAt',
      _order: 'desc',
      _limit: 5,
    }),
  );
  protected readonly approvals = remote(() =>
    this.isApprover()
      ? this.get<ApprovalTask[]>('/approvals', { status: 'pending', _limit: 1 })
      : null,
  );
  protected readonly orders = remote(() =>
    this.isBuyer() ? this.get<unknown[]>('/orders', { _limit: 1 }) : null,
  );

  protected readonly greetingKey = computed(() => {
    const hour = new Date().getHours();
    return hour < 12
      ? 'home.greeting.morning'
      : hour < 18
        ? 'home.greeting.afternoon'
        : 'home.greeting.evening';
  });
  protected readonly userName = computed(() => displayName(this.user(), this.i18n.lang()));
  protected readonly roleNames = computed(() =>
    (this.user()?.roles ?? []).map((r) => this.i18n.t(`role.${r}`)).join(' · '),
  );

  private readonly allBudgets = computed(() => this.budgets.value() ?? []);
  protected readonly procurementBudgets = computed(() =>
    this.allBudgets().filter((b) => b.category === 'procurement'),
  );
  protected readonly procurementTotals = computed(() => sumBudgets(this.procurementBudgets()));
  protected readonly usedPercent = computed(() => usePercent(this.procurementTotals()));
  protected readonly categoryUse = computed(() => useByCategory(this.allBudgets()));

  protected readonly pendingCount = computed(() =>
    this.approvals.value() ? totalCount(this.approvals.headers(), this.approvals.value()) : null,
  );
  protected readonly ordersCount = computed(() =>
    this.orders.value() && !this.orders.error()
      ? totalCount(this.orders.headers(), this.orders.value())
      : null,
  );
  protected readonly expiringPoints = computed(() =>
    (this.points.value()?.expiringSoon ?? []).reduce((sum, e) => sum + e.points, 0),
  );
  protected readonly pointsWorthFen = computed(() => {
    const value = this.reference.company()?.settings.pointValueFen;
    const points = this.points.value();
    return points && value ? points.balance * value : null;
  });

  protected readonly usedOf = useBarPercent;

  private get<T>(path: string, params: Record<string, string | number> = {}) {
    return this.http.get<T>(`${this.base}${path}`, {
      params,
      observe: 'response',
      context: silentErrors(),
    });
  }

  protected errorText(error: unknown): string | null {
    return error ? errorMessage(error, this.i18n) : null;
  }
}
