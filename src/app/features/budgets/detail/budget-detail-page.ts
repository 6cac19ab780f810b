import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  type SimpleChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { EMPTY, expand, lastValueFrom, reduce } from 'rxjs';
import { useBarPercent, usePercent } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { BudgetLabels } from '../data/budget-labels';
import { errorMessage } from '../../../core/http/problem';
import { BUDGET_ERRORS } from '../data/budget-errors';
import { BudgetDetailPageActions } from '../data/budgets.actions';
import { budgetsFeature } from '../data/budgets.feature';
import { BudgetsApi } from '../data/budgets-api';
import type { MovementRow } from '../data/budget.model';
import { movementsCsv } from './movements-csv';
import { MovementTable, movementTypeLabel } from '../movements/movement-table';

@Component({
  selector: 'app-budget-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatPaginator,
    MatProgressBarModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    MovementTable,
  ],
  templateUrl: './budget-detail-page.html',
  styleUrl: './budget-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetDetailPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly api = inject(BudgetsApi);
  private readonly i18n = inject(I18n);
  protected readonly labels = inject(BudgetLabels);

  protected readonly budget = this.store.selectSignal(budgetsFeature.selectDetailBudget);
  protected readonly detail = this.store.selectSignal(budgetsFeature.selectDetail);
  protected readonly errorText = computed(() => {
    const e = this.detail().error;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  protected readonly movementsErrorText = computed(() => {
    const e = this.detail().movementsError;
    return e ? errorMessage(e, this.i18n, BUDGET_ERRORS) : null;
  });
  protected readonly exporting = signal(false);
  protected readonly exportFailed = signal(false);
  protected readonly usePercent = usePercent;
  protected readonly useBarPercent = useBarPercent;

  /** The route's `:id` (component input binding). */
  readonly id = input<string>('');

  /** Opened, or another budget in the same page (a new `:id` reuses this component). */
  ngOnChanges(changes: SimpleChanges<BudgetDetailPage>): void {
    const id = changes.id?.currentValue;
    if (id) this.store.dispatch(BudgetDetailPageActions.opened({ id }));
  }

  protected reload(): void {
    const id = this.detail().id;
    if (id) this.store.dispatch(BudgetDetailPageActions.opened({ id }));
  }

  protected page(e: PageEvent): void {
    const id = this.detail().id;
    if (id)
      this.store.dispatch(
        BudgetDetailPageActions.movementsPageChanged({
          id,
          pageIndex: e.pageIndex,
          pageSize: e.pageSize,
        }),
      );
  }

  /** Every movement (all pages, 100 at a time) into one CSV file. */
  protected async exportCsv(): Promise<void> {
    const b = this.budget();
    const id = this.detail().id;
    if (!id || this.exporting()) return;
    this.exporting.set(true);
    this.exportFailed.set(false);
    try {
      const size = 100;
      const rows = await lastValueFrom(
        this.api.movements(id, 0, size).pipe(
          expand((page, i) =>
            (i + 1) * size < page.total && page.items.length
              ? this.api.movements(id, i + 1, size)
              : EMPTY,
          ),
          reduce((all, page) => [...all, ...page.items], [] as MovementRow[]),
        ),
      );
      const t = (k: string) => this.i18n.t(k);
      const csv = movementsCsv(
        rows,
        {
          time: t('budgets.movement.time'),
          type: t('budgets.movement.type'),
          amount: t('budgets.movement.amount'),
          actor: t('budgets.movement.actor'),
          reason: t('budgets.movement.reason'),
          subjectType: t('budgets.movement.subject'),
          subjectId: 'ID',
        },
        (type) => movementTypeLabel(this.i18n, type),
        this.i18n.lang(),
        (m) => this.labels.reason(m),
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `budget-${b ? `${b.costCenterId}-${b.category}-${b.period}` : id}-movements.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      this.exportFailed.set(true);
    } finally {
      this.exporting.set(false);
    }
  }
}
