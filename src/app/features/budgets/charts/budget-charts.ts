import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { formatFen } from '../../../core/i18n/format';
import type { BudgetTotals, UsageMonth } from '../../../../domain/index.ts';

type ECharts = import('echarts/core').ECharts;
type EChartsModule = typeof import('./echarts-setup');

export interface LabelledTotals extends BudgetTotals {
  label: string;
}

const COLORS = {
  amount: '#5b6b9a',
  committed: '#e0a030',
  spent: '#c8553d',
  available: '#2e8b57',
  released: '#7aa6c2',
  change: '#8a63d2',
};

/**
 * The budget charts (allocated vs committed vs spent vs available per cost center and per category,
 * and use per month). ECharts is imported on first render, so it lands in this page's lazy chunk only.
 */
@Component({
  selector: 'app-budget-charts',
  imports: [TranslatePipe],
  template: `
    @if (failed()) {
      <p class="note" role="alert">{{ 'budgets.charts.failed' | t }}</p>
    }
    <div class="charts">
      <figure class="wide">
        <figcaption>{{ 'budgets.charts.byCostCenter' | t }}</figcaption>
        <div
          #byCc
          class="chart"
          [style.height.px]="ccHeight()"
          role="img"
          [attr.aria-label]="summary(byCostCenter())"
        ></div>
      </figure>
      <figure>
        <figcaption>{{ 'budgets.charts.byCategory' | t }}</figcaption>
        <div #byCat class="chart" role="img" [attr.aria-label]="summary(byCategory())"></div>
      </figure>
      <figure>
        <figcaption>{{ 'budgets.charts.overTime' | t }}</figcaption>
        @if (usageError(); as error) {
          <p class="note note--error" role="alert" data-testid="usage-error">{{ error }}</p>
        } @else if (!usage().length && !usageLoading()) {
          <p class="note">{{ 'budgets.charts.noUsage' | t }}</p>
        }
        <div
          #overTime
          class="chart"
          [class.chart--empty]="!usage().length"
          role="img"
          [attr.aria-label]="usageSummary()"
        ></div>
      </figure>
    </div>
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 16px;
    }
    figure {
      margin: 0;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      min-width: 0;
    }
    figcaption {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .chart {
      height: 300px;
      width: 100%;
    }
    .chart--empty {
      height: 0;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .note--error {
      color: var(--mat-sys-error);
    }
    @media (max-width: 760px) {
      .charts {
        grid-template-columns: 1fr;
      }
      .chart {
        height: 260px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetCharts {
  private readonly i18n = inject(I18n);
  readonly byCostCenter = input<LabelledTotals[]>([]);
  readonly byCategory = input<LabelledTotals[]>([]);
  readonly usage = input<UsageMonth[]>([]);
  readonly usageLoading = input(false);
  /** Why the monthly usage could not be loaded: an error, never shown as "no movements". */
  readonly usageError = input<string | null>(null);

  private readonly byCcEl = viewChild.required<ElementRef<HTMLElement>>('byCc');
  private readonly byCatEl = viewChild.required<ElementRef<HTMLElement>>('byCat');
  private readonly overTimeEl = viewChild.required<ElementRef<HTMLElement>>('overTime');

  private readonly lib = signal<EChartsModule | null>(null);
  protected readonly failed = signal(false);
  private readonly charts: ECharts[] = [];

  /** Horizontal bars: room for every cost center's four bars. */
  protected readonly ccHeight = computed(() => Math.max(200, this.byCostCenter().length * 64 + 80));
  protected readonly usageSummary = computed(() =>
    this.usage()
      .map(
        (m) =>
          `${m.month}: ${this.i18n.t('budgets.series.committed')} ${this.money(m.committedFen)}, ${this.i18n.t('budgets.series.spent')} ${this.money(m.spentFen)}`,
      )
      .join('; '),
  );

  constructor() {
    import('./echarts-setup').then(
      (m) => this.lib.set(m),
      () => this.failed.set(true),
    );
    const resize = new ResizeObserver(() => this.charts.forEach((c) => c.resize()));
    afterRenderEffect(() => {
      const lib = this.lib();
      if (!lib) return;
      const els = [
        this.byCcEl().nativeElement,
        this.byCatEl().nativeElement,
        this.overTimeEl().nativeElement,
      ];
      if (!this.charts.length) {
        for (const el of els) {
          this.charts.push(lib.echarts.init(el, undefined, { renderer: 'svg' }));
          resize.observe(el);
        }
      }
      this.i18n.lang();
      this.charts[0].setOption(this.totalsOption(this.byCostCenter(), true), true);
      this.charts[0].resize();
      this.charts[1].setOption(this.totalsOption(this.byCategory()), true);
      this.charts[2].setOption(this.usageOption(this.usage()), true);
      this.charts[2].resize();
    });
    inject(DestroyRef).onDestroy(() => {
      resize.disconnect();
      this.charts.forEach((c) => c.dispose());
    });
  }

  protected summary(rows: LabelledTotals[]): string {
    return rows
      .map((r) =>
        this.i18n.t('budgets.charts.summary', {
          label: r.label,
          amount: this.money(r.amountFen),
          committed: this.money(r.committedFen),
          spent: this.money(r.spentFen),
          available: this.money(r.availableFen),
        }),
      )
      .join('; ');
  }

  private money(fen: number): string {
    return formatFen(fen, this.i18n.locale());
  }

  private axisMoney = (fen: number): string => {
    const yuan = fen / 100;
    return new Intl.NumberFormat(this.i18n.locale(), {
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(yuan);
  };

  private base() {
    return {
      animation: false,
      textStyle: {
        fontFamily: 'Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
      },
      tooltip: {
        trigger: 'axis' as const,
        // Drawn in the chart itself: the HTML tooltip writes innerHTML, which the production
        // server's Trusted Types policy blocks (mock-api/lib/site.ts).
        renderMode: 'richText' as const,
        valueFormatter: (v: unknown) => this.money(Number(v)),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      yAxis: { type: 'value' as const, axisLabel: { formatter: this.axisMoney } },
    };
  }

  private totalsOption(rows: LabelledTotals[], horizontal = false) {
    const t = (k: string) => this.i18n.t(`budgets.series.${k}`);
    const category = {
      type: 'category' as const,
      data: rows.map((r) => r.label),
      inverse: horizontal,
      axisLabel: { interval: 0, width: 120, overflow: 'truncate' as const },
    };
    const value = { type: 'value' as const, axisLabel: { formatter: this.axisMoney } };
    return {
      ...this.base(),
      ...(horizontal ? { xAxis: value, yAxis: category } : { xAxis: category, yAxis: value }),
      series: [
        {
          name: t('amount'),
          type: 'bar' as const,
          barMaxWidth: 14,
          data: rows.map((r) => r.amountFen),
          itemStyle: { color: COLORS.amount },
        },
        {
          name: t('committed'),
          type: 'bar' as const,
          barMaxWidth: 14,
          data: rows.map((r) => r.committedFen),
          itemStyle: { color: COLORS.committed },
        },
        {
          name: t('spent'),
          type: 'bar' as const,
          barMaxWidth: 14,
          data: rows.map((r) => r.spentFen),
          itemStyle: { color: COLORS.spent },
        },
        {
          name: t('available'),
          type: 'bar' as const,
          barMaxWidth: 14,
          data: rows.map((r) => r.availableFen),
          itemStyle: { color: COLORS.available },
        },
      ],
    };
  }

  private usageOption(months: UsageMonth[]) {
    const t = (k: string) => this.i18n.t(`budgets.series.${k}`);
    return {
      ...this.base(),
      xAxis: { type: 'category' as const, data: months.map((m) => m.month) },
      series: [
        {
          name: t('committed'),
          type: 'bar' as const,
          stack: 'use',
          barMaxWidth: 28,
          data: months.map((m) => m.committedFen),
          itemStyle: { color: COLORS.committed },
        },
        {
          name: t('spent'),
          type: 'bar' as const,
          stack: 'use',
          barMaxWidth: 28,
          data: months.map((m) => m.spentFen),
          itemStyle: { color: COLORS.spent },
        },
        {
          name: t('released'),
          type: 'line' as const,
          data: months.map((m) => m.releasedFen),
          itemStyle: { color: COLORS.released },
        },
        {
          name: t('amountChange'),
          type: 'line' as const,
          data: months.map((m) => m.amountChangeFen),
          itemStyle: { color: COLORS.change },
        },
      ],
    };
  }
}
