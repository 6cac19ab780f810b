import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/i18n';

/** A trip's or booking's status as a small colored chip. */
@Component({
  selector: 'app-trip-status',
  imports: [TranslatePipe],
  template: `<span class="chip" [attr.data-status]="status()">{{
    'travel.status.' + status() | t
  }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    .chip[data-status='approved'],
    .chip[data-status='confirmed'] {
      background: #d7f5dd;
      color: #0b5b1d;
    }
    .chip[data-status='pending_approval'] {
      background: #fff1c2;
      color: #5c4300;
    }
    .chip[data-status='rejected'],
    .chip[data-status='cancelled'] {
      background: #fde0dc;
      color: #8c1d18;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TripStatus {
  readonly status = input.required<string>();
}
