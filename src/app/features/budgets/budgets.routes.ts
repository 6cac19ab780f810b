import { Routes } from '@angular/router';

export const BUDGETS_ROUTES: Routes = [];
