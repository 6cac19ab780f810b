import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, merge } from 'rxjs';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { CartAddActions } from '../data/cart.actions';
import { CatalogPageActions } from '../data/catalog.actions';
import { catalogFeature } from '../data/catalog.feature';
import { paramsFromQuery, queryFromParams, sameFilters } from '../data/catalog-query';
import { DEFAULT_CATALOG_QUERY, PAGE_SIZES, type CatalogQuery } from '../data/procurement.model';
import { ProductCard } from './product-card';
import { FiltersToggle, filtersOpenWhenSet, isWiderThan } from '../../../shared/ui/phone-filters';
import { renderInSlices } from '../../../shared/ui/render-in-slices';
import { afterFirstRender } from '../../../shared/ui/after-first-render';

type SortChoice = 'relevance' | 'price-asc' | 'price-desc' | 'leadTimeDays-asc';

/** The contract catalog: search, filters and paging, all held in the URL so a search can be shared. */
@Component({
  selector: 'app-catalog-page',
  imports: [
    LocalNamePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatSelectModule,
    MatSlideToggleModule,
    NgTemplateOutlet,
    FiltersToggle,
    TranslatePipe,
    ListState,
    PageHeader,
    ProductCard,
  ],
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);

  protected readonly query = this.store.selectSignal(catalogFeature.selectQuery);
  protected readonly products = this.store.selectSignal(catalogFeature.selectProducts);
  /** The cards, made four at a time the first time (a phone's first screen shows two). */
  protected readonly cards = renderInSlices(this.products);
  protected readonly total = this.store.selectSignal(catalogFeature.selectTotal);
  protected readonly relaxedQuery = this.store.selectSignal(catalogFeature.selectRelaxedQuery);
  protected readonly loading = this.store.selectSignal(catalogFeature.selectLoading);
  private readonly error = this.store.selectSignal(catalogFeature.selectError);
  protected readonly facets = this.store.selectSignal(catalogFeature.selectFacets);
  protected readonly tree = this.store.selectSignal(catalogFeature.selectCategoryTree);
  private readonly categoryById = this.store.selectSignal(catalogFeature.selectCategoryById);
  private readonly supplierById = this.store.selectSignal(catalogFeature.selectSupplierById);
  protected readonly pageSizes = PAGE_SIZES;
  /** The paginator, under the 24 cards, is made after the page. */
  protected readonly belowFirstScreen = afterFirstRender();
  protected readonly wide = isWiderThan(960);
  /** A phone's filters (and sort): open from their button, or by themselves when a link sets one. */
  protected readonly filtersOpen = filtersOpenWhenSet(() => {
    const q = this.query();
    // the search stays beside the button
    return q.sort !== 'relevance' || !sameFilters({ ...q, q: '' }, DEFAULT_CATALOG_QUERY);
  });
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl<string | null>(null),
    brand: new FormControl<string | null>(null),
    supplierId: new FormControl<string | null>(null),
    priceMin: new FormControl<number | null>(null),
    priceMax: new FormControl<number | null>(null),
    inStock: new FormControl(false, { nonNullable: true }),
    sort: new FormControl<SortChoice>('relevance', { nonNullable: true }),
  });

  protected readonly supplierOptions = computed(() => {
    const byId = this.supplierById();
    return (this.facets()?.suppliers ?? []).map((s) => {
      const sup = byId.get(s.id);
      return { id: s.id, count: s.count, name: sup ? localName(sup, this.i18n.lang()) : s.id };
    });
  });

  /** The filters in force, as removable chips. */
  protected readonly chips = computed(() => {
    const q = this.query();
    const out: { key: keyof CatalogQuery | 'price'; label: string }[] = [];
    const t = (k: string, p?: Record<string, string | number>) => this.i18n.t(k, p);
    if (q.q.trim())
      out.push({ key: 'q', label: t('procurement.catalog.chip.q', { q: q.q.trim() }) });
    if (q.categoryId) {
      const c = this.categoryById().get(q.categoryId);
      out.push({ key: 'categoryId', label: c ? localName(c, this.i18n.lang()) : q.categoryId });
    }
    if (q.brand) out.push({ key: 'brand', label: q.brand });
    if (q.supplierId) {
      const s = this.supplierById().get(q.supplierId);
      out.push({ key: 'supplierId', label: s ? localName(s, this.i18n.lang()) : q.supplierId });
    }
    if (q.priceMinFen != null || q.priceMaxFen != null) {
      out.push({
        key: 'price',
        label: t('procurement.catalog.chip.price', {
          min: q.priceMinFen == null ? '0' : q.priceMinFen / 100,
          max: q.priceMaxFen == null ? '∞' : q.priceMaxFen / 100,
        }),
      });
    }
    if (q.inStock) out.push({ key: 'inStock', label: t('procurement.catalog.inStock') });
    return out;
  });

  // The URL's query parameters (component input binding); `paramsFromQuery` writes them.
  readonly q = input<string>();
  readonly category = input<string>();
  readonly brand = input<string>();
  readonly supplier = input<string>();
  readonly min = input<string>();
  readonly max = input<string>();
  readonly inStock = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.form.controls.q.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply(true));
    const c = this.form.controls;
    merge(
      c.categoryId.valueChanges,
      c.brand.valueChanges,
      c.supplierId.valueChanges,
      c.inStock.valueChanges,
      c.sort.valueChanges,
    )
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply());
    this.form.controls.priceMin.valueChanges
      .pipe(debounceTime(600), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply(true));
    this.form.controls.priceMax.valueChanges
      .pipe(debounceTime(600), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply(true));
  }

  /** URL → store (first visit, reload, back/forward, a shared link) → the form shows it. */
  ngOnChanges(): void {
    const query = queryFromParams({
      q: this.q(),
      category: this.category(),
      brand: this.brand(),
      supplier: this.supplier(),
      min: this.min(),
      max: this.max(),
      inStock: this.inStock(),
      sort: this.sort(),
      order: this.order(),
      page: this.page(),
      size: this.size(),
    });
    this.store.dispatch(CatalogPageActions.queryChanged({ query }));
    this.form.patchValue(
      {
        q: query.q,
        categoryId: query.categoryId,
        brand: query.brand,
        supplierId: query.supplierId,
        priceMin: query.priceMinFen == null ? null : query.priceMinFen / 100,
        priceMax: query.priceMaxFen == null ? null : query.priceMaxFen / 100,
        inStock: query.inStock,
        sort:
          query.sort === 'relevance' ? 'relevance' : (`${query.sort}-${query.order}` as SortChoice),
      },
      { emitEvent: false },
    );
  }

  /** The form → the URL (page back to 1); typing replaces the history entry instead of adding one per key. */
  protected apply(replaceUrl = false): void {
    const v = this.form.getRawValue();
    const [sort, order] =
      v.sort === 'relevance'
        ? (['relevance', 'asc'] as const)
        : (v.sort.split('-') as [CatalogQuery['sort'], CatalogQuery['order']]);
    const toFen = (y: number | null) =>
      y == null || `${y}` === '' || Number.isNaN(Number(y)) || Number(y) < 0
        ? null
        : Math.round(Number(y) * 100);
    this.navigate(
      {
        ...this.query(),
        q: v.q,
        categoryId: v.categoryId,
        brand: v.brand,
        supplierId: v.supplierId,
        priceMinFen: toFen(v.priceMin),
        priceMaxFen: toFen(v.priceMax),
        inStock: v.inStock,
        sort,
        order,
        pageIndex: 0,
      },
      replaceUrl,
    );
  }

  protected pageChanged(e: PageEvent): void {
    this.navigate({ ...this.query(), pageIndex: e.pageIndex, pageSize: e.pageSize });
    document.querySelector('main')?.scrollTo?.({ top: 0 });
  }

  protected removeChip(key: keyof CatalogQuery | 'price'): void {
    const q = { ...this.query(), pageIndex: 0 };
    if (key === 'price') this.navigate({ ...q, priceMinFen: null, priceMaxFen: null });
    else this.navigate({ ...q, [key]: DEFAULT_CATALOG_QUERY[key] });
  }

  protected clearAll(): void {
    this.navigate({ ...DEFAULT_CATALOG_QUERY, pageSize: this.query().pageSize });
  }

  protected retry(): void {
    this.store.dispatch(CatalogPageActions.retryRequested());
  }

  protected addToCart(line: { productId: string; qty: number }): void {
    this.store.dispatch(CartAddActions.addLinesRequested({ lines: [line], origin: 'catalog' }));
  }

  protected supplierName(id: string): string {
    const s = this.supplierById().get(id);
    return localName(s, this.i18n.lang());
  }

  private navigate(query: CatalogQuery, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromQuery(query),
      replaceUrl,
    });
  }
}
