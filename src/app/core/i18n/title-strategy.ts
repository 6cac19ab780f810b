import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18n } from './i18n';
import { PageTitle } from './page-title';

/**
 * Route `title`s are i18n keys: the document title becomes "<page> · <product>" in the active
 * language and follows a language switch; a detail page puts its record first (PageTitle).
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly pageKey = signal<string | undefined>(undefined);
  private readonly detail = inject(PageTitle).detail;

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const app = this.i18n.t('app.name');
      const parts = [this.detail(), key && this.i18n.t(key), app].filter(Boolean);
      this.title.setTitle(parts.join(' · '));
      document.documentElement.lang = this.i18n.lang();
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }
}
