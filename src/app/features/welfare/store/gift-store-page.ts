import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnChanges,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, merge } from 'rxjs';
import { LocalDatePipe } from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { afterFirstRender } from '../../../shared/ui/after-first-render';
import { renderInSlices } from '../../../shared/ui/render-in-slices';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { GiftStorePageActions } from '../data/welfare.actions';
import { giftStoreFeature } from '../data/gift-store.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import {
  DEFAULT_GIFT_QUERY,
  GIFT_SORTS,
  giftQueryFromParams,
  giftQueryToParams,
  type GiftQuery,
  type GiftSort,
} from '../data/welfare.model';
import { GiftCard } from './gift-card';
import { PointsSummary } from './points-summary';
import { RecommendationsPanel } from './recommendations-panel';
import { FiltersToggle, filtersOpenWhenSet, isWiderThan } from '../../../shared/ui/phone-filters';

/** A points bound typed by the user: a whole number ≥ 0, or nothing. */
export function pointsBound(value: number | string | null): number | null {
  if (value === null || `${value}`.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

/** The employee's gift store: points, recommendations with their reasons, and the paged gift list. */
@Component({
  selector: 'app-gift-store-page',
  imports: [
    FiltersToggle,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatSelectModule,
    TranslatePipe,
    LocalNamePipe,
    LocalDatePipe,
    ListState,
    PageHeader,
    GiftCard,
    PointsSummary,
    RecommendationsPanel,
  ],
  templateUrl: './gift-store-page.html',
  styleUrl: './gift-store-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GiftStorePage implements OnChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);

  protected readonly query = this.store.selectSignal(giftStoreFeature.selectQuery);
  protected readonly gifts = this.store.selectSignal(giftStoreFeature.selectGifts);
  private readonly allSections = this.store.selectSignal(giftStoreFeature.selectGiftSections);
  /** The gifts as the page lists them, made four at a time the first time (below a phone's first screen). */
  private readonly shownGifts = renderInSlices(
    computed(() => {
      const { inCampaign, others } = this.allSections();
      return [...inCampaign, ...others];
    }),
  );
  protected readonly sections = computed(() => {
    const all = this.allSections();
    const shown = this.shownGifts().length;
    return {
      ...all,
      inCampaign: all.inCampaign.slice(0, shown),
      others: all.others.slice(0, Math.max(0, shown - all.inCampaign.length)),
    };
  });
  protected readonly total = this.store.selectSignal(giftStoreFeature.selectTotal);
  /** The paginator, under the gifts, is made after the page. */
  protected readonly belowFirstScreen = afterFirstRender();
  protected readonly loading = this.store.selectSignal(giftStoreFeature.selectLoading);
  private readonly error = this.store.selectSignal(giftStoreFeature.selectError);
  protected readonly sorts = GIFT_SORTS;
  protected readonly categories = this.store.selectSignal(giftStoreFeature.selectCategories);
  protected readonly categoryFilterShown = this.store.selectSignal(
    giftStoreFeature.selectCategoryFilterShown,
  );
  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly filtered = computed(() => {
    const q = this.query();
    return (
      !!q.q.trim() ||
      !!q.categoryId ||
      q.pointsMin != null ||
      q.pointsMax != null ||
      q.withinBalance
    );
  });

  /**
   * A phone shows the points range, the category and the sort behind "more filters", so that the
   * gifts come first; they open by themselves when one of them is set (a link, back/forward).
   */
  protected readonly wide = isWiderThan(600);
  protected readonly moreFiltersOpen = filtersOpenWhenSet(() => {
    const q = this.query();
    return (
      !!q.categoryId ||
      q.pointsMin != null ||
      q.pointsMax != null ||
      q.sort !== DEFAULT_GIFT_QUERY.sort
    );
  });

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl<string | null>(null),
    pointsMin: new FormControl<number | null>(null),
    pointsMax: new FormControl<number | null>(null),
    sort: new FormControl<GiftSort>('popularity', { nonNullable: true }),
  });

  // The URL's query parameters (component input binding); `giftQueryToParams` writes them.
  readonly q = input<string>();
  readonly category = input<string>();
  readonly min = input<string>();
  readonly max = input<string>();
  readonly within = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();

  constructor() {
    const destroyRef = inject(DestroyRef);
    const c = this.form.controls;
    c.q.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply(true));
    merge(c.pointsMin.valueChanges, c.pointsMax.valueChanges)
      .pipe(debounceTime(500), takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply(true));
    merge(c.sort.valueChanges, c.categoryId.valueChanges)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.apply());
  }

  /** URL → store (first visit, reload, back/forward, a shared link) → the form shows it. */
  ngOnChanges(): void {
    const query = giftQueryFromParams({
      q: this.q(),
      category: this.category(),
      min: this.min(),
      max: this.max(),
      within: this.within(),
      sort: this.sort(),
      page: this.page(),
    });
    this.store.dispatch(GiftStorePageActions.queryChanged({ query }));
    this.form.patchValue(
      {
        q: query.q,
        categoryId: query.categoryId,
        pointsMin: query.pointsMin,
        pointsMax: query.pointsMax,
        sort: query.sort,
      },
      { emitEvent: false },
    );
  }

  protected apply(replaceUrl = false): void {
    const v = this.form.getRawValue();
    this.navigate(
      {
        ...this.query(),
        q: v.q,
        categoryId: v.categoryId,
        pointsMin: pointsBound(v.pointsMin),
        pointsMax: pointsBound(v.pointsMax),
        sort: v.sort,
        pageIndex: 0,
      },
      replaceUrl,
    );
  }

  /** The one-tap filter: gifts whose points price the balance covers. */
  protected toggleWithinBalance(): void {
    const q = this.query();
    this.navigate({ ...q, withinBalance: !q.withinBalance, pageIndex: 0 });
  }

  protected clear(): void {
    this.navigate({ ...DEFAULT_GIFT_QUERY, sort: this.query().sort });
  }

  protected pageChanged(e: PageEvent): void {
    this.navigate({ ...this.query(), pageIndex: e.pageIndex });
    document.querySelector('main')?.scrollTo?.({ top: 0 });
  }

  protected retry(): void {
    this.store.dispatch(GiftStorePageActions.retryRequested());
  }

  private navigate(query: GiftQuery, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: giftQueryToParams(query),
      replaceUrl,
    });
  }
}
