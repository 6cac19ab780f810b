import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  OnInit,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  BUDGET_CATEGORIES,
  hasAnyRole,
  useBarPercent,
  usePercent,
  type BudgetCategory,
} from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { BudgetCharts, type LabelledTotals } from '../charts/budget-charts';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { BudgetLabels } from '../data/budget-labels';
import { BudgetListPageActions } from '../data/budgets.actions';
import { budgetsFeature } from '../data/budgets.feature';
import type { BudgetDrill, BudgetFilters } from '../data/budget.model';
import {
  budgetQueryFromParams,
  paramsFromBudgetFilters,
  paramsFromDrill,
} from '../data/budget-query';
import { BudgetDrillPanel } from './budget-drill-panel';
import { errorMessage } from '../../../core/http/problem';
import { BUDGET_ERRORS } from '../data/budget-errors';
import { FiltersToggle, isWiderThan } from '../../../shared/ui/phone-filters';
import { renderInSlices } from '../../../shared/ui/render-in-slices';

/** Budgets by year, category and cost center; the filters live in the URL. */
@Component({
  selector: 'app-budget-list-page',
  imports: [
    FiltersToggle,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    BudgetCharts,
    BudgetDrillPanel,
  ],
  templateUrl: './budget-list-page.html',
  styleUrl: './budget-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetListPage implements OnChanges, OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly labels = inject(BudgetLabels);
  private readonly reference = inject(ReferenceData);
  /**
   * The cost centers' names, asked for with the budgets and awaited with them: a table shown with
   * ids first widened its first column when the names came (a layout shift). A failure shows ids.
   */
  protected readonly namesLoading = this.reference.costCentersLoading;

  protected readonly categories = BUDGET_CATEGORIES;
  protected readonly budgets = this.store.selectSignal(budgetsFeature.selectFilteredBudgets);
  /**
   * The ledger's rows, four per task the first time: an hr user's 27 rows in one go were the
   * longest task of a phone's first load.
   */
  protected readonly rows = renderInSlices(this.budgets);
  protected readonly filters = this.store.selectSignal(budgetsFeature.selectFilters);
  protected readonly loading = this.store.selectSignal(budgetsFeature.selectLoading);
  protected readonly loaded = this.store.selectSignal(budgetsFeature.selectLoaded);
  protected readonly error = this.store.selectSignal(budgetsFeature.selectError);
  protected readonly totals = this.store.selectSignal(budgetsFeature.selectTotals);
  protected readonly years = this.store.selectSignal(budgetsFeature.selectYears);
  protected readonly costCenterIds = this.store.selectSignal(budgetsFeature.selectCostCenterIds);
  protected readonly usage = this.store.selectSignal(budgetsFeature.selectUsage);
  protected readonly usageErrorText = computed(() => {
    const e = this.usage().error;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  /**
   * The charts are made once the ledger is whole: below its first rows they would find themselves
   * near the screen and import ECharts at once. Once made they stay, even while a longer list
   * after a filter change comes in slices.
   */
  protected readonly chartsMade = linkedSignal<boolean, boolean>({
    source: () => this.loaded() && this.rows().length === this.budgets().length,
    computation: (whole, previous) => whole || !!previous?.value,
  });
  private readonly byCc = this.store.selectSignal(budgetsFeature.selectTotalsByCostCenter);
  private readonly byCat = this.store.selectSignal(budgetsFeature.selectTotalsByCategory);
  private readonly user = inject(AuthSession).user;

  /**
   * A phone shows the filters behind a button that says what they are set to, so that the figures
   * come first (and the page's first render is three selects lighter).
   */
  protected readonly wide = isWiderThan(761);
  protected readonly filtersOpen = signal(false);
  protected readonly filterSummary = computed(() => {
    const f = this.filters();
    return [
      f.period ?? this.i18n.t('budgets.filter.allYears'),
      f.category && this.labels.category(f.category),
      f.costCenterId && this.labels.costCenterName(f.costCenterId),
    ]
      .filter(Boolean)
      .join(' · ');
  });

  /** Buyers see their own cost centers read-only. */
  protected readonly readOnly = computed(() => !hasAnyRole(this.user(), ['hr', 'admin']));
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  protected readonly byCostCenter = computed<LabelledTotals[]>(() =>
    this.byCc().map((t) => ({ ...t, label: this.labels.costCenterName(t.key) })),
  );
  protected readonly byCategory = computed<LabelledTotals[]>(() =>
    this.byCat().map((t) => ({ ...t, label: this.labels.category(t.key) })),
  );
  protected readonly usePercent = usePercent;
  protected readonly useBarPercent = useBarPercent;

  // The URL's query parameters (component input binding); `paramsFromBudgetFilters` writes them.
  readonly year = input<string>();
  readonly category = input<string>();
  readonly cc = input<string>();
  readonly drill = input<string>();
  readonly drillType = input<string>();

  /** URL → store: first visit, reload, back/forward, a filter chosen. */
  ngOnChanges(): void {
    this.store.dispatch(
      BudgetListPageActions.queryChanged(
        budgetQueryFromParams({
          year: this.year(),
          category: this.category(),
          cc: this.cc(),
          drill: this.drill(),
          drillType: this.drillType(),
        }),
      ),
    );
  }

  ngOnInit(): void {
    this.store.dispatch(BudgetListPageActions.opened());
  }

  /** A filter chosen → the URL ("all years" is written, as no year means the latest). */
  protected setFilter<K extends keyof BudgetFilters>(key: K, value: BudgetFilters[K]): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromBudgetFilters({ ...this.filters(), [key]: value }),
    });
  }

  /** A chart's bar opened, another type chosen, or the movements closed → the URL (the filters stay). */
  protected setDrill(drill: BudgetDrill | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromDrill(drill),
      queryParamsHandling: 'merge',
    });
  }

  protected categoryName(c: BudgetCategory): string {
    return this.labels.category(c);
  }

  protected retry(): void {
    this.store.dispatch(BudgetListPageActions.reloadRequested());
  }
}
