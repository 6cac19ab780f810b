import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { User } from '../../../../domain/index.ts';
import { provideSignedIn } from '../../../core/auth/signed-in.spec-util';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { DelegationPageActions } from '../data/delegation.actions';
import { initialDelegationState, type DelegationState } from '../data/delegation.feature';
import { delegation } from '../data/delegation.feature.spec';
import { DelegationPage } from './delegation-page';

const hr: User = {
  id: 'u-hr',
  name: '林晓雯',
  email: 'hr@c1.example',
  roles: ['hr'],
  companyId: 'c1',
  departmentId: 'd1',
};

describe('DelegationPage', () => {
  let fixture: ComponentFixture<DelegationPage>;
  let store: MockStore;

  function setup(state: Partial<DelegationState>, user: User = hr, lang = 'zh-CN'): void {
    TestBed.configureTestingModule({
      imports: [DelegationPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { approvalDelegation: { ...initialDelegationState, ...state } },
        }),
        provideSignedIn(user),
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(APPROVALS_I18N);
    i18n.lang.set(lang as never);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(DelegationPage);
    fixture.detectChanges();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent ?? '';
  const form = () =>
    (fixture.componentInstance as unknown as { form: { setValue(v: unknown): void } }).form;

  it('loads the delegations, and names a picked colleague for the chosen dates', () => {
    setup({ candidates: [{ id: 'u-emp', name: '陈静', nameEn: 'Chen Jing', email: 'e@x' }] });
    expect(store.dispatch).toHaveBeenCalledWith(DelegationPageActions.opened());
    form().setValue({
      delegate: { id: 'u-emp', name: '陈静', nameEn: 'Chen Jing', email: 'e@x' },
      startDate: '2099-01-02',
      endDate: '2099-01-05',
    });
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      DelegationPageActions.delegationSubmitted({
        command: { delegateId: 'u-emp', startDate: '2099-01-02', endDate: '2099-01-05' },
      }),
    );
  });

  it('refuses a typed name that was not picked, and an end before the start', () => {
    setup({});
    form().setValue({ delegate: '陈', startDate: '2099-01-05', endDate: '2099-01-02' });
    (el().querySelector('button[type=submit]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: DelegationPageActions.delegationSubmitted.type }),
    );
    expect(text()).toContain('结束日期不能早于开始日期');
  });

  it('shows the delegation in force with a button to end it, and earlier ones below', () => {
    setup({
      given: [delegation('D1'), delegation('D0', { state: 'ended', delegateName: '王志强' })],
    });
    expect(el().querySelector('[data-testid=delegate-name]')?.textContent).toContain('陈静');
    expect(text()).toContain('生效中');
    expect(text()).toContain('王志强');
    const end = Array.from(el().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('提前结束代理'),
    )!;
    end.click();
    expect(store.dispatch).toHaveBeenCalledWith(DelegationPageActions.endRequested({ id: 'D1' }));
  });

  it('shows a delegate (no hr role) who named them, in English too, without the form', () => {
    const employee: User = { ...hr, id: 'u-emp', roles: ['employee'] };
    setup({ received: [delegation('D1', { state: 'scheduled' })] }, employee, 'en');
    expect(el().querySelector('[data-testid=my-delegation]')).toBeNull();
    expect(el().querySelector('[data-testid=received-delegations]')?.textContent).toContain(
      'Lin Xiaowen named you to approve on their behalf',
    );
    expect(text()).toContain('Scheduled');
    expect(text()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
