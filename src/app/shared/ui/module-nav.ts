import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';

/** One link of a module's navigation; `count` shows a badge (e.g. the cart's lines) when above 0. */
export interface ModuleLink {
  path: string;
  /** The link's text, already in the active language. */
  text: string;
  icon: string;
  /** Active only on this exact path (else also on its children). */
  exact: boolean;
  count?: number;
  /** What the badge means, for screen readers. */
  countLabel?: string;
}

/**
 * The frame of a module (e采购, e福礼): its navigation above the routed page, drawn as a row of
 * tabs; the current page's link has aria-current="page". Links that do not fit scroll sideways.
 * On a phone the links share the width, with their icons only when `iconsOnlyOnPhone` (many links).
 */
@Component({
  selector: 'app-module-nav',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatIconModule],
  template: `
    <nav
      class="tab-row module-nav"
      [class.module-nav--icons]="iconsOnlyOnPhone()"
      [attr.aria-label]="label()"
    >
      @for (link of links(); track link.path) {
        <a
          #tab
          class="tab-row__tab"
          [routerLink]="link.path"
          routerLinkActive
          ariaCurrentWhenActive="page"
          [routerLinkActiveOptions]="{ exact: link.exact }"
          (isActiveChange)="$event && reveal(tab)"
        >
          <mat-icon aria-hidden="true">{{ link.icon }}</mat-icon>
          <span class="module-nav__text">{{ link.text }}</span>
          @if (link.count) {
            <span class="module-nav__count" [attr.aria-label]="link.countLabel">{{
              link.count
            }}</span>
          }
        </a>
      }
    </nav>
    <router-outlet />
  `,
  styleUrls: ['./tab-row.scss'],
  styles: `
    .module-nav {
      margin: -8px 0 16px;
    }
    .module-nav mat-icon {
      margin-right: 6px;
    }
    .module-nav__count {
      margin-left: 6px;
      min-width: 20px;
      padding: 0 6px;
      border-radius: 10px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-small);
      line-height: 20px;
      text-align: center;
    }
    @media (max-width: 599px) {
      .module-nav mat-icon {
        margin-right: 2px;
      }
      /* the links share the width; a row that still does not fit scrolls */
      .module-nav a {
        flex: 1 0 auto;
        min-width: 0;
        padding: 0 12px;
      }
      /* out of sight, but still the link's accessible name */
      .module-nav--icons .module-nav__text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .module-nav--icons mat-icon {
        margin-right: 0;
      }
      .module-nav--icons a {
        flex: 1 1 0;
        padding: 0 4px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleNav {
  readonly label = input.required<string>();
  readonly links = input.required<readonly ModuleLink[]>();
  readonly iconsOnlyOnPhone = input(false);

  private revealing?: IntersectionObserver;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.revealing?.disconnect());
  }

  /**
   * The link of the page just opened, scrolled into the row when the row hides it. An
   * IntersectionObserver tells after the browser's own layout: measuring here would lay out the
   * whole page while it is being made, in the task that makes it.
   */
  protected reveal(tab: HTMLElement): void {
    this.revealing?.disconnect();
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        if (entry.intersectionRatio < 1)
          tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      },
      { root: tab.parentElement, threshold: 1 },
    );
    observer.observe(tab);
    this.revealing = observer;
  }
}
