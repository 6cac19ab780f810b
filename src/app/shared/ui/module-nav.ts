import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';

/** One tab of a module's navigation; `count` shows a badge (e.g. the cart's lines) when above 0. */
export interface ModuleLink {
  path: string;
  /** The tab's text, already in the active language. */
  text: string;
  icon: string;
  /** Active only on this exact path (else also on its children). */
  exact: boolean;
  count?: number;
  /** What the badge means, for screen readers. */
  countLabel?: string;
}

/**
 * The frame of a module (e采购, e福礼): its tabs above the routed page. On a phone the tabs share
 * the width, with their icons only when `iconsOnlyOnPhone` (many tabs).
 */
@Component({
  selector: 'app-module-nav',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, MatIconModule],
  template: `
    <nav
      mat-tab-nav-bar
      class="module-nav"
      [class.module-nav--icons]="iconsOnlyOnPhone()"
      [tabPanel]="panel"
      [attr.aria-label]="label()"
      mat-stretch-tabs="false"
    >
      @for (link of links(); track link.path) {
        <a
          mat-tab-link
          [routerLink]="link.path"
          routerLinkActive
          #rla="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: link.exact }"
          [active]="rla.isActive"
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
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
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
      .module-nav a {
        min-width: 0;
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
}
