import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/i18n';

/**
 * Loading, error and empty states of any list or panel, so that none is ever blank or silent.
 * Shows its content only when loaded and not empty:
 * `<app-list-state [loading]="l" [error]="e" [empty]="!rows.length" (retry)="load()">…</app-list-state>`
 */
@Component({
  selector: 'app-list-state',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (loading()) {
      <div class="state" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true"></span>
        <span>{{ 'common.loading' | t }}</span>
      </div>
    } @else if (error()) {
      <div class="state state--error" role="alert">
        <p>{{ error() }}</p>
        @if (retryable()) {
          <button mat-stroked-button type="button" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        }
      </div>
    } @else if (empty()) {
      <div class="state" role="status">
        <p>{{ emptyText() || ('common.empty' | t) }}</p>
        <ng-content select="[empty-action]" />
      </div>
    } @else {
      <ng-content />
    }
  `,
  styles: `
    @use 'ring';

    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
    }
    /* Not Material's spinner: this state is on the first screen of every list page and of the
       home page, where the spinner took 3-16 ms of the first render on a phone and 2 kB (gzip)
       of the code every role's first page loads. */
    .spinner {
      @include ring.ring(32px - 2 * 4px, 4px, var(--mat-sys-primary));
    }
    .state--error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListState {
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly empty = input(false);
  readonly emptyText = input<string>();
  /** False when trying again cannot help (the record does not exist: 404). */
  readonly retryable = input(true);
  readonly retry = output<void>();
}
