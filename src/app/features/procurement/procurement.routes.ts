import { Routes } from '@angular/router';

export const PROCUREMENT_ROUTES: Routes = [];
