import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavContent, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { displayName, initialsOf } from '../auth/user-name';
import { ReferenceData } from '../reference-data/reference-data';
import { I18n, TranslatePipe } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/language-switch';
import { navItemsFor, type NavItem } from '../nav/nav-items';
import { BOOT_FRAME, REMOVES_BOOT_FRAME, removeBootFrame } from './boot-frame';
import { BrandMark } from './brand-mark';
import { NotificationBell } from '../notifications/notification-bell';
import { UnreadNotifications } from '../notifications/unread-notifications';
import { PendingApprovals } from './pending-approvals';

/** Desktop layout (side navigation) from this width; below it, a bottom bar and a drawer. */
export const DESKTOP_QUERY = '(min-width: 960px)';
/** How many items the phone's bottom bar holds before the rest move behind "More". */
const BOTTOM_BAR_MAX = 5;

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatSidenavModule,
    MatToolbarModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    TranslatePipe,
    LanguageSwitch,
    NotificationBell,
    BrandMark,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  protected readonly pending = inject(PendingApprovals);
  private readonly unread = inject(UnreadNotifications);

  protected readonly user = this.session.user;
  protected readonly isDesktop = toSignal(
    inject(BreakpointObserver)
      .observe(DESKTOP_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: typeof matchMedia === 'function' ? matchMedia(DESKTOP_QUERY).matches : true },
  );
  /** Only what the user's roles allow (NAV_ITEMS is the same list the route guards read). */
  protected readonly navItems = computed(() =>
    navItemsFor(this.user(), { delegate: this.pending.delegate() }),
  );
  protected readonly bottomItems = computed(() => {
    const items = this.navItems();
    return items.length <= BOTTOM_BAR_MAX ? items : items.slice(0, BOTTOM_BAR_MAX - 1);
  });
  protected readonly hasMore = computed(() => this.navItems().length > BOTTOM_BAR_MAX);
  protected readonly userName = computed(() => displayName(this.user(), this.i18n.lang()));
  protected readonly initials = computed(() => initialsOf(this.userName()));
  protected readonly roleNames = computed(() =>
    (this.user()?.roles ?? []).map((r) => this.i18n.t(`role.${r}`)).join(' · '),
  );
  private readonly sidenav = viewChild(MatSidenav);
  /** The drawer has been opened once: until then a phone does not make its list (bottom bar). */
  protected readonly drawerUsed = linkedSignal<boolean, boolean>({
    source: () => this.sidenav()?.opened ?? false,
    computation: (opened, previous) => opened || (previous?.value ?? false),
  });
  private readonly content = viewChild(MatSidenavContent);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /**
   * Under the frame index.html shows (a returning user's first page), the shell is made in stages,
   * each in the task after the last one's render: the bars and the navigation (0), then the
   * toolbar's controls and the phone's bottom bar (1), then the page (2). On a phone, three shorter
   * tasks instead of one long one (the browser may answer a tap in between). The frame draws these
   * bars and hides the shell meanwhile, and stays until the page is on screen. Without it (after
   * signing in) all come at once.
   */
  private readonly stage = signal(this.document.querySelector(BOOT_FRAME) ? 0 : 2);
  protected readonly controlsReady = computed(() => this.stage() >= 1);
  protected readonly pageReady = computed(() => this.stage() >= 2);
  readonly [REMOVES_BOOT_FRAME] = true;
  private badgesRefresh?: ReturnType<typeof setTimeout>;

  constructor() {
    let path = '';
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((e) => {
        // A new page starts at its top and refreshes the badges; a filter, a search or a drill-down
        // written to the query keeps the reader's place and asks the API nothing more. The first page
        // is at its top already (scrolling would force a layout of the page being built).
        const next = e.urlAfterRedirects.split(/[?#]/)[0];
        if (next !== path) {
          if (path) this.content()?.scrollTo({ top: 0 });
          this.refreshBadgesSoon();
        }
        path = next;
        if (!this.isDesktop()) void this.sidenav()?.close();
      });
    this.destroyRef.onDestroy(() => clearTimeout(this.badgesRefresh));
    this.nextStageAfterRender();
    // Made during a navigation (the first one, usually), whose end refreshes them: not twice.
    if (!this.router.currentNavigation()) this.refreshBadgesSoon();
  }

  private nextStageAfterRender(): void {
    if (this.pageReady()) return;
    afterNextRender(
      () => {
        const next = setTimeout(() => {
          this.stage.update((stage) => stage + 1);
          this.nextStageAfterRender();
        });
        // gone before it is whole (signed out at once): nothing more to make
        this.destroyRef.onDestroy(() => clearTimeout(next));
      },
      { injector: this.injector },
    );
  }

  protected badgeOf(item: NavItem): number | null {
    if (item.badge !== 'pendingApprovals') return null;
    const count = this.pending.count();
    return count && count > 0 ? count : null;
  }

  protected badgeText(count: number): string {
    return count > 99 ? '99+' : String(count);
  }

  /** Once the page's first render is done: a page that asked for an early answer holds the frame. */
  protected pageShown(): void {
    afterNextRender(() => removeBootFrame(this.document), { injector: this.injector });
  }

  protected logout(everywhere = false): void {
    this.session.logout(everywhere);
  }

  /**
   * The badges' reads start in a task of their own, after the one that makes the page: starting the
   * two requests was a sixth of the shell's first render in a CPU profile of a phone's load.
   */
  private refreshBadgesSoon(): void {
    clearTimeout(this.badgesRefresh);
    this.badgesRefresh = setTimeout(() => {
      this.pending.refresh();
      this.unread.refresh();
    });
  }
}
