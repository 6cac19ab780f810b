import {
  ChangeDetectionStrategy,
  Component,
  type OnChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { Store } from '@ngrx/store';
import {
  CountPipe,
  LocalDatePipe,
  MoneyPipe,
  formatCount,
  formatFen,
} from '../../../core/i18n/format';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { errorMessage } from '../../../core/http/problem';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { MyGiftPageActions } from '../data/welfare.actions';
import { redemptionsFeature } from '../data/redemptions.feature';
import { WELFARE_ERRORS } from '../data/welfare-errors';
import {
  canCancel,
  canConfirm,
  needsPayment,
  type PaymentMethod,
  type RedemptionEvent,
} from '../data/welfare.model';
import { refundedPoints, timelineSteps } from './redemption-timeline';

/** One gift order: status timeline, the simulated payment step, confirm receipt, cancel before shipping. */
@Component({
  selector: 'app-my-gift-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatRadioModule,
    LocalDatePipe,
    CountPipe,
    MoneyPipe,
    TranslatePipe,
    LocalNamePipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './my-gift-page.html',
  styleUrl: './my-gift-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyGiftPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);

  /** The route's `:id`. */
  readonly id = input.required<string>();
  /** `?placed=1` right after the checkout. */
  readonly placed = input<string>();

  protected readonly r = this.store.selectSignal(redemptionsFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(redemptionsFeature.selectDetailLoading);
  private readonly error = this.store.selectSignal(redemptionsFeature.selectDetailError);
  protected readonly acting = this.store.selectSignal(redemptionsFeature.selectActing);
  private readonly actionError = this.store.selectSignal(redemptionsFeature.selectActionError);
  private readonly lastAction = this.store.selectSignal(redemptionsFeature.selectLastAction);
  protected readonly method = signal<PaymentMethod>('payroll');
  protected readonly confirmingCancel = signal(false);

  protected readonly errorText = computed(() => {
    const e = this.error();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly actionErrorText = computed(() => {
    const e = this.actionError();
    return e ? errorMessage(e, this.i18n, WELFARE_ERRORS) : null;
  });
  protected readonly steps = computed(() => {
    const r = this.r();
    return r ? timelineSteps(r) : [];
  });
  protected readonly payable = computed(() => !!this.r() && needsPayment(this.r()!));
  protected readonly cancellable = computed(() => !!this.r() && canCancel(this.r()!));
  protected readonly confirmable = computed(() => !!this.r() && canConfirm(this.r()!));
  /** What the last action did, for the status line. */
  protected readonly doneText = computed(() => {
    const action = this.lastAction();
    const r = this.r();
    if (!action || !r) return null;
    return this.i18n.t(`welfare.my.done.${action}`, {
      points: formatCount(refundedPoints(r), this.i18n.locale()),
    });
  });

  ngOnChanges(): void {
    this.confirmingCancel.set(false);
    this.store.dispatch(MyGiftPageActions.opened({ id: this.id() }));
  }

  protected pay(): void {
    this.store.dispatch(MyGiftPageActions.payRequested({ id: this.id(), method: this.method() }));
  }

  protected cancel(): void {
    this.confirmingCancel.set(false);
    this.store.dispatch(MyGiftPageActions.cancelRequested({ id: this.id() }));
  }

  protected confirmReceipt(): void {
    this.store.dispatch(MyGiftPageActions.confirmRequested({ id: this.id() }));
  }

  protected retry(): void {
    this.store.dispatch(MyGiftPageActions.opened({ id: this.id() }));
  }

  /** The details of an event: points, cash, payment method, reason. */
  protected eventDetail(e: RedemptionEvent): string {
    const t = (k: string, p?: Record<string, string | number>) => this.i18n.t(k, p);
    const parts: string[] = [];
    if (e.points != null && e.points > 0)
      parts.push(
        t(e.type === 'refunded' ? 'welfare.event.refundPoints' : 'welfare.event.pointsUsed', {
          n: e.points,
        }),
      );
    if (e.cashFen != null && e.cashFen > 0)
      parts.push(t('welfare.event.cash', { cash: formatFen(e.cashFen, this.i18n.locale()) }));
    if (e.method) parts.push(t(`welfare.event.method.${e.method}`));
    if (e.reason) parts.push(t(`welfare.event.reason.${e.reason}`));
    return parts.join(' · ');
  }
}
