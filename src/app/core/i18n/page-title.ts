import { DestroyRef, Injectable, effect, inject, signal } from '@angular/core';

/**
 * What a detail page adds in front of its title (the product's name, the order's number), so that
 * tabs and history say which product or order they show. I18nTitleStrategy writes it.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  readonly detail = signal<string | null>(null);

  /** Call in a page's field initializer: `detail()` leads the title while the page lives. */
  follow(detail: () => string | null | undefined): void {
    effect(() => this.detail.set(detail() || null));
    inject(DestroyRef).onDestroy(() => this.detail.set(null));
  }
}
