import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ChargeableCostCenter, Company, CostCenter, User } from '../../../domain/index.ts';
import { AuthSession } from '../auth/auth-session';
import { signedIn } from '../auth/signed-in.spec-util';
import { I18n } from '../i18n/i18n';
import { ReferenceData, costCenterLabel } from './reference-data';

const user: User = {
  id: 'u1',
  name: '王志强',
  email: 'buyer@c1.example',
  roles: ['buyer'],
  companyId: 'c1',
  departmentId: 'd2',
};
const company = (pointValueFen: number): Company => ({
  id: 'c1',
  name: '华东精工',
  nameEn: 'East China Precision',
  settings: { approvalThresholdFen: 500_000, secondApprovalThresholdFen: 5_000_000, pointValueFen },
  invoice: { title: '华东精工制造有限公司', taxNumber: '91350100M000100Y43', version: 1 },
});
const cc = (id: string, code: string, name: string, nameEn: string): CostCenter => ({
  id,
  companyId: 'c1',
  code,
  name,
  nameEn,
});
const costCenters = [
  cc('cc1', 'CC-01', '生产部', 'Production'),
  cc('cc2', 'CC-02', '行政部', 'Admin'),
];
// The user's department's cost center is cc2; an admin granted them cc1.
const chargeable: ChargeableCostCenter[] = [
  { ...costCenters[1], source: 'department' },
  { ...costCenters[0], source: 'granted' },
];

describe('ReferenceData', () => {
  let backend: HttpTestingController;
  let session: ReturnType<typeof signedIn>;

  beforeEach(() => {
    session = signedIn(user);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthSession, useValue: session },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function loadAll(
    reference: ReferenceData,
    pointValueFen = 100,
    mine: ChargeableCostCenter[] = chargeable,
  ): void {
    reference.costCenters();
    reference.defaultCostCenterId();
    TestBed.tick();
    backend.expectOne('/api/companies/current').flush(company(pointValueFen));
    backend.expectOne((r) => r.url === '/api/cost-centers').flush(costCenters);
    backend.expectOne((r) => r.url === '/api/me/cost-centers').flush(mine);
    TestBed.tick();
  }

  it('fetches the company at once and the lists only when something reads them', () => {
    const reference = TestBed.inject(ReferenceData);
    TestBed.tick();
    backend.expectOne('/api/companies/current').flush(company(100));
    backend.expectNone('/api/cost-centers');
    TestBed.tick();
    expect(reference.company()?.settings.pointValueFen).toBe(100);
    expect(reference.companyName()).toBe('华东精工');
  });

  it("labels cost centers `code · name` in the active language, and defaults to the user's department's", () => {
    const reference = TestBed.inject(ReferenceData);
    loadAll(reference);
    TestBed.inject(I18n).lang.set('zh-CN');
    expect(reference.costCenterLabel('cc1')).toBe('CC-01 · 生产部');
    TestBed.inject(I18n).lang.set('en');
    expect(reference.costCenterLabel('cc1')).toBe('CC-01 · Production');
    expect(reference.costCenterLabel('unknown')).toBe('unknown');
    expect(reference.defaultCostCenterId()).toBe('cc2');
  });

  it('offers only the cost centers the user may charge, the first when the department has none', () => {
    const reference = TestBed.inject(ReferenceData);
    loadAll(reference, 100, [{ ...costCenters[0], source: 'granted' }]);
    expect(reference.chargeableCostCenters().map((c) => c.id)).toEqual(['cc1']);
    expect(reference.defaultCostCenterId()).toBe('cc1');
  });

  it('shows a company as saved elsewhere in the app at once', () => {
    const reference = TestBed.inject(ReferenceData);
    loadAll(reference, 100);
    reference.companyChanged(company(250));
    expect(reference.company()?.settings.pointValueFen).toBe(250);
  });

  it('forgets everything when the user signs out, and fetches again for the next one', () => {
    const reference = TestBed.inject(ReferenceData);
    loadAll(reference);
    session.logout();
    TestBed.tick();
    expect(reference.company()).toBeNull();
    expect(reference.costCenters()).toEqual([]);
    expect(reference.defaultCostCenterId()).toBeNull();
    session.user.set({ ...user, id: 'u2' });
    session.token.set('t2');
    TestBed.tick();
    backend.expectOne('/api/companies/current').flush(company(300));
    backend.expectOne((r) => r.url === '/api/cost-centers').flush([costCenters[0]]);
    backend.expectOne((r) => r.url === '/api/me/cost-centers').flush([chargeable[1]]);
    TestBed.tick();
    expect(reference.company()?.settings.pointValueFen).toBe(300);
    expect(reference.costCenters().map((c) => c.id)).toEqual(['cc1']);
  });
});

describe('costCenterLabel', () => {
  it('is the name alone when there is no code, and empty for no cost center', () => {
    expect(costCenterLabel({ ...costCenters[0], code: '' }, 'zh-CN')).toBe('生产部');
    expect(costCenterLabel(null, 'en')).toBe('');
  });
});
