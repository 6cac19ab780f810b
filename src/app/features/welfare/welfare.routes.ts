import { Routes } from '@angular/router';

export const WELFARE_ROUTES: Routes = [];
