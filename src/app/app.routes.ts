import { Routes } from '@angular/router';

// Every feature is a lazy route; features register their own state with provideState/provideEffects.
export const routes: Routes = [
  { path: 'procurement', loadChildren: () => import('./features/procurement/procurement.routes').then((m) => m.PROCUREMENT_ROUTES) },
  { path: 'welfare', loadChildren: () => import('./features/welfare/welfare.routes').then((m) => m.WELFARE_ROUTES) },
  { path: 'travel', loadChildren: () => import('./features/travel/travel.routes').then((m) => m.TRAVEL_ROUTES) },
  { path: 'approvals', loadChildren: () => import('./features/approvals/approvals.routes').then((m) => m.APPROVALS_ROUTES) },
  { path: 'budgets', loadChildren: () => import('./features/budgets/budgets.routes').then((m) => m.BUDGETS_ROUTES) },
  { path: 'admin', loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
];
