import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { formatFen, formatMonth } from '../../../core/i18n/format';
import type { BudgetMovementType, BudgetTotals, UsageMonth } from '../../../../domain/index.ts';
import type { BudgetDrill, DrillBy } from '../data/budget.model';
import { pageFontFamily } from '../../../shared/ui/page-font';

type ECharts = import('echarts/core').ECharts;
type EChartsModule = typeof import('./echarts-setup');

export interface LabelledTotals extends BudgetTotals {
  /** The cost center's id or the category: what a click on its bars opens. */
  key: string;
  label: string;
}

/** The movement type behind each series (null: all of them, e.g. behind "available"). */
const TOTALS_SERIES_TYPES: (BudgetMovementType | null)[] = ['amount', 'commit', 'spend', null];
const USAGE_SERIES_TYPES: BudgetMovementType[] = ['commit', 'spend', 'release', 'amount'];

/** What ECharts tells a click: on a bar (series) or on an axis label (`triggerEvent`). */
interface ChartClick {
  componentType: string;
  seriesIndex?: number;
  dataIndex?: number;
  value?: unknown;
}

/** Below this chart width (a phone), the charts use their compact layout. */
const NARROW_PX = 480;

const COLORS = {
  amount: '#5b6b9a',
  committed: '#e0a030',
  spent: '#c8553d',
  available: '#2e8b57',
  released: '#7aa6c2',
  change: '#8a63d2',
};

const compactFormats = new Map<string, Intl.NumberFormat>();

/** The value axis's "1.2万" / "12K": one formatter per locale, built once (building costs far more than using). */
function compactNumber(locale: string): Intl.NumberFormat {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format;
}

/**
 * The budget charts (allocated vs committed vs spent vs available per cost center and per category,
 * and use per month). ECharts is imported when the charts come near the screen, in a lazy chunk of
 * its own.
 */
@Component({
  selector: 'app-budget-charts',
  imports: [TranslatePipe, NgTemplateOutlet],
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
        <ng-container
          *ngTemplateOutlet="
            drillKeys;
            context: { by: 'cc', keys: byCostCenter(), label: 'budgets.drill.byCostCenter' }
          "
        />
      </figure>
      <figure>
        <figcaption>{{ 'budgets.charts.byCategory' | t }}</figcaption>
        <div #byCat class="chart" role="img" [attr.aria-label]="summary(byCategory())"></div>
        <ng-container
          *ngTemplateOutlet="
            drillKeys;
            context: { by: 'cat', keys: byCategory(), label: 'budgets.drill.byCategory' }
          "
        />
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
        <ng-container
          *ngTemplateOutlet="
            drillKeys;
            context: { by: 'month', keys: usageKeys(), label: 'budgets.drill.byMonth' }
          "
        />
      </figure>
    </div>
    <!-- The same drill-down as a click on a bar, for the keyboard and for fingers on a phone -->
    <ng-template #drillKeys let-by="by" let-keys="keys" let-label="label">
      @if (keys.length) {
        <div class="drill-keys" role="group" [attr.aria-label]="label | t">
          <span class="drill-keys__label" aria-hidden="true">{{ 'budgets.drill.open' | t }}</span>
          @for (k of keys; track k.key) {
            <button type="button" class="drill-key" (click)="open(by, k.key, null)">
              {{ k.label }}
            </button>
          }
        </div>
      }
    </ng-template>
  `,
  styleUrl: '../../../shared/ui/chart-figures.scss',
  styles: `
    :host {
      display: block;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .chart {
      height: 300px;
    }
    .chart--empty {
      height: 0;
    }
    .note--error {
      color: var(--mat-sys-error);
    }
    .drill-keys {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin-top: 8px;
    }
    .drill-keys__label {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .drill-key {
      min-height: 32px;
      padding: 2px 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-medium);
      cursor: pointer;
    }
    .drill-key:hover {
      background: var(--mat-sys-surface-container-high);
    }
    @media (max-width: 760px) {
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
  /** A bar (or its name) clicked: the movements behind it are asked for. */
  readonly drill = output<BudgetDrill>();

  private readonly byCcEl = viewChild.required<ElementRef<HTMLElement>>('byCc');
  private readonly byCatEl = viewChild.required<ElementRef<HTMLElement>>('byCat');
  private readonly overTimeEl = viewChild.required<ElementRef<HTMLElement>>('overTime');

  private readonly lib = signal<EChartsModule | null>(null);
  protected readonly failed = signal(false);
  /** A phone-wide chart: fewer value ticks, wrapped names, a scrolling legend. */
  private readonly narrow = signal(false);
  private readonly charts: ECharts[] = [];

  /** Horizontal bars: room for every cost center's four bars (and a name on up to three lines). */
  protected readonly ccHeight = computed(() => Math.max(200, this.byCostCenter().length * 72 + 80));
  protected readonly usageKeys = computed(() =>
    this.usage().map((m) => ({ key: m.month, label: this.shortMonth(m.month, true) })),
  );
  protected readonly usageSummary = computed(() =>
    this.usage()
      .map(
        (m) =>
          `${m.month}: ${this.i18n.t('budgets.series.committed')} ${this.money(m.committedFen)}, ${this.i18n.t('budgets.series.spent')} ${this.money(m.spentFen)}`,
      )
      .join('; '),
  );

  constructor() {
    // ECharts (200 kB) loads when the charts come near the screen: below the ledger on a phone, a
    // visit that never scrolls there neither downloads nor runs it.
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        import('./echarts-setup').then(
          (m) => this.lib.set(m),
          () => this.failed.set(true),
        );
      },
      { rootMargin: '400px 0px' },
    );
    near.observe(inject<ElementRef<HTMLElement>>(ElementRef).nativeElement);
    const resize = new ResizeObserver(() => {
      this.narrow.set(this.byCcEl().nativeElement.clientWidth < NARROW_PX);
      this.charts.forEach((c) => c.resize());
    });
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
        this.charts[0].on('click', (p) => this.clicked('cc', p as ChartClick));
        this.charts[1].on('click', (p) => this.clicked('cat', p as ChartClick));
        this.charts[2].on('click', (p) => this.clicked('month', p as ChartClick));
      }
      this.i18n.lang();
      this.narrow(); // the observer below tells a phone-wide chart from a wide one
      this.charts[0].setOption(this.totalsOption(this.byCostCenter(), true), true);
      this.charts[0].resize();
      this.charts[1].setOption(this.totalsOption(this.byCategory()), true);
      this.charts[2].setOption(this.usageOption(this.usage()), true);
      this.charts[2].resize();
    });
    inject(DestroyRef).onDestroy(() => {
      near.disconnect();
      resize.disconnect();
      this.charts.forEach((c) => c.dispose());
    });
  }

  protected open(by: DrillBy, key: string, type: BudgetMovementType | null): void {
    this.drill.emit({ by, key, type });
  }

  /** A bar → its key and the movement type of its series; an axis name → all of that key's movements. */
  private clicked(by: DrillBy, p: ChartClick): void {
    const bars: { key: string; label: string }[] =
      by === 'month'
        ? this.usage().map((m) => ({ key: m.month, label: m.month }))
        : by === 'cc'
          ? this.byCostCenter()
          : this.byCategory();
    const onBar = p.componentType === 'series';
    const i = onBar ? (p.dataIndex ?? -1) : bars.findIndex((b) => b.label === String(p.value));
    const key = bars[i]?.key;
    if (!key) return;
    const types = by === 'month' ? USAGE_SERIES_TYPES : TOTALS_SERIES_TYPES;
    this.open(by, key, onBar ? (types[p.seriesIndex ?? -1] ?? null) : null);
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

  private shortMonth(month: string, withYear = false): string {
    return formatMonth(month, this.i18n.locale(), withYear ? 'shortWithYear' : 'short');
  }

  private money(fen: number): string {
    return formatFen(fen, this.i18n.locale());
  }

  private axisMoney = (fen: number): string => compactNumber(this.i18n.locale()).format(fen / 100);

  private base() {
    const narrow = this.narrow();
    return {
      animation: false,
      textStyle: { fontFamily: pageFontFamily() },
      // the tooltip names the cost center in full, however its axis label is wrapped
      tooltip: {
        trigger: 'axis' as const,
        confine: true,
        // Drawn in the chart itself: the HTML tooltip writes innerHTML, which the production
        // server's Trusted Types policy blocks (mock-api/lib/site.ts).
        renderMode: 'richText' as const,
        valueFormatter: (v: unknown) => this.money(Number(v)),
      },
      // on a phone the legend scrolls on one line instead of wrapping over the axis labels
      legend: narrow ? { type: 'scroll' as const, bottom: 0 } : { bottom: 0 },
      grid: { left: 8, right: narrow ? 12 : 16, top: 16, bottom: 40, containLabel: true },
      yAxis: this.valueAxis(),
    };
  }

  /** Money ticks: fewer on a phone, and never two labels on top of each other. */
  private valueAxis() {
    return {
      type: 'value' as const,
      splitNumber: this.narrow() ? 3 : 5,
      axisLabel: { formatter: this.axisMoney, hideOverlap: true },
    };
  }

  private totalsOption(rows: LabelledTotals[], horizontal = false) {
    const t = (k: string) => this.i18n.t(`budgets.series.${k}`);
    const narrow = this.narrow();
    // long cost-center names wrap onto more lines instead of being cut; the tooltip names them in full
    const category = {
      type: 'category' as const,
      data: rows.map((r) => r.label),
      triggerEvent: true, // a click on a name opens all its movements
      inverse: horizontal,
      axisLabel: horizontal
        ? { interval: 0, width: narrow ? 84 : 150, overflow: 'break' as const, lineHeight: 14 }
        : { interval: 0, width: narrow ? 90 : 120, overflow: 'break' as const, hideOverlap: true },
    };
    const value = this.valueAxis();
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
      xAxis: {
        type: 'category' as const,
        data: months.map((m) => m.month),
        triggerEvent: true,
        // "2026-03" → "3月" / "Mar" on a phone, and labels that would touch are skipped
        axisLabel: {
          hideOverlap: true,
          formatter: this.narrow() ? (v: string) => this.shortMonth(v) : undefined,
        },
      },
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
