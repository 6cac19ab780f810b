import { UnitPipe } from '../../../core/i18n/unit.pipe';
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
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { PageTitle } from '../../../core/i18n/page-title';
import { DeciderNamePipe, LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { ListState } from '../../../shared/ui/list-state';
import { errorMessage } from '../../../core/http/problem';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { CartAddActions } from '../data/cart.actions';
import { OrderDetailPageActions } from '../data/orders.actions';
import { orderActions, ordersFeature } from '../data/orders.feature';
import type { OrderEvent, OrderView, ReceiptLineInput } from '../data/procurement.model';
import { receiptAmountFen } from '../../../../domain/index.ts';
import { OrderStatus } from './order-status';

export interface TimelineStep {
  key: string;
  icon: string;
  state: 'done' | 'current' | 'todo' | 'bad';
  at?: string;
  actorName?: string;
  actorNameEn?: string;
  comment?: string;
  level?: number;
  /** A decision made through a delegation: the approver the actor acted for. */
  onBehalfOfName?: string;
  onBehalfOfNameEn?: string;
}

const behalf = (e: OrderEvent) =>
  e.onBehalfOfName
    ? { onBehalfOfName: e.onBehalfOfName, onBehalfOfNameEn: e.onBehalfOfNameEn }
    : {};

/**
 * The status timeline of an order from its events: submitted → approval levels → approved → each partial
 * receipt → received (or closed short, with why), or rejected / cancelled with who and why; steps still
 * to come are shown greyed.
 */
export function timelineOf(
  order: Pick<OrderView, 'status' | 'events' | 'approvalLevels'>,
): TimelineStep[] {
  const events: OrderEvent[] = order.events ?? [];
  const steps: TimelineStep[] = [];
  const find = (type: OrderEvent['type'], level?: number) =>
    events.find((e) => e.type === type && (level === undefined || e.level === level));
  const submitted = find('submitted');
  steps.push({
    key: 'submitted',
    icon: 'send',
    state: 'done',
    at: submitted?.at,
    actorName: submitted?.actorName,
    actorNameEn: submitted?.actorNameEn,
  });
  const levels =
    order.approvalLevels ?? events.filter((e) => e.type === 'approval_requested').length;
  const ended = order.status === 'rejected' || order.status === 'cancelled';
  for (let level = 1; level <= levels; level++) {
    const ok = find('level_approved', level);
    const rejected = events.find(
      (e) => e.type === 'rejected' && (e.level === level || e.level === undefined),
    );
    if (ok)
      steps.push({
        key: 'level_approved',
        icon: 'how_to_reg',
        state: 'done',
        at: ok.at,
        actorName: ok.actorName,
        actorNameEn: ok.actorNameEn,
        level,
        comment: ok.comment,
        ...behalf(ok),
      });
    else if (rejected && (rejected.level ?? level) === level)
      steps.push({
        key: 'rejected',
        icon: 'block',
        state: 'bad',
        at: rejected.at,
        actorName: rejected.actorName,
        actorNameEn: rejected.actorNameEn,
        level,
        comment: rejected.comment,
        ...behalf(rejected),
      });
    else
      steps.push({
        key: 'level_pending',
        icon: 'hourglass_top',
        // Levels are decided in turn: only the first open one is in progress.
        state: ended || steps.some((s) => s.key === 'level_pending') ? 'todo' : 'current',
        level,
      });
  }
  if (order.status === 'rejected' && !steps.some((s) => s.key === 'rejected')) {
    const r = find('rejected');
    steps.push({
      key: 'rejected',
      icon: 'block',
      state: 'bad',
      at: r?.at,
      actorName: r?.actorName,
      actorNameEn: r?.actorNameEn,
      comment: r?.comment,
    });
  }
  const approved = find('approved');
  if (order.status !== 'rejected') {
    steps.push(
      approved
        ? {
            key: approved.auto ? 'approved_auto' : 'approved',
            icon: 'verified',
            state: 'done',
            at: approved.at,
            actorName: approved.auto ? undefined : approved.actorName,
            actorNameEn: approved.auto ? undefined : approved.actorNameEn,
          }
        : { key: 'approved', icon: 'verified', state: 'todo' },
    );
  }
  const cancelled = find('cancelled');
  if (cancelled)
    steps.push({
      key: 'cancelled',
      icon: 'cancel',
      state: 'bad',
      at: cancelled.at,
      actorName: cancelled.actorName,
      actorNameEn: cancelled.actorNameEn,
      comment: cancelled.comment,
    });
  if (!ended) {
    for (const e of events.filter((x) => x.type === 'partially_received'))
      steps.push({
        key: 'partially_received',
        icon: 'inventory_2',
        state: 'done',
        at: e.at,
        actorName: e.actorName,
        actorNameEn: e.actorNameEn,
        comment: e.comment,
      });
    const received = find('received');
    const closed = find('closed_short');
    if (closed)
      steps.push({
        key: 'closed_short',
        icon: 'remove_done',
        state: 'done',
        at: closed.at,
        actorName: closed.actorName,
        actorNameEn: closed.actorNameEn,
        comment: closed.comment,
      });
    else
      steps.push(
        received
          ? {
              key: 'received',
              icon: 'inventory',
              state: 'done',
              at: received.at,
              actorName: received.actorName,
              actorNameEn: received.actorNameEn,
              comment: received.comment,
            }
          : {
              key: 'received',
              icon: 'inventory',
              state:
                order.status === 'approved' || order.status === 'partially_received'
                  ? 'current'
                  : 'todo',
            },
      );
  }
  // A stopped order shows what happened, not the steps it will never reach.
  return ended ? steps.filter((s) => s.state !== 'todo') : steps;
}

/** Statuses whose lines show what was received and what is outstanding. */
const RECEIPT_STATUSES = new Set(['approved', 'partially_received', 'received', 'closed_short']);

/**
 * One order: timeline, lines with received / outstanding, receipts, totals, delivery; cancel, goods
 * receipt (a quantity per line, or all outstanding) and closing short (each confirmed first), reorder.
 */
import { TaxBreakdownList, TaxInline } from '../tax/tax-amounts';
@Component({
  selector: 'app-order-detail-page',
  imports: [
    UnitPipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    LocalNamePipe,
    DeciderNamePipe,
    MoneyPipe,
    LocalDatePipe,
    ListState,
    OrderStatus,
    TaxInline,
    TaxBreakdownList,
  ],
  templateUrl: './order-detail-page.html',
  styleUrl: './order-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDetailPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  readonly id = input<string>('');
  /** `?placed=1` right after checkout. */
  readonly placed = input<string | undefined>(undefined);

  protected readonly state = this.store.selectSignal(ordersFeature.selectProcurementOrdersState);
  protected readonly order = computed(() => {
    const o = this.state().detail;
    return o && o.id === this.id() ? o : null;
  });
  protected readonly can = computed(() => orderActions(this.order()));
  protected readonly timeline = computed(() => {
    const o = this.order();
    return o ? timelineOf(o) : [];
  });
  protected readonly errorText = computed(() => {
    const e = this.state().detailError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  protected readonly actionErrorText = computed(() => {
    const e = this.state().actionError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });
  private readonly reference = inject(ReferenceData);
  protected readonly ccName = computed(() =>
    this.reference.costCenterLabel(this.order()?.costCenterId),
  );
  protected readonly confirming = signal<'cancel' | 'receive' | 'closeShort' | null>(null);
  protected reason = '';
  /** Why the rest of a partially received order will not come (required to close it short). */
  protected readonly closeReason = signal('');
  protected receiptNote = '';
  /** The receive form: the quantity received now per product (absent = 0). */
  protected readonly receiving = signal<Record<string, number>>({});

  protected readonly showReceipts = computed(() =>
    RECEIPT_STATUSES.has(this.order()?.status ?? ''),
  );
  /** Lines still to come, as the receive form lists them. */
  protected readonly openLines = computed(() =>
    (this.order()?.lines ?? []).filter((l) => (l.outstandingQty ?? l.qty) > 0),
  );
  /** The receive form's problems per product: not a whole number, or more than outstanding. */
  protected readonly receiptProblems = computed(() => {
    const problems: Record<string, 'whole' | 'tooMany'> = {};
    for (const l of this.openLines()) {
      const qty = this.receiving()[l.productId] ?? 0;
      if (!Number.isInteger(qty) || qty < 0) problems[l.productId] = 'whole';
      else if (qty > (l.outstandingQty ?? l.qty)) problems[l.productId] = 'tooMany';
    }
    return problems;
  });
  protected readonly receiptLines = computed<ReceiptLineInput[]>(() =>
    this.openLines()
      .map((l) => ({ productId: l.productId, qty: this.receiving()[l.productId] ?? 0 }))
      .filter((l) => Number.isInteger(l.qty) && l.qty > 0),
  );
  /** What the receipt moves from committed to spent (as the server computes it). */
  protected readonly receiptAmountFen = computed(() => {
    const byId = new Map(this.openLines().map((l) => [l.productId, l]));
    return this.receiptLines().reduce((sum, r) => {
      const l = byId.get(r.productId)!;
      return sum + receiptAmountFen(l, l.receivedQty ?? 0, r.qty);
    }, 0);
  });
  protected readonly canSubmitReceipt = computed(
    () => this.receiptLines().length > 0 && !Object.keys(this.receiptProblems()).length,
  );
  /** The commitment closing short releases. */
  protected readonly restFen = computed(() => {
    const o = this.order();
    return o ? o.totalFen - o.receivedFen : 0;
  });

  constructor() {
    // the tab says which order it shows
    inject(PageTitle).follow(() => this.order()?.id);
  }

  /** Opened, or another order in the same page (a new `:id` reuses this component). */
  ngOnChanges(changes: SimpleChanges<OrderDetailPage>): void {
    const id = changes.id?.currentValue;
    if (id) this.store.dispatch(OrderDetailPageActions.opened({ id }));
  }

  protected lineName(l: { name: string; nameEn: string }): string {
    return localName(l, this.i18n.lang());
  }

  /** After an action the "order placed" greeting has done its job. */
  private dropPlacedBanner(): void {
    if (this.placed())
      void this.router.navigate([], {
        queryParams: { placed: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
  }

  protected confirmCancel(): void {
    this.dropPlacedBanner();
    this.store.dispatch(
      OrderDetailPageActions.cancelConfirmed({ id: this.id(), reason: this.reason }),
    );
    this.confirming.set(null);
    this.reason = '';
  }

  protected openReceive(): void {
    this.receiving.set({});
    this.receiptNote = '';
    this.confirming.set('receive');
  }

  protected setReceiving(productId: string, value: number): void {
    this.receiving.update((r) => ({ ...r, [productId]: Number.isNaN(value) ? 0 : value }));
  }

  /** The "receive all outstanding" shortcut: every open line at its outstanding quantity. */
  protected receiveAllOutstanding(): void {
    this.receiving.set(
      Object.fromEntries(this.openLines().map((l) => [l.productId, l.outstandingQty ?? l.qty])),
    );
  }

  protected confirmReceive(): void {
    if (!this.canSubmitReceipt()) return;
    this.dropPlacedBanner();
    const note = this.receiptNote.trim();
    this.store.dispatch(
      OrderDetailPageActions.receiptConfirmed({
        id: this.id(),
        lines: this.receiptLines(),
        ...(note ? { note } : {}),
      }),
    );
    this.confirming.set(null);
  }

  protected openCloseShort(): void {
    this.closeReason.set('');
    this.confirming.set('closeShort');
  }

  protected confirmCloseShort(): void {
    const reason = this.closeReason().trim();
    if (!reason) return;
    this.dropPlacedBanner();
    this.store.dispatch(OrderDetailPageActions.closeShortConfirmed({ id: this.id(), reason }));
    this.confirming.set(null);
  }

  protected productName(o: OrderView, productId: string): string {
    const l = o.lines.find((x) => x.productId === productId);
    return l ? this.lineName(l) : productId;
  }

  protected reorder(): void {
    const o = this.order();
    if (!o) return;
    this.store.dispatch(
      CartAddActions.addLinesRequested({
        lines: o.lines.map((l) => ({ productId: l.productId, qty: l.qty })),
        origin: 'reorder',
      }),
    );
    void this.router.navigate(['/procurement/cart']);
  }

  protected retry(): void {
    this.store.dispatch(OrderDetailPageActions.opened({ id: this.id() }));
  }
}
