import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { coreTranslations } from '../../../core/i18n/core.i18n';
import { I18n } from '../../../core/i18n/i18n';
import { ADMIN_I18N } from '../admin.i18n';
import { UsersPageActions } from '../data/org.actions';
import { initialOrgState, type OrgState } from '../data/org.feature';
import { userDetail } from '../data/org.feature.spec';
import { UsersPage } from './users-page';

describe('UsersPage', () => {
  const departments = [
    { id: 'd1', companyId: 'c1', name: '采购部', nameEn: 'Purchasing', costCenterId: 'cc1' },
  ];

  async function open(url: string, state: Partial<OrgState>, lang: 'zh-CN' | 'en' = 'zh-CN') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/users', component: UsersPage }], withComponentInputBinding()),
        provideMockStore({
          initialState: { adminOrg: { ...initialOrgState, departments, ...state } },
        }),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.register(ADMIN_I18N);
    i18n.lang.set(lang);
    const store = TestBed.inject(MockStore);
    const dispatch = spyOn(store, 'dispatch');
    const h = await RouterTestingHarness.create();
    await h.navigateByUrl(url, UsersPage);
    return { h, store, dispatch, el: h.routeNativeElement as HTMLElement };
  }

  it('loads the search, role, status and page of the URL (unknown values ignored)', async () => {
    const { dispatch } = await open('/admin/users?q=li&role=hr&status=inactive&page=3', {});
    expect(dispatch).toHaveBeenCalledWith(UsersPageActions.opened());
    expect(dispatch).toHaveBeenCalledWith(
      UsersPageActions.queryChanged({
        filters: { q: 'li', role: 'hr', status: 'inactive' },
        pageIndex: 2,
        pageSize: 20,
      }),
    );
  });

  it('ignores a role or status that does not exist', async () => {
    const { dispatch } = await open('/admin/users?role=root&status=gone', {});
    expect(dispatch).toHaveBeenCalledWith(
      UsersPageActions.queryChanged({
        filters: { q: null, role: null, status: null },
        pageIndex: 0,
        pageSize: 20,
      }),
    );
  });

  it('deactivates only after a confirmation, and explains a last-admin refusal in the row', async () => {
    const admin = userDetail('u1', { name: '周建国', roles: ['admin'] });
    const { h, dispatch, el, store } = await open('/admin/users', { users: [admin], total: 1 });
    const button = (text: string) =>
      [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
    button('停用').click();
    h.detectChanges();
    expect(el.textContent).toContain('停用后此人立即退出所有已登录的设备');
    expect(dispatch).not.toHaveBeenCalledWith(
      UsersPageActions.userChangeSubmitted({ id: 'u1', patch: { active: false } }),
    );
    button('确认停用').click();
    expect(dispatch).toHaveBeenCalledWith(
      UsersPageActions.userChangeSubmitted({ id: 'u1', patch: { active: false } }),
    );
    store.setState({
      adminOrg: {
        ...initialOrgState,
        departments,
        users: [admin],
        total: 1,
        saveError: {
          subject: 'u1',
          error: { status: 409, code: 'LAST_ADMIN', detail: 'This is the last active admin' },
        },
      },
    });
    h.detectChanges();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('这是公司最后一位在用的管理员');
  });

  it('shows the initial password of an invitation once, in English too', async () => {
    const { el } = await open(
      '/admin/users',
      {
        invitation: {
          user: userDetail('n1', { nameEn: 'Li Na', email: 'li.na@c1.example' }),
          initialPassword: 'Xk7mPq2RtW9a',
        },
      },
      'en',
    );
    expect(el.textContent).toContain('An account was created for Li Na (li.na@c1.example).');
    expect(el.querySelector('[data-testid=initial-password]')?.textContent).toBe('Xk7mPq2RtW9a');
    expect(el.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
