import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { Store } from '@ngrx/store';
import { AuthSession } from '../../core/auth/auth-session';
import { TranslatePipe } from '../../core/i18n/i18n';
import { WelfareLayoutActions } from './data/welfare.actions';
import { welfareCartFeature } from './data/welfare-cart.feature';

/** The frame of e福礼: its own navigation (gift store, wallet, cart with its count, my gifts). */
@Component({
  selector: 'app-welfare-layout',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatTabsModule,
    MatIconModule,
    TranslatePipe,
  ],
  template: `
    <nav
      mat-tab-nav-bar
      class="wf-nav"
      [tabPanel]="panel"
      [attr.aria-label]="'welfare.nav.label' | t"
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
          <span class="wf-nav__text">{{ link.key | t }}</span>
          @if (link.path === 'cart' && count() > 0) {
            <span
              class="wf-nav__count"
              [attr.aria-label]="'welfare.nav.cartCount' | t: { count: count() }"
              >{{ count() }}</span
            >
          }
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    .wf-nav {
      margin: -8px 0 16px;
    }
    .wf-nav mat-icon {
      margin-right: 6px;
    }
    .wf-nav__count {
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
      .wf-nav mat-icon {
        margin-right: 2px;
      }
      .wf-nav a {
        min-width: 0;
        flex: 1 1 0;
        padding: 0 4px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelfareLayout {
  private readonly store = inject(Store);
  protected readonly count = this.store.selectSignal(welfareCartFeature.selectLineCount);
  private readonly session = inject(AuthSession);
  protected readonly links = computed(() => [
    { path: 'store', key: 'welfare.nav.store', icon: 'redeem', exact: false },
    { path: 'wallet', key: 'welfare.nav.wallet', icon: 'account_balance_wallet', exact: true },
    { path: 'cart', key: 'welfare.nav.cart', icon: 'shopping_bag', exact: true },
    { path: 'my-gifts', key: 'welfare.nav.myGifts', icon: 'card_giftcard', exact: false },
    // HR runs the campaigns that grant the points.
    ...(this.session.user()?.roles.includes('hr')
      ? [{ path: 'campaigns', key: 'welfare.nav.campaigns', icon: 'campaign', exact: false }]
      : []),
  ]);

  constructor() {
    this.store.dispatch(WelfareLayoutActions.opened());
  }
}
