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
import { localName } from '../../../core/i18n/local-name';
import type { CampaignReport, GrantReport } from '../data/campaign.model';
import { pageFontFamily } from '../../../shared/ui/page-font';

type ECharts = import('echarts/core').ECharts;
type EChartsModule = typeof import('./echarts-setup');

const COLORS = { redeemed: '#2e8b57', outstanding: '#e0a030', expired: '#9e9e9e', gift: '#5b6b9a' };

/**
 * Where a campaign's points went (redeemed / outstanding / expired) and its most chosen gifts.
 * ECharts is imported on first render, so it lands in the report page's lazy chunk only.
 */
@Component({
  selector: 'app-campaign-report-charts',
  imports: [TranslatePipe],
  template: `
    @if (failed()) {
      <p class="note" role="alert">{{ 'welfare.report.chartFailed' | t }}</p>
    }
    <div class="charts">
      <figure>
        <figcaption>{{ 'welfare.report.pointsChart' | t }}</figcaption>
        <div #points class="chart" role="img" [attr.aria-label]="pointsSummary()"></div>
      </figure>
      <figure>
        <figcaption>{{ 'welfare.report.topGifts' | t }}</figcaption>
        @if (!topGifts().length) {
          <p class="note">{{ 'welfare.report.noRedemptions' | t }}</p>
        }
        <div
          #gifts
          class="chart"
          [class.chart--empty]="!topGifts().length"
          role="img"
          [attr.aria-label]="giftsSummary()"
        ></div>
      </figure>
    </div>
  `,
  styleUrl: '../../../shared/ui/chart-figures.scss',
  styles: `
    .chart {
      height: 280px;
    }
    .chart--empty {
      height: 0;
    }
    @media (max-width: 760px) {
      .chart {
        height: 240px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignReportCharts {
  private readonly i18n = inject(I18n);
  readonly grant = input.required<GrantReport>();
  readonly topGifts = input<CampaignReport['topGifts']>([]);

  private readonly pointsEl = viewChild.required<ElementRef<HTMLElement>>('points');
  private readonly giftsEl = viewChild.required<ElementRef<HTMLElement>>('gifts');
  private readonly lib = signal<EChartsModule | null>(null);
  protected readonly failed = signal(false);
  private readonly charts: ECharts[] = [];

  private readonly slices = computed(() => {
    const g = this.grant();
    return [
      { key: 'redeemed', value: g.pointsRedeemed },
      { key: 'outstanding', value: g.pointsOutstanding },
      { key: 'expired', value: g.pointsExpired },
    ] as const;
  });
  protected readonly pointsSummary = computed(() =>
    this.slices()
      .map((s) => `${this.i18n.t(`welfare.report.${s.key}`)} ${s.value}`)
      .join('; '),
  );
  protected readonly giftsSummary = computed(() =>
    this.topGifts()
      .map((g) => `${localName(g, this.i18n.lang())}: ${g.qty}`)
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
      if (!this.charts.length)
        for (const el of [this.pointsEl().nativeElement, this.giftsEl().nativeElement]) {
          this.charts.push(lib.echarts.init(el, undefined, { renderer: 'svg' }));
          resize.observe(el);
        }
      this.i18n.lang();
      this.charts[0].setOption(this.pointsOption(), true);
      this.charts[1].setOption(this.giftsOption(), true);
      this.charts[1].resize();
    });
    inject(DestroyRef).onDestroy(() => {
      resize.disconnect();
      this.charts.forEach((c) => c.dispose());
    });
  }

  private readonly font = { fontFamily: pageFontFamily() };

  private pointsOption() {
    return {
      animation: false,
      textStyle: this.font,
      // richText: the HTML tooltip writes innerHTML, which the Trusted Types policy blocks
      tooltip: { trigger: 'item' as const, renderMode: 'richText' as const },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie' as const,
          radius: ['45%', '72%'],
          center: ['50%', '45%'],
          label: { formatter: '{d}%' },
          // No label on an empty slice (its 0% would sit on top of the others).
          data: this.slices().map((s) => ({
            name: this.i18n.t(`welfare.report.${s.key}`),
            value: s.value,
            itemStyle: { color: COLORS[s.key] },
            label: { show: s.value > 0 },
            labelLine: { show: s.value > 0 },
          })),
        },
      ],
    };
  }

  private giftsOption() {
    const gifts = this.topGifts();
    return {
      animation: false,
      textStyle: this.font,
      tooltip: { trigger: 'axis' as const, renderMode: 'richText' as const },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: gifts.map((g) => localName(g, this.i18n.lang())),
        axisLabel: { width: 140, overflow: 'truncate' as const },
      },
      series: [
        {
          name: this.i18n.t('welfare.report.qty'),
          type: 'bar' as const,
          barMaxWidth: 18,
          data: gifts.map((g) => g.qty),
          itemStyle: { color: COLORS.gift },
        },
      ],
    };
  }
}
