import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { MOVEMENT_TYPES, type BudgetMovementType } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { formatMonth } from '../../../core/i18n/format';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { BUDGET_ERRORS } from '../data/budget-errors';
import { BudgetLabels } from '../data/budget-labels';
import type { BudgetCategory, BudgetDrill } from '../data/budget.model';
import { BudgetListPageActions } from '../data/budgets.actions';
import { budgetsFeature } from '../data/budgets.feature';
import { MovementTable, movementTypeLabel } from '../movements/movement-table';

/**
 * The movements behind the chart bar the reader opened: which bar, a type to narrow them, the
 * movements page by page. The drill itself lives in the URL: changes go out through `changed`.
 */
@Component({
  selector: 'app-budget-drill-panel',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginator,
    MatProgressBarModule,
    TranslatePipe,
    ListState,
    MovementTable,
  ],
  templateUrl: './budget-drill-panel.html',
  styleUrl: './budget-drill-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetDrillPanel {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly labels = inject(BudgetLabels);

  /** Another type, or null to close the panel. */
  readonly changed = output<BudgetDrill | null>();

  protected readonly drill = this.store.selectSignal(budgetsFeature.selectDrill);
  private readonly budgets = this.store.selectSignal(budgetsFeature.selectAllBudgets);
  protected readonly types: (BudgetMovementType | null)[] = [null, ...MOVEMENT_TYPES];

  protected readonly budgetNames = computed(
    () => new Map(this.budgets().map((b) => [b.id, this.labels.budget(b)])),
  );
  protected readonly errorText = computed(() => {
    const e = this.drill().error;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  /** "研发中心", "差旅" or "2026年5月" — what the opened bar stands for. */
  protected readonly subject = computed(() => {
    const q = this.drill().query;
    if (!q) return '';
    if (q.by === 'cc') return this.labels.costCenterName(q.key);
    if (q.by === 'cat') return this.labels.category(q.key as BudgetCategory);
    return formatMonth(q.key, this.i18n.locale(), 'long');
  });

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  /** The bar whose movements were last brought into view: one opened by the URL the page came with counts. */
  private shownFor = keyOf(this.drill().query);

  constructor() {
    // a bar opened from the charts: bring its movements into view and say so to screen readers
    afterRenderEffect(() => {
      const el = this.heading()?.nativeElement;
      const key = keyOf(this.drill().query);
      if (!el || key === this.shownFor) return;
      this.shownFor = key;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'start' });
    });
  }

  protected typeLabel(type: BudgetMovementType | null): string {
    return type ? movementTypeLabel(this.i18n, type) : this.i18n.t('budgets.drill.allTypes');
  }

  protected chooseType(type: BudgetMovementType | null): void {
    const q = this.drill().query;
    if (q && q.type !== type) this.changed.emit({ ...q, type });
  }

  protected close(): void {
    this.shownFor = '';
    this.changed.emit(null);
  }

  protected retry(): void {
    const d = this.drill();
    this.page({ pageIndex: d.pageIndex, pageSize: d.pageSize });
  }

  protected page(e: Pick<PageEvent, 'pageIndex' | 'pageSize'>): void {
    this.store.dispatch(
      BudgetListPageActions.drillPageChanged({ pageIndex: e.pageIndex, pageSize: e.pageSize }),
    );
  }
}

const keyOf = (q: BudgetDrill | null): string => (q ? `${q.by}:${q.key}` : '');
