import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { REMOVES_BOOT_FRAME, removeBootFrame } from './core/layout/boot-frame';
import { LoadingIndicator } from './core/http/loading';
import { I18n } from './core/i18n/i18n';

/**
 * The root: a thin progress bar while requests are in flight, and the routed page. The first page
 * it shows replaces the frame index.html shows until then (core/layout/boot-frame.ts).
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
    <router-outlet (activate)="pageShown($event)" />
  `,
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly loading = inject(LoadingIndicator);
  protected readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  protected pageShown(component: object): void {
    if (!(REMOVES_BOOT_FRAME in component)) removeBootFrame(this.document);
  }
}
