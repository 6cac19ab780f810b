import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Decision } from '../../../../domain/index.ts';
import { TranslatePipe } from '../../../core/i18n/i18n';
import { MoneyPipe } from '../../../core/i18n/format';

export interface DecisionDialogData {
  decision: Decision;
  count: number;
  totalFen: number;
}

/** One comment for one or several tasks; a rejection cannot be confirmed without a comment. Closes with the comment. */
@Component({
  selector: 'app-decision-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    MoneyPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.decision === 'approve' ? 'approvals.dialog.approve' : 'approvals.dialog.reject')
          | t: { count: data.count }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" id="decision-dialog-form">
      <mat-dialog-content>
        <p>{{ 'approvals.dialog.total' | t: { amount: (data.totalFen | money) } }}</p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{
            (data.decision === 'reject'
              ? 'approvals.dialog.comment'
              : 'approvals.dialog.commentOptional'
            ) | t
          }}</mat-label>
          <textarea
            matInput
            [formControl]="comment"
            rows="3"
            cdkFocusInitial
            maxlength="1000"
            (keydown.control.enter)="confirm()"
            (keydown.meta.enter)="confirm()"
          ></textarea>
          @if (showError()) {
            <mat-error>{{ 'approvals.dialog.commentRequired' | t }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'approvals.dialog.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" [class.reject]="data.decision === 'reject'">
          {{ 'approvals.dialog.confirm' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      min-width: min(420px, 70vw);
    }
    .reject {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionDialog {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DecisionDialog, string>>(MatDialogRef);
  protected readonly comment = new FormControl('', { nonNullable: true });
  // [formGroup] makes Angular own the submit; a bare <form> would be submitted (and reload the page).
  protected readonly form = new FormGroup({ comment: this.comment });
  protected readonly showError = signal(false);

  protected confirm(): void {
    const text = this.comment.value.trim();
    if (this.data.decision === 'reject' && !text) {
      this.comment.setErrors({ required: true });
      this.comment.markAsTouched();
      this.showError.set(true);
      return;
    }
    this.ref.close(text);
  }
}
