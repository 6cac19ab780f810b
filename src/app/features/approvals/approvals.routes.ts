import { Routes } from '@angular/router';

export const APPROVALS_ROUTES: Routes = [];
