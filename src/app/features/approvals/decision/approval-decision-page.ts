import { UnitPipe } from '../../../core/i18n/unit.pipe';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnChanges,
  type SimpleChanges,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Decision } from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import { ReferenceData } from '../../../core/reference-data/reference-data';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe, localName } from '../../../core/i18n/local-name';
import { LocalDatePipe, MoneyPipe, formatFen } from '../../../core/i18n/format';
import { DeciderPipe } from '../data/decider';
import { ListState } from '../../../shared/ui/list-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { APPROVALS_ERRORS, isConflict } from '../data/api-error';
import { ApprovalDecisionPageActions } from '../data/approvals.actions';
import { decisionFeature } from '../data/decision.feature';
import { inboxFeature } from '../data/inbox.feature';
import {
  isBudgetRequestSubject,
  isGrantSubject,
  isOrderSubject,
  type OrderSubjectLine,
  tripSummaryOf,
} from '../data/approval.model';

/** Why the current user cannot decide this task (null: they can). */
export type BlockedReason =
  'waitingLevel' | 'closed' | 'ownRequest' | 'otherLevel' | 'readOnly' | 'pool' | null;

@Component({
  selector: 'app-approval-decision-page',
  imports: [
    UnitPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalNamePipe,
    MoneyPipe,
    LocalDatePipe,
    DeciderPipe,
    ListState,
    PageHeader,
  ],
  templateUrl: './approval-decision-page.html',
  styleUrl: './approval-decision-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalDecisionPage implements OnChanges {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18n);

  protected readonly detail = this.store.selectSignal(decisionFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(decisionFeature.selectDetailLoading);
  protected readonly loadError = this.store.selectSignal(decisionFeature.selectDetailError);
  protected readonly deciding = this.store.selectSignal(decisionFeature.selectDeciding);
  protected readonly decisionError = this.store.selectSignal(decisionFeature.selectDecisionError);
  protected readonly decided = this.store.selectSignal(decisionFeature.selectDecided);
  protected readonly user = inject(AuthSession).user;
  protected readonly reference = inject(ReferenceData);
  private readonly pending = this.store.selectSignal(inboxFeature.selectPendingTasks);
  /** The next task of the inbox page the user came from (the common path: decide, next, decide…). */
  protected readonly nextTask = computed(
    () => this.pending().find((t) => t.id !== this.id()) ?? null,
  );

  /** The route's `:id` (component input binding). */
  readonly id = input<string>('');
  protected readonly comment = new FormControl('', { nonNullable: true });
  protected readonly commentMissing = signal(false);

  /** The detail of the task in the URL (not a stale one of another task). */
  protected readonly task = computed(() => {
    const d = this.detail();
    return d && d.id === this.id() ? d : null;
  });
  protected readonly order = computed(() => {
    const t = this.task();
    return t && isOrderSubject(t.subject, t.subjectType) ? t.subject : null;
  });
  protected readonly budgetRequest = computed(() => {
    const t = this.task();
    return t && isBudgetRequestSubject(t.subject, t.subjectType) ? t.subject : null;
  });
  protected readonly trip = computed(() => tripSummaryOf(this.task()));
  protected readonly grant = computed(() => {
    const t = this.task();
    return t && isGrantSubject(t.subject, t.subjectType) ? t.subject : null;
  });
  protected readonly title = computed(() => {
    const t = this.task();
    if (!t) return this.i18n.t('approvals.detail.title');
    return localName(t.summary, this.i18n.lang(), 'title') || t.subjectId;
  });
  protected readonly conflict = computed(() => isConflict(this.decisionError()));
  protected readonly blocked = computed<BlockedReason>(() => {
    const t = this.task();
    const me = this.user();
    if (!t) return null;
    if (t.status === 'waiting') return 'waitingLevel';
    if (t.status !== 'pending') return 'closed';
    // The server's answer (canDecide) covers delegations and approver pools.
    if (t.canDecide) return null;
    if (!me?.roles.includes('hr')) return 'readOnly';
    if (t.requester?.id === me.id || t.requesterId === me.id) return 'ownRequest';
    if (
      t.history?.some((h) => h.taskId !== t.id && (h.deciderId === me.id || h.onBehalfOf === me.id))
    )
      return 'otherLevel';
    if (t.canDecide === false) return 'pool';
    return null;
  });
  /** A 403 or another failure, explained (a 409 has its own banner). */
  protected readonly errorText = computed(() => {
    const e = this.decisionError();
    if (!e || isConflict(e)) return null;
    if (e.status === 403) {
      const t = this.task();
      const me = this.user();
      if (t && me && (t.requester?.id === me.id || t.requesterId === me.id))
        return this.i18n.t('approvals.detail.ownRequest');
      if (t && me && t.history?.some((h) => h.taskId !== t.id && h.deciderId === me.id))
        return this.i18n.t('approvals.detail.otherLevel');
    }
    return errorMessage(e, this.i18n, APPROVALS_ERRORS);
  });
  protected readonly loadErrorText = computed(() => {
    const e = this.loadError();
    return e ? errorMessage(e, this.i18n, APPROVALS_ERRORS) : null;
  });
  protected readonly ruleText = computed(() => {
    const t = this.task();
    if (!t) return '';
    const code = t.rule?.code ?? t.ruleCode ?? 'none';
    const threshold = t.rule?.thresholdFen ?? t.thresholdFen;
    return this.i18n.t(`approvals.rule.${code}`, {
      threshold: threshold == null ? '—' : formatFen(threshold, this.i18n.locale()),
    });
  });
  protected readonly budgetView = computed(() => {
    const t = this.task();
    const b = t?.budget;
    if (!b) return null;
    const before = b.availableBeforeFen ?? b.before.availableFen;
    const amount = Math.max(1, b.before.amountFen);
    return {
      ...b,
      availableBefore: before,
      usedPct: Math.min(100, Math.round(((b.before.amountFen - before) / amount) * 100)),
      afterUsedPct: Math.min(
        100,
        Math.max(
          0,
          Math.round(
            ((b.before.amountFen - b.availableAfterFen) / Math.max(amount, b.before.amountFen)) *
              100,
          ),
        ),
      ),
      negative: b.availableAfterFen < 0,
      // a rejected or cancelled subject never took the money: "after approval" no longer applies
      unchanged: t.status === 'rejected' || t.status === 'cancelled',
    };
  });

  /** Opened, or the next task in the same page (a new `:id` reuses this component). */
  ngOnChanges(changes: SimpleChanges<ApprovalDecisionPage>): void {
    const id = changes.id?.currentValue;
    if (!id) return;
    this.comment.reset('');
    this.commentMissing.set(false);
    this.store.dispatch(ApprovalDecisionPageActions.opened({ id }));
  }

  protected reload(): void {
    const id = this.id();
    if (id) this.store.dispatch(ApprovalDecisionPageActions.opened({ id }));
  }

  protected lineName(line: OrderSubjectLine): string {
    return localName(line, this.i18n.lang()) || line.sku || line.productId;
  }

  protected submit(decision: Decision): void {
    const t = this.task();
    if (!t || this.deciding() || this.blocked()) return;
    const comment = this.comment.value.trim();
    if (decision === 'reject' && !comment) {
      this.commentMissing.set(true);
      this.comment.setErrors({ required: true });
      this.comment.markAsTouched();
      this.host.nativeElement.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      return;
    }
    this.commentMissing.set(false);
    this.store.dispatch(
      ApprovalDecisionPageActions.decisionSubmitted({
        id: t.id,
        decision,
        comment,
        version: t.version,
      }),
    );
  }
}
