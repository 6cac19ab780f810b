import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
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
import {
  MAX_ORDER_SEARCH,
  ORDER_PAGE_SIZES,
  ORDER_STATUSES,
  orderQueryFromParams,
  paramsFromOrderQuery,
} from '../data/orders-query';
import type { OrderFilters } from '../data/procurement.model';
import { OrderStatus } from './order-status';
import { FiltersToggle, filtersOpenWhenSet, isWiderThan } from '../../../shared/ui/phone-filters';

/**
 * The buyer's orders: search by order number or product (SKU, name), filter by status, date and cost
 * center; searched and paged on the server. Search, filters and page live in the URL, so a reload,
 * back/forward or a shared link shows the same list.
 */
/** How long typing pauses before the list is searched. */
export const ORDER_SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'app-order-list-page',
  imports: [
    FiltersToggle,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
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
export class OrderListPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly orders = this.store.selectSignal(ordersFeature.selectOrders);
  protected readonly state = this.store.selectSignal(ordersFeature.selectProcurementOrdersState);
  protected readonly reference = inject(ReferenceData);
  protected readonly statuses = ORDER_STATUSES;
  protected readonly pageSizes = ORDER_PAGE_SIZES;
  protected readonly errorText = computed(() => {
    const e = this.state().listError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly filtered = computed(() => {
    const f = this.state().filters;
    return !!(f.q || f.status || f.costCenterId || f.from || f.to);
  });
  /**
   * A phone keeps the status, cost center and dates behind "more filters", so that the orders come
   * first (and the page's first render is four form fields lighter); they open by themselves when
   * one of them is set (a link, back/forward).
   */
  protected readonly wide = isWiderThan(600);
  protected readonly moreFiltersOpen = filtersOpenWhenSet(() => {
    const f = this.state().filters;
    return !!(f.status || f.costCenterId || f.from || f.to);
  });
  protected readonly maxSearch = MAX_ORDER_SEARCH;
  /** The empty state says what was searched. */
  protected readonly emptyText = computed(() => {
    const f = this.state().filters;
    if (f.q) return this.i18n.t('procurement.orders.emptySearch', { q: f.q });
    return this.i18n.t(
      this.filtered() ? 'procurement.orders.emptyFiltered' : 'procurement.orders.empty',
    );
  });

  /** Order number or product; searched once typing pauses. */
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly form = new FormGroup({
    status: new FormControl<string | null>(null),
    costCenterId: new FormControl<string | null>(null),
    from: new FormControl<string | null>(null),
    to: new FormControl<string | null>(null),
  });

  // The URL's query parameters (component input binding); `paramsFromOrderQuery` writes them.
  readonly q = input<string>();
  readonly status = input<string>();
  readonly cc = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.applyFilters());
    this.search.valueChanges
      .pipe(
        map((v) => v.trim()),
        debounceTime(ORDER_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        if (q !== (this.state().filters.q ?? '')) this.applyFilters();
      });
  }

  /** URL → store (first visit, reload, back/forward, a shared link) → the form shows it. */
  ngOnChanges(): void {
    const query = orderQueryFromParams({
      q: this.q(),
      status: this.status(),
      cc: this.cc(),
      from: this.from(),
      to: this.to(),
      page: this.page(),
      size: this.size(),
    });
    this.store.dispatch(OrderListPageActions.queryChanged(query));
    this.form.setValue(
      {
        status: query.filters.status,
        costCenterId: query.filters.costCenterId,
        from: query.filters.from,
        to: query.filters.to,
      },
      { emitEvent: false },
    );
    if (this.search.value.trim() !== (query.filters.q ?? ''))
      this.search.setValue(query.filters.q ?? '', { emitEvent: false });
  }

  /** The form → the URL, back to the first page. */
  protected applyFilters(): void {
    const v = this.form.getRawValue();
    const filters: OrderFilters = {
      q: this.search.value.trim().slice(0, MAX_ORDER_SEARCH) || null,
      status: v.status || null,
      costCenterId: v.costCenterId || null,
      from: v.from || null,
      to: v.to || null,
    };
    this.navigate(filters, 0, this.state().pageSize);
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.form.reset({ status: null, costCenterId: null, from: null, to: null });
  }

  protected clearSearch(): void {
    this.search.setValue('', { emitEvent: false });
    this.applyFilters();
  }

  protected pageChanged(e: PageEvent): void {
    this.navigate(this.state().filters, e.pageIndex, e.pageSize);
  }

  protected retry(): void {
    this.store.dispatch(OrderListPageActions.retryRequested());
  }

  private navigate(filters: OrderFilters, pageIndex: number, pageSize: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromOrderQuery({ filters, pageIndex, pageSize }),
    });
  }

  protected firstLine(o: { lines: { name: string; nameEn: string }[] }): string {
    const l = o.lines[0];
    return localName(l, this.i18n.lang());
  }
}
