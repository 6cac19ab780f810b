import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { auditChanges, type AuditEntry } from '../../../../domain/index.ts';
import { coreTranslations } from '../../../core/i18n/core.i18n';
import { I18n } from '../../../core/i18n/i18n';
import { ADMIN_I18N } from '../admin.i18n';
import { AuditPageActions } from '../data/audit.actions';
import { initialAuditState } from '../data/audit.feature';
import { AuditPage, auditValue } from './audit-page';

describe('auditChanges', () => {
  it('lists each changed field by path, lists as text; bookkeeping left out', () => {
    const before = { cap: { '1': 600, '2': 500 }, roles: ['hr'], version: 1, llf: { w: 120 } };
    const after = { cap: { '1': 650, '2': 500 }, roles: ['hr', 'buyer'], version: 2, llf: null };
    expect(auditChanges(before, after, ['version'])).toEqual([
      { field: 'cap.1', before: 600, after: 650 },
      { field: 'roles', before: 'hr', after: 'hr, buyer' },
      { field: 'llf.w', before: 120, after: null },
    ]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('auditValue', () => {
  it('money fields in yuan, nothing as a dash, the rest as stored', () => {
    expect(auditValue('approvalThresholdFen', 500_000, 'zh-CN')).toBe('¥5,000.00');
    expect(auditValue('hotelCapFenByTier.1', 60_000, 'en-US')).toBe('¥600.00');
    expect(auditValue('advanceBookingDays', 3, 'zh-CN')).toBe('3');
    expect(auditValue('grantedCostCenterIds', '', 'zh-CN')).toBe('—');
  });
});

describe('AuditPage', () => {
  const entry: AuditEntry = {
    id: 'AU1',
    companyId: 'c1',
    at: '2026-12-02T03:15:00.000Z',
    actorId: 'u-admin',
    actorName: '周建国',
    actorNameEn: 'Zhou Jianguo',
    action: 'travel.policy',
    entityId: 'tp1',
    entityName: '标准差旅标准',
    entityNameEn: 'Standard travel policy',
    changes: [{ field: 'hotelCapFenByTier.1', before: 60_000, after: 65_000 }],
  };

  const userEntry: AuditEntry = {
    ...entry,
    id: 'AU2',
    action: 'user.update',
    entityId: 'u-1',
    entityName: '李娜',
    entityNameEn: 'Li Na',
    changes: [
      { field: 'roles', before: 'employee', after: 'employee, hr' },
      { field: 'active', before: true, after: false },
    ],
  };

  it('loads the filters and page of the URL, and shows each change before → after', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/audit', component: AuditPage }], withComponentInputBinding()),
        provideMockStore({
          initialState: {
            adminAudit: { ...initialAuditState, entries: [entry, userEntry], total: 2 },
          },
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(ADMIN_I18N);
    i18n.lang.set('zh-CN');
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const h = await RouterTestingHarness.create();
    await h.navigateByUrl('/admin/audit?action=travel.policy&from=2026-12-01&page=2', AuditPage);
    expect(dispatch).toHaveBeenCalledWith(
      AuditPageActions.queryChanged({
        filters: { action: 'travel.policy', from: '2026-12-01', to: null },
        pageIndex: 1,
        pageSize: 20,
      }),
    );
    const text = h.routeNativeElement?.textContent ?? '';
    expect(text).toContain('差旅标准 · 标准差旅标准');
    expect(text).toContain('酒店每晚上限（1 类城市）');
    expect(text).toContain('¥600.00 → ¥650.00');
    // roles and yes / no as people read them
    expect(text).toContain('角色员工 → 员工、人力/审批人');
    expect(text).toContain('启用是 → 否');
  });
});
