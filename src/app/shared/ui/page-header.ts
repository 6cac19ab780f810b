import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The title row of every page: an h1, an optional subtitle, and actions projected on the right. */
@Component({
  selector: 'app-page-header',
  template: `
    <header class="page-header">
      <div>
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
}
