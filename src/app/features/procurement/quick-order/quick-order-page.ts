import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  type WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { Subject, catchError, concatMap, debounceTime, from, map, of } from 'rxjs';
import {
  MAX_LINE_QTY,
  nearestValidQty,
  qtyProblem,
  suggestedQty,
  unitPriceFor,
  type Product,
} from '../../../../domain/index.ts';
import { localName } from '../../../core/i18n/local-name';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';
import { PageHeader } from '../../../shared/ui/page-header';
import { CartAddActions } from '../data/cart.actions';
import { CatalogApi } from '../data/catalog-api';
import { ProcurementDrafts } from '../data/drafts';
import { LOOKUP_BATCH, normalizeSku, parseQty } from '../import/import-rules';

export interface QuickRow {
  id: number;
  sku: string;
  qtyText: string;
}

export type RowStatus =
  | { kind: 'empty' }
  | { kind: 'resolving' }
  | { kind: 'unknown' }
  | { kind: 'not_procurement'; product: Product }
  | { kind: 'noQty'; product: Product }
  /** fixQty: the correction to offer (within the line maximum and the stock), or null when there is none. */
  | { kind: 'qty'; product: Product; problem: string; fixQty: number | null }
  | { kind: 'ok'; product: Product; qty: number; lineFen: number };

/** What a row of the grid means once its SKU is known (or not yet). */
export function rowStatus(row: QuickRow, products: ReadonlyMap<string, Product | null>): RowStatus {
  const sku = normalizeSku(row.sku);
  if (!sku) return { kind: 'empty' };
  if (!products.has(sku)) return { kind: 'resolving' };
  const product = products.get(sku);
  if (!product) return { kind: 'unknown' };
  if (!product.channels.includes('procurement')) return { kind: 'not_procurement', product };
  if (row.qtyText.trim() === '') return { kind: 'noQty', product };
  const qty = parseQty(row.qtyText);
  const problem = qtyProblem(product, qty ?? 0.5);
  if (problem || qty === null)
    return {
      kind: 'qty',
      product,
      problem: problem ?? 'not_integer',
      fixQty: suggestedQty(product, qty),
    };
  return { kind: 'ok', product, qty, lineFen: unitPriceFor(product, qty) * qty };
}

let rowIds = 0;
const newRow = (): QuickRow => ({ id: ++rowIds, sku: '', qtyText: '' });

/**
 * Quick order: a keyboard-only grid of SKU and quantity. Enter moves SKU → quantity → next row (a new row is
 * appended at the end); SKUs are resolved in batches as they are typed; Ctrl+Enter adds the good rows.
 */
@Component({
  selector: 'app-quick-order-page',
  imports: [
    UnitPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    MoneyPipe,
    PageHeader,
  ],
  templateUrl: './quick-order-page.html',
  styleUrl: './quick-order-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickOrderPage {
  private readonly store = inject(Store);
  private readonly api = inject(CatalogApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly session = inject(ProcurementDrafts);
  /** The grid lives in the session drafts: leaving the page and coming back keeps it. */
  protected readonly rows = this.session.quickRows as WritableSignal<QuickRow[]>;
  protected readonly products = this.session.quickProducts;
  protected readonly lookupError = signal(false);
  private readonly pending = new Set<string>();
  private readonly resolve$ = new Subject<void>();

  protected readonly statuses = computed(() => {
    const map = this.products();
    return this.rows().map((r) => rowStatus(r, map));
  });
  protected readonly max = MAX_LINE_QTY;
  /** Rows that can be ordered as they are. */
  protected readonly okRows = computed(() => this.statuses().filter((s) => s.kind === 'ok').length);
  /** What goes to the cart: one line per product (rows of the same SKU are merged). */
  private readonly merged = computed(() => {
    const byId = new Map<string, { product: Product; qty: number }>();
    for (const s of this.statuses())
      if (s.kind === 'ok')
        byId.set(s.product.id, {
          product: s.product,
          qty: (byId.get(s.product.id)?.qty ?? 0) + s.qty,
        });
    return [...byId.values()];
  });
  protected readonly okLines = computed(() =>
    this.merged().map(({ product, qty }) => ({ productId: product.id, qty })),
  );
  /** Priced as the cart will price it: the merged quantity may reach a better tier. */
  protected readonly totalFen = computed(() =>
    this.merged().reduce((sum, l) => sum + unitPriceFor(l.product, l.qty) * l.qty, 0),
  );
  protected readonly badCount = computed(
    () =>
      this.statuses().filter(
        (s) =>
          s.kind !== 'ok' && s.kind !== 'empty' && s.kind !== 'resolving' && s.kind !== 'noQty',
      ).length,
  );

  constructor() {
    if (!this.rows()) this.rows.set([newRow(), newRow(), newRow()]);
    else rowIds = Math.max(rowIds, ...this.rows().map((r) => r.id));
    this.resolve$
      .pipe(
        debounceTime(250),
        map(() =>
          [...new Set(this.rows().map((r) => normalizeSku(r.sku)))].filter(
            (s) => s && !this.products().has(s) && !this.pending.has(s),
          ),
        ),
        concatMap((skus) => {
          skus.forEach((s) => this.pending.add(s));
          const batches: string[][] = [];
          for (let i = 0; i < skus.length; i += LOOKUP_BATCH)
            batches.push(skus.slice(i, i + LOOKUP_BATCH));
          return from(batches).pipe(
            concatMap((batch) =>
              this.api.lookup(batch).pipe(
                map((found) => ({ batch, found, failed: false })),
                catchError(() => of({ batch, found: [] as Product[], failed: true })),
              ),
            ),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ batch, found, failed }) => {
        batch.forEach((s) => this.pending.delete(s));
        this.lookupError.set(failed);
        if (failed) return;
        const next = new Map(this.products());
        const bySku = new Map(found.map((p) => [normalizeSku(p.sku), p]));
        for (const s of batch) next.set(s, bySku.get(s) ?? null);
        this.products.set(next);
      });
  }

  protected name(p: Product): string {
    return localName(p, this.i18n.lang());
  }

  protected edit(index: number, field: 'sku' | 'qtyText', value: string): void {
    this.rows.update((rows) => rows.map((r, i) => (i === index ? { ...r, [field]: value } : r)));
    if (field === 'sku') this.resolve$.next();
  }

  /** Enter: SKU → its quantity; quantity → the next row's SKU (a new row at the end). */
  protected enter(event: Event, index: number, field: 'sku' | 'qty'): void {
    const e = event as KeyboardEvent;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      this.addToCart();
      return;
    }
    e.preventDefault();
    if (field === 'sku') {
      this.resolve$.next();
      const s = this.statuses()[index];
      if (!this.rows()[index].qtyText && s.kind === 'noQty')
        this.edit(index, 'qtyText', String(nearestValidQty(s.product, s.product.moq)));
      this.focus(index, 'qty');
      return;
    }
    if (index === this.rows().length - 1) this.rows.update((rows) => [...rows, newRow()]);
    this.focus(index + 1, 'sku');
  }

  protected fix(index: number, qty: number | null): void {
    if (qty === null) return;
    this.edit(index, 'qtyText', String(qty));
  }

  protected removeRow(index: number): void {
    this.rows.update((rows) => (rows.length > 1 ? rows.filter((_, i) => i !== index) : [newRow()]));
    this.focus(Math.max(0, Math.min(index, this.rows().length - 1)), 'sku');
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, newRow()]);
    this.focus(this.rows().length - 1, 'sku');
  }

  protected retryLookup(): void {
    this.lookupError.set(false);
    this.resolve$.next();
  }

  protected addToCart(): void {
    const lines = this.okLines();
    if (!lines.length) return;
    this.store.dispatch(CartAddActions.addLinesRequested({ lines, origin: 'quickOrder' }));
    // The rows that were added leave the grid; the others stay to be corrected.
    this.rows.update((rows) => {
      const left = rows.filter(
        (_, i) => this.statuses()[i].kind !== 'ok' && this.statuses()[i].kind !== 'empty',
      );
      return [...left, newRow()];
    });
  }

  /**
   * Moves the focus at once (a barcode scanner types the next code right after its Enter): a new row is
   * rendered synchronously first.
   */
  private focus(index: number, field: 'sku' | 'qty'): void {
    this.cdr.detectChanges();
    const el = (this.host.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      `#qo-${field}-${index}`,
    );
    el?.focus();
    el?.select();
  }
}
