import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { hasAnyRole, type Role } from '../../../../domain/index.ts';
import { AuthSession } from '../../../core/auth/auth-session';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { LocalNamePipe } from '../../../core/i18n/local-name';
import { LocalDatePipe, MoneyPipe } from '../../../core/i18n/format';
import { BudgetLabels } from '../data/budget-labels';
import type { MovementRow } from '../data/budget.model';

/** Where a movement's subject is shown, and who may open it there (the procurement pages are for buyers and admins). */
const SUBJECT_LINKS: Record<string, { link: (id: string) => string[]; roles?: Role[] }> = {
  order: { link: (id) => ['/procurement', 'orders', id], roles: ['buyer', 'admin'] },
  budgetRequest: { link: () => ['/budgets', 'requests'] },
  trip: { link: (id) => ['/travel', 'trips', id] },
};

/** Ledger movements as a table (cards on a phone): one budget's, or those behind a chart's bar. */
@Component({
  selector: 'app-movement-table',
  imports: [RouterLink, TranslatePipe, LocalNamePipe, MoneyPipe, LocalDatePipe],
  templateUrl: './movement-table.html',
  styleUrl: './movement-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MovementTable {
  private readonly i18n = inject(I18n);
  private readonly user = inject(AuthSession).user;
  protected readonly labels = inject(BudgetLabels);

  readonly rows = input.required<MovementRow[]>();
  /** Budget id → its name, for a table that spans several budgets (a "budget" column then shows). */
  readonly budgetNames = input<ReadonlyMap<string, string> | null>(null);

  protected typeLabel(type: string): string {
    return movementTypeLabel(this.i18n, type);
  }

  protected subjectLink(m: MovementRow): string[] | null {
    const target = m.subjectType && m.subjectId ? SUBJECT_LINKS[m.subjectType] : undefined;
    if (!target || (target.roles && !hasAnyRole(this.user(), target.roles))) return null;
    return target.link(m.subjectId!);
  }

  /** Signed amount as it moves the available money: commitments and spends take, releases and increases give. */
  protected signOf(m: MovementRow): number {
    return m.type === 'commit' || m.type === 'spend' ? -1 : 1;
  }
}

/** "承诺" / "Committed" … for a movement type (the CSV export words it the same way). */
export function movementTypeLabel(i18n: I18n, type: string): string {
  return i18n.t(`budgets.movement.${type === 'amount' ? 'amountChange' : type}`);
}
