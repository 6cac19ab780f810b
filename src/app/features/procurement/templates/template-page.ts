import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import {
  qtyProblem,
  tierFor,
  type Fen,
  type Product,
  type QtyProblem,
  type RequisitionTemplateDetail,
} from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { localName } from '../../../core/i18n/local-name';
import { PageTitle } from '../../../core/i18n/page-title';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { CartAddActions } from '../data/cart.actions';
import { TemplatePageActions } from '../data/templates.actions';
import { templatesFeature } from '../data/templates.feature';
import { QtyStepper } from '../product/qty-stepper';

/** A line of the template as it would be ordered today. */
export interface TemplateLineView {
  productId: string;
  qty: number;
  /** Null: no longer sold to buyers (left out of the order). */
  product: Product | null;
  unitPriceFen: Fen;
  lineTotalFen: Fen;
  problem: QtyProblem | null;
}

/** The template's lines at the quantities as edited, priced from today's tiers. */
export function templateLines(
  detail: RequisitionTemplateDetail,
  edits: Readonly<Record<string, number>>,
): { lines: TemplateLineView[]; totalFen: Fen; orderable: boolean } {
  const lines = detail.lines.map((l): TemplateLineView => {
    const qty = edits[l.productId] ?? l.qty;
    if (!l.product)
      return { ...l, qty, product: null, unitPriceFen: 0, lineTotalFen: 0, problem: null };
    const unitPriceFen = (tierFor(l.product.priceTiers, qty) ?? l.product.priceTiers[0])
      .unitPriceFen;
    return {
      productId: l.productId,
      qty,
      product: l.product,
      unitPriceFen,
      lineTotalFen: unitPriceFen * qty,
      problem: qtyProblem(l.product, qty),
    };
  });
  const live = lines.filter((l) => l.product);
  return {
    lines,
    totalFen: live.reduce((sum, l) => sum + l.lineTotalFen, 0),
    orderable: live.length > 0 && live.every((l) => !l.problem),
  };
}

/** One 常用清单: quantities to adjust, today's prices, and one step into the cart. */
@Component({
  selector: 'app-template-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    ListState,
    PageHeader,
    QtyStepper,
  ],
  templateUrl: './template-page.html',
  styleUrl: './templates.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatePage implements OnChanges {
  /** The route's :id. */
  readonly id = input.required<string>();
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly s = this.store.selectSignal(templatesFeature.selectProcurementTemplatesState);
  protected readonly detail = computed(() => {
    const d = this.s().detail;
    return d && d.id === this.id() ? d : null;
  });
  private readonly edits = signal<Record<string, number>>({});
  protected readonly view = computed(() => {
    const d = this.detail();
    return d ? templateLines(d, this.edits()) : null;
  });
  protected readonly loadError = computed(() => {
    const e = this.s().detailError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly notFound = computed(() => this.s().detailError?.status === 404);
  protected readonly name = (p: Product) => localName(p, this.i18n.lang());

  constructor() {
    inject(PageTitle).follow(() => this.detail()?.name);
  }

  ngOnChanges(): void {
    this.edits.set({});
    this.load();
  }

  protected load(): void {
    this.store.dispatch(TemplatePageActions.opened({ id: this.id() }));
  }

  protected qtyChanged(productId: string, qty: number): void {
    this.edits.update((e) => ({ ...e, [productId]: qty }));
  }

  /** Into the cart at these quantities (the cart prices them again), then the cart opens. */
  protected order(): void {
    const v = this.view();
    if (!v?.orderable) return;
    const lines = v.lines
      .filter((l) => l.product)
      .map(({ productId, qty }) => ({ productId, qty }));
    this.store.dispatch(CartAddActions.addLinesRequested({ lines, origin: 'template' }));
    void this.router.navigate(['/procurement/cart']);
  }
}
