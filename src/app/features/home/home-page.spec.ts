import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import type { Budget, Role, User } from '../../../domain/index.ts';
import { provideSignedIn } from '../../core/auth/signed-in.spec-util';
import { coreTranslations } from '../../core/i18n/core.i18n';
import { I18n } from '../../core/i18n/i18n';
import { CompanyApiActions } from '../admin/data/admin.actions';
import { shareSavedCompany } from '../admin/data/admin.effects';
import { HomePage } from './home-page';
import { HOME_I18N } from './home.i18n';

const year = String(new Date().getFullYear());
const userWith = (...roles: Role[]): User => ({
  id: `u-${roles[0]}`,
  name: '王志强',
  email: 'x@c1.example',
  roles,
  companyId: 'c1',
  departmentId: 'd',
});
const budget = (
  id: string,
  category: Budget['category'],
  amountFen: number,
  committedFen: number,
  spentFen: number,
): Budget => ({
  id,
  companyId: 'c1',
  costCenterId: 'cc-1',
  category,
  period: year,
  amountFen,
  committedFen,
  spentFen,
  availableFen: amountFen - committedFen - spentFen,
  version: 1,
});

describe('HomePage', () => {
  let backend: HttpTestingController;

  async function render(user: User) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSignedIn(user),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(HOME_I18N);
    i18n.lang.set('zh-CN');
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture;
  }

  const text = (root: HTMLElement, id: string) =>
    root.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ').trim();
  const flushPoints = () => {
    backend
      .expectOne('/api/points/account')
      .flush({ balance: 1200, expiringSoon: [{ points: 200, expiresAt: '2026-12-31T15:59:59Z' }] });
    backend.expectOne((r) => r.url === '/api/points/ledger').flush([]);
  };

  it('shows an employee the points balance and nothing of procurement or approvals', async () => {
    const fixture = await render(userWith('employee'));
    flushPoints();
    backend
      .expectOne('/api/companies/current')
      .flush({ id: 'c1', name: '华东精工', nameEn: 'ECPM', settings: { pointValueFen: 100 } });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, 'points-balance')).toContain('1,200');
    expect(root.textContent).toContain('200 积分将于');
    expect(root.textContent).toContain('约合 ¥1,200.00');
    expect(root.querySelector('[data-testid=home-procurement]')).toBeNull();
    expect(root.querySelector('[data-testid=home-approvals]')).toBeNull();
    backend.expectNone(
      (r) => r.url === '/api/budgets' || r.url === '/api/approvals' || r.url === '/api/orders',
    );
  });

  it('shows a buyer the procurement budget left on their cost centers and the number of orders', async () => {
    const fixture = await render(userWith('buyer'));
    flushPoints();
    const budgets = backend.expectOne((r) => r.url === '/api/budgets');
    // exactly the URL the early read of a returning user asks for (src/app/early-requests.ts, and
    // index.html's script for a buyer)
    expect(budgets.request.urlWithParams).toBe(`/api/budgets?period=${year}&_limit=100`);
    budgets.flush([
      budget('b1', 'procurement', 1_000_000, 100_000, 50_000),
      budget('b2', 'travel', 500_000, 0, 0),
    ]);
    // the names load once the page shows a cost center
    await fixture.whenStable();
    backend
      .expectOne((r) => r.url === '/api/cost-centers')
      .flush([{ id: 'cc-1', code: 'C1-CC102', name: '采购部成本中心' }]);
    backend
      .expectOne((r) => r.url === '/api/orders')
      .flush([{}], { headers: { 'X-Total-Count': '14' } });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, 'budget-left')).toBe('¥8,500.00');
    expect(text(root, 'orders-count')).toContain('14');
    expect(root.textContent).toContain('C1-CC102 · 采购部成本中心');
    expect(root.textContent).toContain('1 个成本中心');

    TestBed.inject(I18n).lang.set('en');
    await fixture.whenStable();
    expect(root.textContent).toContain(`1 cost center · ${year}`);
  });

  it("keeps the orders card's height while its count loads: the links below do not jump", async () => {
    const fixture = await render(userWith('buyer'));
    const root = fixture.nativeElement as HTMLElement;
    const card = root.querySelector('a[href="/procurement/orders"]')!.closest('article')!;
    const loading = card.getBoundingClientRect().height;
    backend
      .expectOne((r) => r.url === '/api/orders')
      .flush([{}], { headers: { 'X-Total-Count': '14' } });
    await fixture.whenStable();
    expect(text(root, 'orders-count')).toContain('14');
    expect(card.getBoundingClientRect().height).toBe(loading);
  });

  it('shows an approver the pending count and budget use per category, and an error state with retry', async () => {
    const fixture = await render(userWith('hr'));
    flushPoints();
    backend
      .expectOne((r) => r.url === '/api/approvals')
      .flush([{}], { headers: { 'X-Total-Count': '3' } });
    backend
      .expectOne((r) => r.url === '/api/budgets')
      .flush({ code: 'FORBIDDEN', status: 403 }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, 'pending-count')).toBe('3');
    const retry = Array.from(
      root.querySelectorAll<HTMLButtonElement>('[data-testid=home-approvals] button'),
    ).find((b) => b.textContent?.includes('重试'));
    expect(retry).toBeDefined();
    retry!.click();
    await fixture.whenStable();
    backend
      .expectOne((r) => r.url === '/api/budgets')
      .flush([
        budget('b1', 'procurement', 1_000_000, 0, 0),
        budget('b3', 'welfare', 200_000, 0, 50_000),
      ]);
    await fixture.whenStable();
    const use = text(root, 'budget-use');
    expect(use).toContain('采购');
    expect(use).toContain('福利');
    expect(use).toContain('¥1,500.00');
  });

  it('shows an admin the company settings as well', async () => {
    const fixture = await render(userWith('admin'));
    backend.expectOne('/api/companies/current').flush({
      id: 'c1',
      name: '华东精工',
      nameEn: 'ECPM',
      settings: {
        approvalThresholdFen: 500000,
        secondApprovalThresholdFen: 5000000,
        pointValueFen: 100,
      },
    });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, 'home-company')).toContain('¥5,000.00');
    expect(text(root, 'home-company')).toContain('¥50,000.00');
    expect(root.querySelector('[data-testid=home-procurement]')).not.toBeNull();
    expect(root.querySelector('[data-testid=home-approvals]')).not.toBeNull();
  });

  // The first Intl formatter a page makes loads the browser's locale data: a long task in the
  // middle of the first render on a phone (src/app/core/i18n/format.ts formats by hand instead).
  it("draws every section in both languages without asking the browser's Intl for a format", async () => {
    const intl = [
      spyOn(Intl, 'NumberFormat').and.callThrough(),
      spyOn(Intl, 'DateTimeFormat').and.callThrough(),
      spyOn(Intl, 'PluralRules').and.callThrough(),
      spyOn(Number.prototype, 'toLocaleString').and.callThrough(),
      spyOn(Date.prototype, 'toLocaleDateString').and.callThrough(),
      spyOn(Date.prototype, 'toLocaleString').and.callThrough(),
    ];
    const fixture = await render(userWith('admin', 'hr', 'buyer', 'employee'));
    backend.expectOne('/api/points/account').flush({
      balance: 12000,
      expiringSoon: [{ points: 200, expiresAt: '2026-12-31T15:59:59Z' }],
    });
    backend
      .expectOne((r) => r.url === '/api/points/ledger')
      .flush([{ id: 'l1', type: 'grant', points: 500, createdAt: '2026-03-05T09:05:00Z' }]);
    backend.expectOne('/api/companies/current').flush({
      id: 'c1',
      name: '华东精工',
      nameEn: 'ECPM',
      settings: { approvalThresholdFen: 1, secondApprovalThresholdFen: 2, pointValueFen: 100 },
    });
    backend
      .expectOne((r) => r.url === '/api/approvals')
      .flush([{}], { headers: { 'X-Total-Count': '3' } });
    backend
      .expectOne((r) => r.url === '/api/budgets')
      .flush([budget('b1', 'procurement', 1_000_000, 100_000, 50_000)]);
    backend
      .expectOne((r) => r.url === '/api/orders')
      .flush([{}], { headers: { 'X-Total-Count': '14' } });
    await fixture.whenStable();
    backend.match(() => true).forEach((r) => r.flush([]));
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(text(root, 'points-balance')).toContain('12,000');
    expect(text(root, 'points-ledger')).toContain('2026年3月5日');
    expect(root.textContent).toContain('1 个成本中心');

    TestBed.inject(I18n).lang.set('en');
    await fixture.whenStable();
    expect(text(root, 'points-balance')).toContain('12,000');
    expect(text(root, 'points-ledger')).toContain('Mar 5, 2026');
    expect(root.textContent).toContain(`1 cost center · ${year}`);
    for (const spy of intl) expect(spy).withContext(spy.and.identity).not.toHaveBeenCalled();
  });

  it('shows the point value an admin has just saved, without a reload', async () => {
    const fixture = await render(userWith('employee'));
    flushPoints();
    const company = {
      id: 'c1',
      name: '华东精工',
      nameEn: 'ECPM',
      invoice: { title: '华东精工', taxNumber: '91350100M000100Y43', version: 1 },
      settings: { approvalThresholdFen: 1, secondApprovalThresholdFen: 2, pointValueFen: 100 },
    };
    backend.expectOne('/api/companies/current').flush(company);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('约合 ¥1,200.00');
    // the admin feature's effect after PATCH /companies/current/settings answered
    const saved = { ...company, settings: { ...company.settings, pointValueFen: 250 } };
    TestBed.runInInjectionContext(() =>
      shareSavedCompany(of(CompanyApiActions.settingsSaved({ company: saved, savedAt: 1 }))),
    ).subscribe();
    await fixture.whenStable();
    expect(root.textContent).toContain('约合 ¥3,000.00');
    backend.expectNone('/api/companies/current');
  });
});
