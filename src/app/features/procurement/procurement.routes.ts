import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { provideFieldDefaults } from '../../core/layout/field-defaults';
import * as cartEffects from './data/cart.effects';
import { cartFeature } from './data/cart.feature';
import * as catalogEffects from './data/catalog.effects';
import { catalogFeature } from './data/catalog.feature';
import * as checkoutEffects from './data/checkout.effects';
import { checkoutFeature } from './data/checkout.feature';
import * as ordersEffects from './data/orders.effects';
import { ordersFeature } from './data/orders.feature';
import * as templatesEffects from './data/templates.effects';
import { templatesFeature } from './data/templates.feature';
import { provideAddressBook } from '../addresses/data/provide-address-book';
import { ProcurementLayout } from './procurement-layout';
import { PROCUREMENT_I18N } from './procurement.i18n';

/** e采购, mounted under /procurement behind the buyer guard by the shell. */
export const PROCUREMENT_ROUTES: Routes = [
  {
    path: '',
    component: ProcurementLayout,
    providers: [
      provideFieldDefaults(),
      provideEnvironmentInitializer(() => inject(I18n).register(PROCUREMENT_I18N)),
      provideState(catalogFeature),
      provideState(cartFeature),
      provideState(checkoutFeature),
      provideState(ordersFeature),
      provideState(templatesFeature),
      provideEffects(catalogEffects, cartEffects, checkoutEffects, ordersEffects, templatesEffects),
      provideAddressBook(),
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'catalog' },
      {
        path: 'catalog',
        title: 'procurement.title.catalog',
        loadComponent: () => import('./catalog/catalog-page').then((m) => m.CatalogPage),
      },
      {
        path: 'products/:id',
        title: 'procurement.title.product',
        loadComponent: () => import('./product/product-page').then((m) => m.ProductPage),
      },
      {
        path: 'cart',
        title: 'procurement.title.cart',
        loadComponent: () => import('./cart/cart-page').then((m) => m.CartPage),
      },
      {
        path: 'quick-order',
        title: 'procurement.title.quickOrder',
        loadComponent: () => import('./quick-order/quick-order-page').then((m) => m.QuickOrderPage),
      },
      {
        path: 'import',
        title: 'procurement.title.import',
        loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
      },
      {
        path: 'checkout',
        title: 'procurement.title.checkout',
        loadComponent: () => import('./checkout/checkout-page').then((m) => m.CheckoutPage),
      },
      {
        path: 'templates',
        title: 'procurement.title.templates',
        loadComponent: () => import('./templates/templates-page').then((m) => m.TemplatesPage),
      },
      {
        path: 'templates/:id',
        title: 'procurement.title.template',
        loadComponent: () => import('./templates/template-page').then((m) => m.TemplatePage),
      },
      {
        path: 'orders',
        title: 'procurement.title.orders',
        loadComponent: () => import('./orders/order-list-page').then((m) => m.OrderListPage),
      },
      {
        path: 'orders/:id',
        title: 'procurement.title.order',
        loadComponent: () => import('./orders/order-detail-page').then((m) => m.OrderDetailPage),
      },
      {
        path: 'orders/:id/print',
        title: 'procurement.title.purchaseOrder',
        loadComponent: () =>
          import('./orders/purchase-order-page').then((m) => m.PurchaseOrderPage),
      },
    ],
  },
];
