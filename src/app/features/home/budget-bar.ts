import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n';
import { MoneyPipe } from '../../core/i18n/format';
import type { BudgetTotals } from '../../../domain/index.ts';
import { percentOf } from './home-data';

/** A stacked bar: spent, committed and available shares of a budget, with a legend. */
@Component({
  selector: 'app-budget-bar',
  imports: [TranslatePipe, MoneyPipe],
  template: `
    <div class="bar" role="img" [attr.aria-label]="label()">
      <span class="bar__spent" [style.width.%]="spentPct()"></span>
      <span class="bar__committed" [style.width.%]="committedPct()"></span>
    </div>
    @if (legend()) {
      <dl class="legend">
        <div>
          <dt><i class="dot dot--spent"></i>{{ 'home.spent' | t }}</dt>
          <dd class="num">{{ totals().spentFen | money }}</dd>
        </div>
        <div>
          <dt><i class="dot dot--committed"></i>{{ 'home.committed' | t }}</dt>
          <dd class="num">{{ totals().committedFen | money }}</dd>
        </div>
        <div>
          <dt><i class="dot dot--available"></i>{{ 'home.available' | t }}</dt>
          <dd class="num">{{ totals().availableFen | money }}</dd>
        </div>
      </dl>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      height: 10px;
      border-radius: 5px;
      overflow: hidden;
      background: #efe3e3;
    }
    .bar__spent {
      background: var(--app-brand);
    }
    .bar__committed {
      background: #d9a440;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 20px;
      margin: 10px 0 0;
      font: var(--mat-sys-body-small);
    }
    .legend div {
      display: flex;
      gap: 6px;
      align-items: baseline;
    }
    .legend dt {
      color: var(--mat-sys-on-surface-variant);
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .legend dd {
      margin: 0;
      font-weight: 500;
      color: var(--mat-sys-on-surface);
    }
    .dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      border-radius: 2px;
    }
    .dot--spent {
      background: var(--app-brand);
    }
    .dot--committed {
      background: #d9a440;
    }
    .dot--available {
      background: #efe3e3;
      outline: 1px solid #d8c2c2;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetBar {
  readonly totals = input.required<BudgetTotals>();
  readonly legend = input(true);
  readonly label = input('');
  protected readonly spentPct = computed(() =>
    percentOf(this.totals().spentFen, this.totals().amountFen),
  );
  protected readonly committedPct = computed(() =>
    percentOf(this.totals().committedFen, this.totals().amountFen),
  );
}
