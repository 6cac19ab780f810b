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
      <div class="status__badge" aria-hidden="true">
        <mat-icon>{{ kind() === 'forbidden' ? 'lock' : 'travel_explore' }}</mat-icon>
      </div>
      <p class="status__code">{{ code() }}</p>
      <h1 class="status__title">{{ prefix() + '.title' | t }}</h1>
      <p class="status__text">{{ prefix() + '.text' | t }}</p>
      <a mat-flat-button routerLink="/"><mat-icon aria-hidden="true">home</mat-icon>{{ 'notFound.home' | t }}</a>
    </section>
  `,
  styles: `
    .status { max-width: 520px; margin: 64px auto; padding: 40px 24px; text-align: center; display: flex; flex-direction: column; align-items: center; gap: 8px; }
    .status__badge { display: grid; place-items: center; width: 104px; height: 104px; border-radius: 50%; background: radial-gradient(circle at 30% 30%, #fff 0%, var(--mat-sys-primary-fixed, #ffdad9) 70%); box-shadow: inset 0 0 0 1px rgb(143 13 33 / 12%); margin-bottom: 8px; }
    .status__badge mat-icon { font-size: 48px; width: 48px; height: 48px; color: var(--mat-sys-primary); }
    .status__code { margin: 0; font: var(--mat-sys-label-large); letter-spacing: 0.3em; color: var(--mat-sys-on-surface-variant); }
    .status__title { margin: 0; font: var(--mat-sys-headline-small); font-weight: 700; }
    .status__text { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-large); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  /** From route data. */
  readonly kind = input<'notFound' | 'forbidden'>('notFound');
  protected readonly prefix = computed(() => (this.kind() === 'forbidden' ? 'forbidden' : 'notFound'));
  protected readonly code = computed(() => (this.kind() === 'forbidden' ? '403' : '404'));
}
