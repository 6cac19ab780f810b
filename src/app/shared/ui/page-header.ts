import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The title row of every page: an h1, an optional subtitle, and actions projected on the right. */
@Component({
  selector: 'app-page-header',
  template: `
    <header class="page-header" [class.page-header--one-line]="oneLineSubtitle()">
      <div class="page-header__text">
        <h1 class="page-header__title">{{ title() }}</h1>
        @if (subtitle()) {
          <p class="page-header__subtitle">{{ subtitle() }}</p>
        }
      </div>
      <div class="page-header__actions"><ng-content /></div>
    </header>
  `,
  styles: `
    @use 'shell-frame' as frame;

    .page-header {
      @include frame.page-header-row;
    }
    .page-header__title {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    .page-header__subtitle {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 0;
    }
    .page-header--one-line .page-header__text {
      min-width: 0;
      max-width: 100%;
    }
    .page-header--one-line .page-header__subtitle {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .page-header__actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly subtitle = input<string>();
  /**
   * Keeps the subtitle to one line, cut short with an ellipsis: for a subtitle of data (a company's
   * name) below which index.html's frame draws something of the page before the data is known.
   */
  readonly oneLineSubtitle = input(false, { transform: booleanAttribute });
}
