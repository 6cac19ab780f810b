import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  type OnChanges,
  OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltip } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { debounceTime } from 'rxjs';
import { yuanToFen, type ApprovalSubjectType, type Decision } from '../../../../domain/index.ts';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { afterFirstRender } from '../../../shared/ui/after-first-render';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import type { ApiError } from '../../../core/http/api-error';
import { errorMessage } from '../../../core/http/problem';
import { APPROVALS_ERRORS } from '../data/api-error';
import { ApprovalInboxPageActions } from '../data/approvals.actions';
import { historyFeature } from '../data/history.feature';
import { inboxFeature } from '../data/inbox.feature';
import type { ApprovalTaskRow, BatchItem, InboxFilters } from '../data/approval.model';
import {
  INBOX_PAGE_SIZES,
  inboxQueryFromParams,
  paramsFromInboxQuery,
  type InboxQuery,
} from '../data/inbox-query';
import { DeciderPipe } from '../data/decider';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { FiltersToggle, filtersOpenWhenSet, isWiderThan } from '../../../shared/ui/phone-filters';

export const SUBJECT_TYPES: readonly ApprovalSubjectType[] = [
  'order',
  'budgetRequest',
  'trip',
  'grant',
];

function amountRange(group: AbstractControl): ValidationErrors | null {
  const { amountMin, amountMax } = group.value as {
    amountMin: number | null;
    amountMax: number | null;
  };
  return amountMin != null && amountMax != null && amountMin > amountMax ? { range: true } : null;
}

/** The approver's inbox and history; the tab, filters and page live in the URL. */
@Component({
  selector: 'app-approval-inbox-page',
  imports: [
    FiltersToggle,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltip,
    TranslatePipe,
    LocalNamePipe,
    DeciderPipe,
    MoneyPipe,
    LocalDatePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './approval-inbox-page.html',
  styleUrls: ['../../../shared/ui/tab-row.scss', './approval-inbox-page.scss'],
  host: { '(document:keydown)': 'onKey($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalInboxPage implements OnChanges, OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18n);

  protected readonly types = SUBJECT_TYPES;
  /** The tabs, in order; `tabIndex` is the shown one. */
  protected readonly tabs = ['pending', 'history'] as const;
  protected readonly pageSizes = INBOX_PAGE_SIZES;
  /** The paginator, under the list, is made after the page. */
  protected readonly belowFirstScreen = afterFirstRender();
  protected readonly tasks = this.store.selectSignal(inboxFeature.selectPendingTasks);
  protected readonly total = this.store.selectSignal(inboxFeature.selectTotal);
  protected readonly pageIndex = this.store.selectSignal(inboxFeature.selectPageIndex);
  protected readonly pageSize = this.store.selectSignal(inboxFeature.selectPageSize);
  protected readonly loading = this.store.selectSignal(inboxFeature.selectLoading);
  protected readonly error = this.store.selectSignal(inboxFeature.selectError);
  protected readonly selectedIds = this.store.selectSignal(inboxFeature.selectSelectedIds);
  protected readonly allSelected = this.store.selectSignal(inboxFeature.selectAllSelected);
  protected readonly batchItems = this.store.selectSignal(inboxFeature.selectBatchItems);
  protected readonly batchRunning = this.store.selectSignal(inboxFeature.selectBatchRunning);
  protected readonly batchResult = this.store.selectSignal(inboxFeature.selectBatchResult);
  protected readonly requesters = this.store.selectSignal(inboxFeature.selectRequesterOptions);
  protected readonly history = this.store.selectSignal(historyFeature.selectApprovalHistoryState);
  protected readonly filters = this.store.selectSignal(inboxFeature.selectFilters);

  /** The keyboard cursor (row index on this page). */
  protected readonly active = signal(0);
  protected readonly tabIndex = signal(0);
  /** Titles of the tasks of the last batch, to name the failed ones after the list reloads. */
  private readonly batchTitles = signal<Record<string, string>>({});
  private historyLoaded = false;

  protected readonly selectedSet = computed(() => new Set(this.selectedIds()));
  protected readonly activeFilters = computed(
    () => Object.values(this.filters()).filter((v) => v !== null).length,
  );
  protected readonly filtered = computed(() => this.activeFilters() > 0);
  /**
   * A phone shows the filters behind a button, so that the tasks come first (and the page's first
   * render is four form fields lighter); they open by themselves when one is set (a link,
   * back/forward). Nor does it show the keyboard shortcuts' button.
   */
  protected readonly wide = isWiderThan(761);
  protected readonly filtersOpen = filtersOpenWhenSet(this.filtered);
  protected readonly errorText = computed(() => this.describe(this.error()));
  protected readonly historyErrorText = computed(() => this.describe(this.history().error));
  protected readonly failures = computed(() =>
    (this.batchResult()?.failures ?? []).map((f) => ({
      ...f,
      title: this.batchTitles()[f.id] ?? f.id,
      reason: errorMessage(f, this.i18n, APPROVALS_ERRORS),
    })),
  );

  protected readonly filterForm = new FormGroup(
    {
      subjectType: new FormControl<ApprovalSubjectType | null>(null),
      amountMin: new FormControl<number | null>(null),
      amountMax: new FormControl<number | null>(null),
      requesterId: new FormControl<string | null>(null),
    },
    { validators: amountRange },
  );

  constructor() {
    // keep the cursor on the list as pages load and tasks leave it
    effect(() => {
      const n = this.tasks().length;
      if (this.active() >= n) this.active.set(Math.max(0, n - 1));
    });
  }

  // The URL's query parameters (component input binding); `paramsFromInboxQuery` writes them.
  readonly tab = input<string>();
  readonly type = input<string>();
  readonly min = input<string>();
  readonly max = input<string>();
  readonly requester = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  /** The query the URL holds now; a change is written over it. */
  private current: InboxQuery = inboxQueryFromParams({});

  /** URL → store (first visit, reload, back/forward, a shared link) → the form and tab show it. */
  ngOnChanges(): void {
    const q = (this.current = inboxQueryFromParams({
      tab: this.tab(),
      type: this.type(),
      min: this.min(),
      max: this.max(),
      requester: this.requester(),
      page: this.page(),
      size: this.size(),
    }));
    this.store.dispatch(
      ApprovalInboxPageActions.queryChanged({
        filters: q.filters,
        pageIndex: q.pageIndex,
        pageSize: q.pageSize,
      }),
    );
    const f = q.filters;
    this.filterForm.setValue(
      {
        subjectType: f.subjectType,
        amountMin: f.amountMinFen == null ? null : f.amountMinFen / 100,
        amountMax: f.amountMaxFen == null ? null : f.amountMaxFen / 100,
        requesterId: f.requesterId,
      },
      { emitEvent: false },
    );
    this.tabIndex.set(q.tab === 'history' ? 1 : 0);
    if (q.tab === 'history' && !this.historyLoaded) {
      this.historyLoaded = true;
      this.store.dispatch(ApprovalInboxPageActions.historyOpened());
    }
  }

  ngOnInit(): void {
    this.filterForm.valueChanges
      .pipe(debounceTime(300), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    if (this.filterForm.invalid) return;
    const v = this.filterForm.getRawValue();
    const filters: InboxFilters = {
      subjectType: v.subjectType,
      amountMinFen:
        v.amountMin == null || (v.amountMin as unknown) === ''
          ? null
          : yuanToFen(Number(v.amountMin)),
      amountMaxFen:
        v.amountMax == null || (v.amountMax as unknown) === ''
          ? null
          : yuanToFen(Number(v.amountMax)),
      requesterId: v.requesterId,
    };
    const cur = this.filters();
    if (JSON.stringify(cur) !== JSON.stringify(filters)) this.navigate({ filters, pageIndex: 0 });
  }

  private navigate(change: Partial<InboxQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromInboxQuery({ ...this.current, ...change }),
    });
  }

  protected clearFilters(): void {
    this.filterForm.reset({
      subjectType: null,
      amountMin: null,
      amountMax: null,
      requesterId: null,
    });
  }

  protected retry(): void {
    this.store.dispatch(ApprovalInboxPageActions.reloadRequested());
  }

  protected pageChanged(e: PageEvent): void {
    this.navigate({ pageIndex: e.pageIndex, pageSize: e.pageSize });
  }

  protected historyPage(e: PageEvent): void {
    this.store.dispatch(
      ApprovalInboxPageActions.historyPageChanged({ pageIndex: e.pageIndex, pageSize: e.pageSize }),
    );
  }

  /** A tab chosen → the URL (which then loads the history the first time it is shown). */
  protected tabChanged(index: number): void {
    if (index === this.tabIndex()) return;
    this.tabIndex.set(index);
    this.navigate({ tab: index === 1 ? 'history' : 'pending' });
  }

  /** The tablist's keys: Left/Right (wrapping), Home and End move to a tab and show it. */
  protected tabKey(e: KeyboardEvent): void {
    const last = this.tabs.length - 1;
    const i = this.tabIndex();
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = i === last ? 0 : i + 1;
        break;
      case 'ArrowLeft':
        next = i === 0 ? last : i - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.tabChanged(next);
    const list = (e.currentTarget as HTMLElement).closest('[role="tablist"]');
    list?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  protected reloadHistory(): void {
    this.store.dispatch(ApprovalInboxPageActions.historyOpened());
  }

  protected toggle(id: string): void {
    this.store.dispatch(ApprovalInboxPageActions.selectionToggled({ id }));
  }

  protected toggleAll(): void {
    this.store.dispatch(ApprovalInboxPageActions.allToggled());
  }

  protected clearSelection(): void {
    this.store.dispatch(ApprovalInboxPageActions.selectionCleared());
  }

  protected dismissResult(): void {
    this.store.dispatch(ApprovalInboxPageActions.batchResultDismissed());
  }

  protected title(t: ApprovalTaskRow): string {
    return localName(t.summary, this.i18n.lang(), 'title') || t.subjectId;
  }

  protected open(t: ApprovalTaskRow): void {
    void this.router.navigate(['/approvals', t.id]);
  }

  /** Approve or reject the selected tasks, or the current one when none is selected. */
  protected decide(decision: Decision): void {
    if (this.batchRunning()) return;
    let items: BatchItem[] = this.batchItems();
    let rows = this.tasks().filter((t) => this.selectedSet().has(t.id));
    if (!items.length) {
      const current = this.tasks()[this.active()];
      if (!current) return;
      items = [{ id: current.id, version: current.version }];
      rows = [current];
    }
    const data: DecisionDialogData = {
      decision,
      count: items.length,
      totalFen: rows.reduce((sum, t) => sum + t.amountFen, 0),
    };
    this.dialog
      .open<DecisionDialog, DecisionDialogData, string>(DecisionDialog, {
        data,
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((comment) => {
        if (comment === undefined) return;
        this.batchTitles.set(Object.fromEntries(rows.map((t) => [t.id, this.title(t)])));
        this.store.dispatch(
          ApprovalInboxPageActions.batchDecisionRequested({ items, decision, comment }),
        );
      });
  }

  protected showShortcuts(): void {
    this.dialog.open(ShortcutsDialog);
  }

  /** A click anywhere on a task (a tap on a phone card) opens it; the checkbox and the title link do their own thing. */
  protected rowClicked(e: MouseEvent, i: number, t: ApprovalTaskRow): void {
    this.active.set(i);
    if ((e.target as HTMLElement | null)?.closest('a, button, mat-checkbox')) return;
    this.open(t);
  }

  protected setActive(i: number): void {
    this.active.set(i);
  }

  private move(delta: number): void {
    const n = this.tasks().length;
    if (!n) return;
    const next = Math.min(n - 1, Math.max(0, this.active() + delta));
    this.active.set(next);
    this.host.nativeElement.querySelector<HTMLElement>(`[data-row="${next}"]`)?.focus();
  }

  protected onKey(e: KeyboardEvent): void {
    if (
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      this.dialog.openDialogs.length ||
      this.tabIndex() !== 0
    )
      return;
    const target = e.target as HTMLElement | null;
    if (
      target &&
      (target.closest(
        'input, textarea, select, [contenteditable="true"], mat-select, .mat-mdc-select-panel',
      ) ||
        target.isContentEditable)
    )
      return;
    const current = this.tasks()[this.active()];
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        this.move(1);
        break;
      case 'k':
      case 'ArrowUp':
        this.move(-1);
        break;
      case 'Enter':
        // Enter on a button or link does its own thing
        if (target?.closest('button, a')) return;
        if (current) this.open(current);
        break;
      case 'x':
        if (current) this.toggle(current.id);
        break;
      case 'a':
        this.decide('approve');
        break;
      case 'r':
        this.decide('reject');
        break;
      case '?':
        this.showShortcuts();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private describe(error: ApiError | null): string | null {
    return error ? errorMessage(error, this.i18n, APPROVALS_ERRORS) : null;
  }
}
