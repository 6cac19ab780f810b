import { EnvironmentInjector, inject, runInInjectionContext } from '@angular/core';
import { Routes, type CanActivateFn, type GuardResult } from '@angular/router';
import { authMatchGuard, guestGuard, roleGuard } from './core/auth/auth.guards';
import { rolesOf } from './core/nav/nav-items';

/**
 * The approvals module also opens to a delegate (代理审批) without an approver role; the guard that asks
 * the API is downloaded only when the module is opened, so the login page stays small.
 */
const approvalsGuard: CanActivateFn = (route, state) => {
  const injector = inject(EnvironmentInjector);
  return import('./core/layout/approvals-guard').then(
    (m) =>
      runInInjectionContext(injector, () => m.approvalsGuard(route, state)) as Promise<GuardResult>,
  );
};

/**
 * Everything a signed-in user reaches, inside the shell (toolbar, navigation). Every feature is a lazy
 * route guarded by the roles of its NAV_ITEMS entry, so navigation and guards cannot disagree;
 * features register their own state with provideState/provideEffects. Route titles are i18n keys.
 */
export const SHELL_CHILDREN: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.home',
    loadChildren: () => import('./features/home/home.routes').then((m) => m.HOME_ROUTES),
  },
  {
    path: 'procurement',
    title: 'nav.procurement',
    canActivate: [roleGuard(...rolesOf('procurement'))],
    loadChildren: () =>
      import('./features/procurement/procurement.routes').then((m) => m.PROCUREMENT_ROUTES),
  },
  {
    path: 'welfare',
    title: 'nav.welfare',
    canActivate: [roleGuard(...rolesOf('welfare'))],
    loadChildren: () => import('./features/welfare/welfare.routes').then((m) => m.WELFARE_ROUTES),
  },
  {
    path: 'travel',
    title: 'nav.travel',
    canActivate: [roleGuard(...rolesOf('travel'))],
    loadChildren: () => import('./features/travel/travel.routes').then((m) => m.TRAVEL_ROUTES),
  },
  {
    path: 'approvals',
    title: 'nav.approvals',
    canActivate: [approvalsGuard],
    loadChildren: () =>
      import('./features/approvals/approvals.routes').then((m) => m.APPROVALS_ROUTES),
  },
  {
    path: 'budgets',
    title: 'nav.budgets',
    canActivate: [roleGuard(...rolesOf('budgets'))],
    loadChildren: () => import('./features/budgets/budgets.routes').then((m) => m.BUDGETS_ROUTES),
  },
  {
    path: 'admin',
    title: 'nav.admin',
    canActivate: [roleGuard(...rolesOf('admin'))],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'addresses',
    title: 'user.addresses',
    loadChildren: () =>
      import('./features/addresses/addresses.routes').then((m) => m.ADDRESSES_ROUTES),
  },
  {
    path: 'forbidden',
    title: 'forbidden.title',
    loadComponent: () => import('./core/pages/status-page').then((m) => m.StatusPage),
    data: { kind: 'forbidden' },
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./core/pages/status-page').then((m) => m.StatusPage),
    data: { kind: 'notFound' },
  },
];

// The login page loads on its own and uses no Material JavaScript; the shell (with Material, its
// defaults and the shell's texts) loads after signing in, and not at all for a signed-out visitor
// (canMatch). This keeps a first visit to /login small.
export const routes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    title: 'login.title',
    loadComponent: () => import('./core/auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canMatch: [authMatchGuard],
    loadChildren: () =>
      import('./core/layout/shell.routes').then((m) => m.shellRoutes(SHELL_CHILDREN)),
  },
];
