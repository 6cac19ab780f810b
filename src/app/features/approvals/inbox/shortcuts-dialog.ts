import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '../../../core/i18n/i18n';

export const INBOX_SHORTCUTS: readonly { keys: string[]; text: string }[] = [
  { keys: ['j', '↓'], text: 'approvals.shortcuts.move' },
  { keys: ['k', '↑'], text: 'approvals.shortcuts.move' },
  { keys: ['Enter'], text: 'approvals.shortcuts.open' },
  { keys: ['x'], text: 'approvals.shortcuts.select' },
  { keys: ['a'], text: 'approvals.shortcuts.approve' },
  { keys: ['r'], text: 'approvals.shortcuts.reject' },
  { keys: ['Ctrl', 'Enter'], text: 'approvals.shortcuts.confirm' },
  { keys: ['?'], text: 'approvals.shortcuts.help' },
];

@Component({
  selector: 'app-shortcuts-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'approvals.shortcuts.title' | t }}</h2>
    <mat-dialog-content>
      <dl class="keys">
        @for (s of shortcuts; track $index) {
          <dt>
            @for (k of s.keys; track k) {
              <kbd>{{ k }}</kbd>
            }
          </dt>
          <dd>{{ s.text | t }}</dd>
        }
      </dl>
      <p class="note">{{ 'approvals.shortcuts.note' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close cdkFocusInitial>{{ 'approvals.dismiss' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .keys {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 16px;
      margin: 0;
    }
    dt {
      display: flex;
      gap: 4px;
    }
    dd {
      margin: 0;
    }
    kbd {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      padding: 0 6px;
      font-family: inherit;
      background: var(--mat-sys-surface-container);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutsDialog {
  protected readonly shortcuts = INBOX_SHORTCUTS;
}
