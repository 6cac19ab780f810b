import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n, LANGS, type Lang } from './i18n';

/**
 * 中文 / English, switchable at any time: only the language signal changes, so no state or typed
 * input is lost; the choice persists and sets <html lang>.
 */
@Component({
  selector: 'app-language-switch',
  template: `
    @if (compact()) {
      <button
        type="button"
        class="switch switch__option switch--compact"
        [class.switch--on-dark]="onDark()"
        [attr.aria-label]="i18n.t('lang.switch') + ': ' + i18n.t('lang.' + other())"
        [attr.lang]="other()"
        (click)="choose(other())"
      >
        {{ other() === 'en' ? 'EN' : '中' }}
      </button>
    } @else {
      <div
        class="switch"
        [class.switch--on-dark]="onDark()"
        role="group"
        [attr.aria-label]="i18n.t('lang.switch')"
      >
        @for (lang of langs; track lang) {
          <button
            type="button"
            class="switch__option"
            [attr.lang]="lang"
            [attr.aria-pressed]="i18n.lang() === lang"
            (click)="choose(lang)"
          >
            {{ i18n.t('lang.' + lang) }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 999px;
      padding: 2px;
      gap: 2px;
      background: var(--mat-sys-surface);
    }
    .switch__option {
      font: var(--mat-sys-label-large);
      border: 0;
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      border-radius: 999px;
      padding: 6px 12px;
      cursor: pointer;
      min-height: 32px;
      // 中文 and English stay on one line, even in the narrow corner of a phone's login page
      white-space: nowrap;
      flex: none;
    }
    .switch__option:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .switch__option[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .switch--on-dark {
      background: rgb(255 255 255 / 10%);
      border-color: rgb(255 255 255 / 35%);
    }
    .switch--on-dark .switch__option {
      color: #fff;
    }
    .switch--on-dark .switch__option:hover {
      background: rgb(255 255 255 / 16%);
    }
    .switch--on-dark .switch__option[aria-pressed='true'] {
      background: #fff;
      color: var(--app-brand);
    }
    .switch--on-dark .switch__option:focus-visible {
      outline-color: #fff;
    }
    .switch--compact {
      min-width: 40px;
      height: 36px;
      padding: 0 10px;
      align-items: center;
      justify-content: center;
      font-weight: 700;
    }
    .switch--on-dark.switch--compact {
      color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18n);
  protected readonly langs = LANGS;
  /** White-on-brand variant for the toolbar. */
  readonly onDark = input(false);
  /** One button that switches to the other language (phones). */
  readonly compact = input(false);
  protected readonly other = computed<Lang>(() => (this.i18n.lang() === 'zh-CN' ? 'en' : 'zh-CN'));

  choose(lang: Lang): void {
    this.i18n.use(lang);
  }
}
