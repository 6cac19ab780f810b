import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Store } from '@ngrx/store';
import type { LineInput } from '../../../../domain/index.ts';
import { errorMessage } from '../../../core/http/problem';
import { I18n, TranslatePipe } from '../../../core/i18n/i18n';
import { PROCUREMENT_ERRORS } from '../data/api-error';
import { CartTemplateActions } from '../data/templates.actions';
import { templatesFeature } from '../data/templates.feature';

/** 保存为常用清单: the cart's lines under a name, shared with the department if the buyer likes. */
@Component({
  selector: 'app-save-as-template',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  template: `
    @if (!open()) {
      <button mat-stroked-button type="button" class="full" (click)="open.set(true)">
        {{ 'procurement.templates.saveCart' | t }}
      </button>
    } @else {
      <form class="save" (submit)="$event.preventDefault(); save()">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'procurement.templates.name' | t }}</mat-label>
          <input
            matInput
            maxlength="60"
            required
            [value]="name()"
            (input)="name.set($any($event.target).value)"
          />
        </mat-form-field>
        <mat-checkbox [checked]="shared()" (change)="shared.set($event.checked)">
          {{ 'procurement.templates.share' | t }}
        </mat-checkbox>
        <div class="save__buttons">
          <button mat-flat-button type="submit" [disabled]="!name().trim() || s().saving">
            {{ 'procurement.templates.save' | t }}
          </button>
          <button mat-button type="button" (click)="open.set(false)">
            {{ 'common.cancel' | t }}
          </button>
        </div>
      </form>
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e }}</p>
    }
    @if (s().saved; as saved) {
      <p role="status">
        {{ 'procurement.templates.saved' | t: { name: saved.name } }}
        <a [routerLink]="['/procurement/templates', saved.id]">{{
          'procurement.templates.open' | t
        }}</a>
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 12px;
    }
    .full {
      width: 100%;
    }
    .save {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .save__buttons {
      display: flex;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveAsTemplate {
  readonly lines = input.required<readonly LineInput[]>();
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly s = this.store.selectSignal(templatesFeature.selectProcurementTemplatesState);
  protected readonly open = signal(false);
  protected readonly name = signal('');
  protected readonly shared = signal(false);
  protected readonly error = computed(() => {
    const e = this.s().saveError;
    return e ? errorMessage(e, this.i18n, PROCUREMENT_ERRORS) : null;
  });

  protected save(): void {
    const name = this.name().trim();
    if (!name || this.s().saving) return;
    this.store.dispatch(
      CartTemplateActions.saveAsTemplateRequested({
        name,
        shared: this.shared(),
        lines: this.lines().map(({ productId, qty }) => ({ productId, qty })),
      }),
    );
    this.open.set(false);
    this.name.set('');
  }
}
