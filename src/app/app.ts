import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  Injector,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  Router,
  RouterOutlet,
} from '@angular/router';
import { filter, take } from 'rxjs';
import { LoadingIndicator } from './core/http/loading';
import { I18n } from './core/i18n/i18n';

/**
 * The root: a thin progress bar while requests are in flight, and the routed page. It removes the
 * frame index.html shows until the first page is on screen.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: `
    <div
      class="app-loading"
      [class.app-loading--active]="loading.active()"
      role="progressbar"
      [attr.aria-hidden]="!loading.active()"
      [attr.aria-label]="i18n.t('common.loading')"
    >
      <div class="app-loading__bar"></div>
    </div>
    <router-outlet />
  `,
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly loading = inject(LoadingIndicator);
  protected readonly i18n = inject(I18n);

  constructor() {
    const document = inject(DOCUMENT);
    const injector = inject(Injector);
    inject(Router)
      .events.pipe(
        filter(
          (e) =>
            e instanceof NavigationEnd ||
            e instanceof NavigationCancel ||
            e instanceof NavigationError,
        ),
        take(1),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        afterNextRender(() => document.querySelector('body > .boot')?.remove(), { injector }),
      );
  }
}
