import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatBadgeModule } from '@angular/material/badge';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../core/i18n/i18n';
import { CartAddActions } from './data/cart.actions';
import { cartFeature } from './data/cart.feature';

/** The frame of e采购: its own navigation (catalog, quick order, import, cart with its count, orders). */
@Component({
  selector: 'app-procurement-layout',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatTabsModule,
    MatIconModule,
    MatBadgeModule,
    TranslatePipe,
  ],
  template: `
    <nav
      mat-tab-nav-bar
      class="proc-nav"
      [tabPanel]="panel"
      [attr.aria-label]="'procurement.nav.label' | t"
      mat-stretch-tabs="false"
    >
      @for (link of links; track link.path) {
        <a
          mat-tab-link
          [routerLink]="link.path"
          routerLinkActive
          #rla="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: link.exact }"
          [active]="rla.isActive"
        >
          <mat-icon aria-hidden="true">{{ link.icon }}</mat-icon>
          <span class="proc-nav__text">{{ link.key | t }}</span>
          @if (link.path === 'cart' && count() > 0) {
            <span
              class="proc-nav__count"
              [attr.aria-label]="'procurement.nav.cartCount' | t: { count: count() }"
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
    .proc-nav {
      margin: -8px 0 16px;
    }
    .proc-nav mat-icon {
      margin-right: 6px;
    }
    .proc-nav__count {
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
      .proc-nav__text {
        display: none;
      }
      .proc-nav mat-icon {
        margin-right: 0;
      }
      .proc-nav a {
        min-width: 0;
        flex: 1 1 0;
        padding: 0 4px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcurementLayout {
  private readonly store = inject(Store);
  protected readonly count = this.store.selectSignal(cartFeature.selectLineCount);
  protected readonly links = [
    { path: 'catalog', key: 'procurement.nav.catalog', icon: 'storefront', exact: false },
    { path: 'quick-order', key: 'procurement.nav.quickOrder', icon: 'keyboard', exact: true },
    { path: 'import', key: 'procurement.nav.import', icon: 'upload_file', exact: true },
    { path: 'cart', key: 'procurement.nav.cart', icon: 'shopping_cart', exact: true },
    { path: 'orders', key: 'procurement.nav.orders', icon: 'receipt_long', exact: false },
  ];

  constructor() {
    this.store.dispatch(CartAddActions.cartNeeded());
  }
}
