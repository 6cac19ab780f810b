import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import type { Fen, Supplier } from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { PageTitle } from '../../../core/i18n/page-title';
import { UnitPipe } from '../../../core/i18n/unit.pipe';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { ListState } from '../../../shared/ui/list-state';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { catalogFeature } from '../data/catalog.feature';
import { PurchaseOrderPageActions } from '../data/orders.actions';
import { TaxBreakdownList } from '../tax/tax-amounts';
import { ordersFeature } from '../data/orders.feature';
import type { OrderEvent, OrderView, PricedOrderLine } from '../data/procurement.model';

/** The lines of one supplier on the purchase order, with their subtotal. */
export interface SupplierSection {
  supplierId: string;
  /** Null while the supplier list is unknown (the id is shown instead). */
  supplier: Supplier | null;
  lines: PricedOrderLine[];
  totalFen: Fen;
}

/** A decision on the order, for the approvals block (an automatic approval has no approver). */
export type Approval = Pick<OrderEvent, 'at' | 'actorName' | 'actorNameEn' | 'level' | 'auto'>;

/**
 * What the printed purchase order shows: the lines grouped by supplier (in the order they first
 * appear), each with its subtotal, and the approvals that let it go out.
 */
export function purchaseOrderOf(
  order: Pick<OrderView, 'lines' | 'events'>,
  suppliers: ReadonlyMap<string, Supplier>,
): { sections: SupplierSection[]; approvals: Approval[] } {
  const sections = new Map<string, SupplierSection>();
  for (const line of order.lines) {
    let section = sections.get(line.supplierId);
    if (!section) {
      section = {
        supplierId: line.supplierId,
        supplier: suppliers.get(line.supplierId) ?? null,
        lines: [],
        totalFen: 0,
      };
      sections.set(line.supplierId, section);
    }
    section.lines.push(line);
    section.totalFen += line.lineTotalFen;
  }
  const approvals = (order.events ?? [])
    .filter((e) => e.type === 'level_approved' || (e.type === 'approved' && e.auto))
    .map(({ at, actorName, actorNameEn, level, auto }) => ({
      at,
      actorName,
      actorNameEn,
      level,
      auto,
    }));
  return { sections: [...sections.values()], approvals };
}

/**
 * 采购订单 to print or save as PDF (through the browser's print dialog): company, buyer, delivery,
 * the lines per supplier with the framework contract, totals, approvals and signature fields. The
 * shell's navigation is left out of the printout (styles.scss, @media print).
 */
@Component({
  selector: 'app-purchase-order-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    LocalDatePipe,
    LocalNamePipe,
    UnitPipe,
    ListState,
    TaxBreakdownList,
  ],
  templateUrl: './purchase-order-page.html',
  styleUrl: './purchase-order-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurchaseOrderPage implements OnChanges {
  /** The route's :id. */
  readonly id = input.required<string>();
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  private readonly state = this.store.selectSignal(ordersFeature.selectProcurementOrdersState);
  private readonly suppliers = this.store.selectSignal(catalogFeature.selectSupplierById);

  protected readonly order = computed(() => {
    const o = this.state().detail;
    return o && o.id === this.id() ? o : null;
  });
  protected readonly loading = computed(() => this.state().detailLoading && !this.order());
  protected readonly notFound = computed(() => this.state().detailError?.status === 404);
  protected readonly errorText = computed(() => {
    const e = this.state().detailError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly po = computed(() => {
    const o = this.order();
    return o ? purchaseOrderOf(o, this.suppliers()) : null;
  });
  protected readonly costCenter = computed(() =>
    this.reference.costCenterLabel(this.order()?.costCenterId),
  );

  constructor() {
    inject(PageTitle).follow(() => this.order()?.id);
  }

  ngOnChanges(): void {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(PurchaseOrderPageActions.opened({ id: this.id() }));
  }

  /** The browser's print dialog: a printer, or "Save as PDF". */
  protected print(): void {
    window.print();
  }
}
