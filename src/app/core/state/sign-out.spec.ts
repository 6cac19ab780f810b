import { AuditApiActions } from '../../features/admin/data/audit.actions';
import { OrgApiActions } from '../../features/admin/data/org.actions';
import { AddressBookApiActions } from '../../features/addresses/data/address-book.actions';
import { TemplatesApiActions } from '../../features/procurement/data/templates.actions';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type Routes } from '@angular/router';
import { Store, type Action } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import type { Budget, Company, User } from '../../../domain/index.ts';
import { SHELL_CHILDREN } from '../../app.routes';
import { CompanyApiActions } from '../../features/admin/data/admin.actions';
import { ApprovalRulesApiActions } from '../../features/admin/data/approval-rules.actions';
import { ApprovalsApiActions } from '../../features/approvals/data/approvals.actions';
import { DelegationApiActions } from '../../features/approvals/data/delegation.actions';
import { task } from '../../features/approvals/data/inbox.feature.spec';
import { BudgetsApiActions } from '../../features/budgets/data/budgets.actions';
import { CartApiActions } from '../../features/procurement/data/cart.actions';
import { CatalogApiActions } from '../../features/procurement/data/catalog.actions';
import { CheckoutApiActions } from '../../features/procurement/data/checkout.actions';
import { ProcurementDrafts } from '../../features/procurement/data/drafts';
import { OrdersApiActions } from '../../features/procurement/data/orders.actions';
import {
  TravelApiActions,
  TravelPolicyApiActions,
  TravelReportPageActions,
} from '../../features/travel/data/travel.actions';
import { cart, line, order, product } from '../../features/procurement/data/test-data.spec-util';
import { CampaignsApiActions } from '../../features/welfare/data/campaigns.actions';
import {
  PointsApiActions,
  RedemptionsApiActions,
  WelfareCartApiActions,
} from '../../features/welfare/data/welfare.actions';
import { redemption, welfareCart } from '../../features/welfare/data/test-data.spec-util';
import { AuthSession } from '../auth/auth-session';
import { provideSignedIn } from '../auth/signed-in.spec-util';
import { PendingApprovals } from '../layout/pending-approvals';
import { shellRoutes } from '../layout/shell.routes';

const user: User = {
  id: 'u1',
  name: '周建国',
  email: 'admin@c1.example',
  roles: ['admin', 'buyer', 'hr'],
  companyId: 'c1',
  departmentId: 'd1',
};
const company: Company = {
  id: 'c1',
  name: '华东精工',
  nameEn: 'East China Precision',
  settings: { approvalThresholdFen: 1, secondApprovalThresholdFen: 2, pointValueFen: 10 },
  invoice: { title: '华东精工制造有限公司', taxNumber: '91350100M000100Y43', version: 1 },
};
const budget: Budget = {
  id: 'b1',
  companyId: 'c1',
  costCenterId: 'cc1',
  category: 'procurement',
  period: '2026',
  amountFen: 100,
  committedFen: 0,
  spentFen: 0,
  availableFen: 100,
  version: 1,
};

/**
 * What a user leaves in each feature's state (by its name in the store). Every feature registered on
 * a route must be listed here, so that a new one cannot forget to be cleared on sign-out.
 */
const USER_DATA: Record<string, Action[]> = {
  procurementCatalog: [
    CatalogApiActions.referenceLoaded({
      categories: [{ id: 'cat-1', name: '办公', nameEn: 'Office', parentId: null }],
      suppliers: [],
    }),
  ],
  procurementCart: [CartApiActions.loaded({ cart: cart(line('p1', 10)) })],
  procurementCheckout: [CheckoutApiActions.defaultCostCenterKnown({ costCenterId: 'cc1' })],
  procurementOrders: [OrdersApiActions.listLoaded({ page: { items: [order('o1')], total: 1 } })],
  procurementTemplates: [TemplatesApiActions.listLoaded({ templates: [{ id: 'RT1' } as never] })],
  approvalInbox: [ApprovalsApiActions.pendingLoaded({ page: { items: [task('t1')], total: 1 } })],
  approvalHistory: [ApprovalsApiActions.historyLoaded({ page: { items: [task('t0')], total: 1 } })],
  approvalDecision: [
    ApprovalsApiActions.decisionSucceeded({ task: task('t2', { status: 'approved' }) }),
  ],
  approvalDelegation: [
    DelegationApiActions.loaded({ lists: { given: [{ id: 'DG1' } as never], received: [] } }),
  ],
  budgets: [BudgetsApiActions.budgetLoaded({ budget })],
  admin: [CompanyApiActions.settingsSaved({ company, savedAt: 1 })],
  addressBook: [AddressBookApiActions.loaded({ addresses: [{ id: 'AD1' } as never] })],
  adminApprovalRules: [
    ApprovalRulesApiActions.saved({
      rules: { id: 'c1', categories: [], pools: { level1: ['u1'], level2: [] }, version: 2 },
    }),
  ],
  adminAudit: [AuditApiActions.loaded({ page: { items: [{ id: 'AU1' } as never], total: 1 } })],
  adminOrg: [OrgApiActions.usersLoaded({ page: { items: [{ id: 'u1' } as never], total: 1 } })],
  travelTrips: [
    TravelApiActions.listLoaded({ page: { items: [{ id: 'trip-1' } as never], total: 1 } }),
  ],
  travelPlanner: [TravelApiActions.budgetShortfallKnown({ budgetId: 'b1', deltaFen: 1 })],
  travelPolicy: [TravelPolicyApiActions.loaded({ policies: [{ id: 'tp1' } as never] })],
  travelReport: [TravelReportPageActions.yearChosen({ year: '2026' })],
  welfareStore: [PointsApiActions.accountLoaded({ account: { balance: 800, expiringSoon: [] } })],
  welfareCart: [WelfareCartApiActions.cartLoaded({ cart: welfareCart() })],
  welfareCampaigns: [CampaignsApiActions.listLoaded({ page: { items: [], total: 3 } })],
  welfareRedemptions: [
    RedemptionsApiActions.listLoaded({ page: { items: [redemption('WR1')], total: 1 } }),
  ],
};

describe('signing out', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSignedIn(user),
      ],
    });
  });

  /** The shell's injector with every feature route's providers below it, as the router builds them. */
  async function appInjectors(): Promise<EnvironmentInjector> {
    const [shell] = await shellRoutes([]);
    const shellInjector = createEnvironmentInjector(
      shell.providers!,
      TestBed.inject(EnvironmentInjector),
    );
    for (const route of SHELL_CHILDREN) {
      const children = ((await route.loadChildren?.()) ?? []) as Routes;
      for (const child of children) {
        if (child.providers) createEnvironmentInjector(child.providers, shellInjector);
      }
    }
    return shellInjector;
  }

  it("empties every feature's state in the store", async () => {
    const store = (await appInjectors()).get(Store);
    const initial = await firstValueFrom(store.select((s: object) => s));
    expect(Object.keys(initial).sort()).toEqual(Object.keys(USER_DATA).sort());
    for (const action of Object.values(USER_DATA).flat()) store.dispatch(action);
    const used = await firstValueFrom(store.select((s: Record<string, unknown>) => s));
    for (const name of Object.keys(USER_DATA)) {
      expect(used[name])
        .withContext(`${name} holds the user's data`)
        .not.toEqual(initial[name as never]);
    }
    TestBed.inject(AuthSession).logout();
    expect(await firstValueFrom(store.select((s: object) => s))).toEqual(initial);
  });

  it("forgets procurement's quick-order and import drafts", async () => {
    await appInjectors();
    const drafts = TestBed.inject(ProcurementDrafts);
    drafts.quickRows.set([{ id: 1, sku: 'SKU-1', qtyText: '10' }]);
    drafts.quickProducts.set(new Map([['SKU-1', product('p1')]]));
    drafts.importText.set('SKU-1,10');
    drafts.importLines.set([{} as never]);
    drafts.importProblemsOnly.set(true);
    drafts.importPage.set(2);
    TestBed.inject(AuthSession).logout();
    expect(drafts.quickRows()).toBeNull();
    expect(drafts.quickProducts().size).toBe(0);
    expect(drafts.importText()).toBe('');
    expect(drafts.importLines()).toEqual([]);
    expect(drafts.importProblemsOnly()).toBeFalse();
    expect(drafts.importPage()).toBe(0);
  });

  it("forgets the approver's pending count in the navigation", () => {
    const pending = TestBed.inject(PendingApprovals);
    pending.count.set(7);
    TestBed.inject(AuthSession).logout();
    expect(pending.count()).toBeNull();
  });
});
