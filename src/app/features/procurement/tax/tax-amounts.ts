import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  splitGross,
  taxBreakdown,
  type Fen,
  type TaxBreakdown,
  type VatRate,
} from '../../../../domain/index.ts';
import { MoneyPipe } from '../../../core/i18n/format';
import { TranslatePipe } from '../../../core/i18n/i18n';

/** The breakdown of priced cart lines (tax included) by their products' rates, as the server computes it. */
export function cartTaxBreakdown(
  lines: readonly { lineTotalFen: Fen; product: { vatRate: VatRate } }[],
): TaxBreakdown {
  return taxBreakdown(
    lines.map((l) => ({ lineTotalFen: l.lineTotalFen, vatRate: l.product.vatRate })),
  );
}

/** "含税 ¥113.00 · 税额 ¥13.00 (13 %)": a tax-included amount with the VAT in it. */
@Component({
  selector: 'app-tax-inline',
  imports: [MoneyPipe, TranslatePipe],
  template: `<span class="tax-inline"
    >{{ 'procurement.tax.inclusive' | t: { gross: (grossFen() | money) } }} ·
    {{ 'procurement.tax.vatOf' | t: { vat: (vatFen() | money), rate: rate() } }}</span
  >`,
  styles: `
    .tax-inline {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.85em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaxInline {
  readonly grossFen = input.required<Fen>();
  readonly rate = input.required<VatRate>();
  protected readonly vatFen = computed(() => splitGross(this.grossFen(), this.rate()).vatFen);
}

/** 不含税金额 / 税额 (per rate) / 价税合计. */
@Component({
  selector: 'app-tax-breakdown',
  imports: [MoneyPipe, TranslatePipe],
  template: `<dl class="tax-breakdown" data-testid="tax-breakdown">
    <div>
      <dt>{{ 'procurement.tax.net' | t }}</dt>
      <dd>{{ tax().netFen | money }}</dd>
    </div>
    @for (r of tax().byRate; track r.rate) {
      <div>
        <dt>{{ 'procurement.tax.vatAt' | t: { rate: r.rate } }}</dt>
        <dd>{{ r.vatFen | money }}</dd>
      </div>
    }
    <div>
      <dt>{{ 'procurement.tax.vat' | t }}</dt>
      <dd>{{ tax().vatFen | money }}</dd>
    </div>
    <div class="gross">
      <dt>{{ 'procurement.tax.gross' | t }}</dt>
      <dd>{{ tax().grossFen | money }}</dd>
    </div>
  </dl>`,
  styles: `
    .tax-breakdown {
      margin: 0;
      display: grid;
      gap: 2px;
    }
    .tax-breakdown div {
      display: flex;
      justify-content: space-between;
      gap: 12px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .gross {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaxBreakdownList {
  readonly tax = input.required<TaxBreakdown>();
}
