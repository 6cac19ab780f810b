import { Routes } from '@angular/router';

export const TRAVEL_ROUTES: Routes = [];
