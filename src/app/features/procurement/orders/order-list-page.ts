import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { localName } from '../../../core/i18n/local-name';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { OrderListPageActions } from '../data/orders.actions';
import { ordersFeature } from '../data/orders.feature';
import type { OrderFilters } from '../data/procurement.model';
import { OrderStatus } from './order-status';

export const ORDER_STATUSES = [
  'pending_approval',
  'approved',
  'received',
  'rejected',
  'cancelled',
] as const;

/** The buyer's orders: filter by status, date and cost center; paged on the server. */
@Component({
  selector: 'app-order-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslatePipe,
    MoneyPipe,
    LocalDatePipe,
    ListState,
    PageHeader,
    OrderStatus,
  ],
  templateUrl: './order-list-page.html',
  styleUrl: './order-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderListPage {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly orders = this.store.selectSignal(ordersFeature.selectOrders);
  protected readonly state = this.store.selectSignal(ordersFeature.selectProcurementOrdersState);
  protected readonly reference = inject(ReferenceData);
  protected readonly statuses = ORDER_STATUSES;
  protected readonly errorText = computed(() => {
    const e = this.state().listError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly filtered = computed(() => {
    const f = this.state().filters;
    return !!(f.status || f.costCenterId || f.from || f.to);
  });

  protected readonly form = new FormGroup({
    status: new FormControl<string | null>(null),
    costCenterId: new FormControl<string | null>(null),
    from: new FormControl<string | null>(null),
    to: new FormControl<string | null>(null),
  });

  constructor() {
    const f = this.state().filters;
    this.form.setValue(
      { status: f.status, costCenterId: f.costCenterId, from: f.from, to: f.to },
      { emitEvent: false },
    );
    this.store.dispatch(OrderListPageActions.opened());
    this.form.valueChanges.subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    const v = this.form.getRawValue();
    const filters: OrderFilters = {
      status: v.status || null,
      costCenterId: v.costCenterId || null,
      from: v.from || null,
      to: v.to || null,
    };
    this.store.dispatch(OrderListPageActions.filtersChanged({ filters }));
  }

  protected clearFilters(): void {
    this.form.reset({ status: null, costCenterId: null, from: null, to: null });
  }

  protected page(e: PageEvent): void {
    this.store.dispatch(
      OrderListPageActions.pageChanged({ pageIndex: e.pageIndex, pageSize: e.pageSize }),
    );
  }

  protected retry(): void {
    this.store.dispatch(OrderListPageActions.opened());
  }

  protected firstLine(o: { lines: { name: string; nameEn: string }[] }): string {
    const l = o.lines[0];
    return localName(l, this.i18n.lang());
  }
}
