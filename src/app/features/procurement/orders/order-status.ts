import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/i18n';

/** An order status as a coloured label. */
@Component({
  selector: 'app-order-status',
  imports: [TranslatePipe],
  template: `<span class="status status--{{ status() }}">{{
    'procurement.status.' + status() | t
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .status--pending_approval {
      background: #fff1c2;
      color: #5c4300;
    }
    .status--approved {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status--partially_received {
      background: #d7ecff;
      color: #0b3d66;
    }
    .status--closed_short {
      background: #e8e0d0;
      color: #463a21;
    }
    .status--received {
      background: #cdeed3;
      color: #0f4d1f;
    }
    .status--rejected {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status--cancelled {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderStatus {
  readonly status = input.required<string>();
}
