import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';

/** The 404 page and the "no access" page (route data `kind`). */
@Component({
  selector: 'app-status-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  template: `
    <section class="status" [attr.data-kind]="kind()">
      <div class="status__code" aria-hidden="true">{{ code() }}</div>
      <mat-icon class="status__icon" aria-hidden="true">{{ kind() === 'forbidden' ? 'lock' : 'travel_explore' }}</mat-icon>
      <h1 class="status__title">{{ prefix() + '.title' | t }}</h1>
      <p class="status__text">{{ prefix() + '.text' | t }}</p>
      <a mat-flat-button routerLink="/"><mat-icon aria-hidden="true">home</mat-icon>{{ 'notFound.home' | t }}</a>
    </section>
  `,
  styles: `
    .status { max-width: 520px; margin: 48px auto; padding: 48px 24px; text-align: center; display: flex; flex-direction: column; align-items: center; gap: 12px; position: relative; }
    .status__code { font-size: 120px; line-height: 1; font-weight: 700; color: var(--mat-sys-primary-fixed, #ffdad9); letter-spacing: 0.04em; user-select: none; }
    .status__icon { font-size: 48px; width: 48px; height: 48px; color: var(--mat-sys-primary); margin-top: -64px; background: var(--app-surface-page); border-radius: 50%; padding: 8px; box-sizing: content-box; }
    .status__title { margin: 8px 0 0; font: var(--mat-sys-headline-small); font-weight: 700; }
    .status__text { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-large); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  /** From route data. */
  readonly kind = input<'notFound' | 'forbidden'>('notFound');
  protected readonly prefix = computed(() => (this.kind() === 'forbidden' ? 'forbidden' : 'notFound'));
  protected readonly code = computed(() => (this.kind() === 'forbidden' ? '403' : '404'));
}
