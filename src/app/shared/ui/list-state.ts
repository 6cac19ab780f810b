import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslatePipe } from '../../core/i18n/i18n';

/**
 * Loading, error and empty states of any list or panel, so that none is ever blank or silent.
 * Shows its content only when loaded and not empty:
 * `<app-list-state [loading]="l" [error]="e" [empty]="!rows.length" (retry)="load()">…</app-list-state>`
 */
@Component({
  selector: 'app-list-state',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslatePipe],
  template: `
    @if (loading()) {
      <div class="state" role="status" aria-live="polite">
        <mat-spinner diameter="32" />
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
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      color: var(--mat-sys-on-surface-variant);
      text-align: center;
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
