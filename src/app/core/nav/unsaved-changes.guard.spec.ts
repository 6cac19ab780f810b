import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { CORE_I18N_ZH } from '../i18n/core.i18n';
import { I18n } from '../i18n/i18n';
import { unsavedChangesGuard, type HasUnsavedChanges } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  const leave = (page: HasUnsavedChanges) =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        page,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it('lets the user leave a page without edits, and asks on one with edits', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register({ 'zh-CN': CORE_I18N_ZH, en: {} });
    i18n.lang.set('zh-CN');
    const confirm = spyOn(window, 'confirm').and.returnValues(false, true);
    expect(leave({ hasUnsavedChanges: () => false })).toBeTrue();
    expect(confirm).not.toHaveBeenCalled();
    expect(leave({ hasUnsavedChanges: () => true })).toBeFalse();
    expect(confirm).toHaveBeenCalledWith('有尚未保存的修改，确定离开此页吗？');
    expect(leave({ hasUnsavedChanges: () => true })).toBeTrue();
  });
});
