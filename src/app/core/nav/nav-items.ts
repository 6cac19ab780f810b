import { ROLES, hasAnyRole, type Role, type User } from '../../../domain/auth.ts';

export type NavId =
  'home' | 'procurement' | 'welfare' | 'travel' | 'approvals' | 'budgets' | 'admin';

/** Its labels are the texts `nav.<id>` and, in the phone's bottom bar, `nav.short.<id>`. */
export interface NavItem {
  id: NavId;
  /** Absolute app path. */
  path: string;
  /** Material icon ligature (outlined font). */
  icon: string;
  /** Who may open it: the route guard and the navigation both read this. */
  roles: readonly Role[];
  /** A counter shown on the item. */
  badge?: 'pendingApprovals';
}

const EVERYONE = ROLES;

/**
 * The one place that says which role sees which module. Every account is also an employee, so
 * welfare and travel are open to every role. Buyers read budgets (their cost centers) read-only.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    id: 'home',
    path: '/',
    icon: 'dashboard',
    roles: EVERYONE,
  },
  {
    id: 'procurement',
    path: '/procurement',
    icon: 'shopping_cart',
    roles: ['buyer', 'admin'],
  },
  {
    id: 'welfare',
    path: '/welfare',
    icon: 'redeem',
    roles: EVERYONE,
  },
  {
    id: 'travel',
    path: '/travel',
    icon: 'flight_takeoff',
    roles: EVERYONE,
  },
  {
    id: 'approvals',
    path: '/approvals',
    icon: 'fact_check',
    roles: ['hr', 'admin'],
    badge: 'pendingApprovals',
  },
  {
    id: 'budgets',
    path: '/budgets',
    icon: 'account_balance_wallet',
    roles: ['hr', 'admin', 'buyer'],
  },
  {
    id: 'admin',
    path: '/admin',
    icon: 'admin_panel_settings',
    roles: ['admin'],
  },
];

/** The roles allowed on a module, for `roleGuard(...rolesOf('procurement'))`. */
export function rolesOf(id: NavId): Role[] {
  return [...rolesAllowed(id)];
}

/** Every NavId has its item: the type says so. */
function rolesAllowed(id: NavId): readonly Role[] {
  return NAV_ITEMS.find((i) => i.id === id)!.roles;
}

/** What a user may open beyond their roles' modules. */
export interface NavExtras {
  /** Named a delegate (代理审批) by an approver: the approvals module opens for them. */
  delegate?: boolean;
}

export function navItemsFor(
  user: Pick<User, 'roles'> | null | undefined,
  extras: NavExtras = {},
): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(user, item.id, extras));
}

export function canOpen(
  user: Pick<User, 'roles'> | null | undefined,
  id: NavId,
  extras: NavExtras = {},
): boolean {
  return hasAnyRole(user, rolesAllowed(id)) || (id === 'approvals' && !!user && !!extras.delegate);
}
