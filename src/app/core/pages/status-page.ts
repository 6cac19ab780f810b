import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/i18n';

/**
 * The 404 page, the "no access" page and the page of a module still in preparation (route data
 * `kind`; a module page also gives `textPrefix`, the i18n keys `<prefix>.title` and `<prefix>.text`).
 */
@Component({
  selector: 'app-status-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  template: `
    <section class="status" [attr.data-kind]="kind()">
      <div class="status__badge" aria-hidden="true">
        <mat-icon>{{ icon() }}</mat-icon>
      </div>
      @if (code()) {
        <p class="status__code">{{ code() }}</p>
      }
      <h1 class="status__title">{{ prefix() + '.title' | t }}</h1>
      <p class="status__text">{{ prefix() + '.text' | t }}</p>
      <a mat-flat-button routerLink="/"
        ><mat-icon aria-hidden="true">home</mat-icon>{{ 'notFound.home' | t }}</a
      >
    </section>
  `,
  styles: `
    .status {
      max-width: 520px;
      margin: 64px auto;
      padding: 40px 24px;
      text-align: center;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
    }
    .status__badge {
      display: grid;
      place-items: center;
      width: 104px;
      height: 104px;
      border-radius: 50%;
      background: radial-gradient(
        circle at 30% 30%,
        #fff 0%,
        var(--mat-sys-primary-fixed, #ffdad9) 70%
      );
      box-shadow: inset 0 0 0 1px rgb(143 13 33 / 12%);
      margin-bottom: 8px;
    }
    .status__badge mat-icon {
      font-size: 48px;
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    .status__code {
      margin: 0;
      font: var(--mat-sys-label-large);
      letter-spacing: 0.3em;
      color: var(--mat-sys-on-surface-variant);
    }
    .status__title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      font-weight: 700;
    }
    .status__text {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPage {
  /** From route data. */
  readonly kind = input<'notFound' | 'forbidden' | 'soon'>('notFound');
  readonly textPrefix = input<string>();
  protected readonly prefix = computed(
    () => this.textPrefix() ?? (this.kind() === 'forbidden' ? 'forbidden' : 'notFound'),
  );
  protected readonly code = computed(
    () => ({ notFound: '404', forbidden: '403', soon: '' })[this.kind()],
  );
  protected readonly icon = computed(
    () => ({ notFound: 'travel_explore', forbidden: 'lock', soon: 'construction' })[this.kind()],
  );
}
