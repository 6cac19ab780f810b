import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { coreTranslations } from '../i18n/core.i18n';
import { I18n } from '../i18n/i18n';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { LoginPage } from './login-page';
import { AuthActions, initialAuthState, type AuthState } from './auth.state';

describe('LoginPage', () => {
  let store: MockStore;

  async function render(auth: Partial<AuthState> = {}, returnUrl?: string) {
    TestBed.configureTestingModule({ providers: [provideMockStore({ initialState: { auth: { ...initialAuthState, ...auth } } })] });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.lang.set('zh-CN');
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(LoginPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows a clear message for wrong credentials', async () => {
    const { root } = await render({ error: 'INVALID_CREDENTIALS' });
    expect(root.querySelector('[data-testid=login-error]')?.textContent).toContain('邮箱或密码不正确');
    expect(root.querySelector('[role=alert]')).not.toBeNull();
  });

  it('shows the lock-out message for too many attempts', async () => {
    const { root } = await render({ error: 'RATE_LIMITED' });
    expect(root.querySelector('[data-testid=login-error]')?.textContent).toContain('15 分钟后再试');
  });

  it('says when the session has expired', async () => {
    const { root } = await render({ notice: 'sessionExpired' });
    expect(root.querySelector('[data-testid=login-notice]')?.textContent).toContain('会话已过期，请重新登录');
  });

  it('fills the form from a demo account and signs in with the return URL', async () => {
    const { fixture, root } = await render({}, '/approvals');
    const picks = root.querySelectorAll<HTMLButtonElement>('[data-testid=demo-account]');
    expect(picks.length).toBe(DEMO_ACCOUNTS.length);
    const hr = Array.from(picks).find((b) => b.textContent?.includes('hr@c1.example'))!;
    expect(hr.textContent).toContain('人力/审批人');
    hr.click();
    await fixture.whenStable();
    const email = root.querySelector<HTMLInputElement>('#login-email')!;
    const password = root.querySelector<HTMLInputElement>('#login-password')!;
    expect(email.value).toBe('hr@c1.example');
    expect(password.value).toBe(DEMO_PASSWORD);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(
      AuthActions.loginRequested({ email: 'hr@c1.example', password: DEMO_PASSWORD, returnUrl: '/approvals' }),
    );
  });

  it('does not submit an invalid form and says what is missing', async () => {
    const { fixture, root } = await render();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(root.querySelector('#login-email-error')?.textContent).toContain('请输入邮箱');
    expect(root.querySelector('#login-email')?.getAttribute('aria-invalid')).toBe('true');
    type(root.querySelector<HTMLInputElement>('#login-email')!, 'not-an-email');
    await fixture.whenStable();
    expect(root.querySelector('#login-email-error')?.textContent).toContain('邮箱格式不正确');
    expect(root.querySelector('#login-password-error')?.textContent).toContain('请输入密码');
  });

  it('shows and hides the password', async () => {
    const { fixture, root } = await render();
    const password = root.querySelector<HTMLInputElement>('#login-password')!;
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid=toggle-password]')!;
    expect(password.type).toBe('password');
    expect(toggle.getAttribute('aria-label')).toBe('显示密码');
    toggle.click();
    await fixture.whenStable();
    expect(password.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toBe('隐藏密码');
  });

  it('disables the button and says so while signing in', async () => {
    const { root } = await render({ pending: true });
    const submit = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submit.disabled).toBeTrue();
    expect(submit.textContent).toContain('正在登录');
  });

  it('has labelled inputs', async () => {
    const { root } = await render();
    expect(root.querySelector('label[for=login-email]')?.textContent?.trim()).toBe('邮箱');
    expect(root.querySelector('label[for=login-password]')?.textContent?.trim()).toBe('密码');
  });
});
