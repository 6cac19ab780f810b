import { TestBed } from '@angular/core/testing';
import { of, throwError, Subject } from 'rxjs';
import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Router } from '@angular/router';
import type { LoginResponse } from '../../../domain/index.ts';
import { coreTranslations } from '../i18n/core.i18n';
import { I18n } from '../i18n/i18n';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { LoginPage } from './login-page';
import { AuthApi } from './auth-api';
import { AuthSession } from './auth-session';

const DEMO_USER = {
  id: 'u',
  name: 'n',
  email: 'buyer@c1.example',
  roles: ['buyer' as const],
  companyId: 'c1',
  departmentId: 'd',
};

describe('LoginPage', () => {
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;

  /** `before` puts the session into a state (a failed login, an expiry …) before the page shows. */
  beforeEach(() => localStorage.removeItem('portal.auth'));
  afterEach(() => localStorage.removeItem('portal.auth'));

  async function render(
    before: (session: AuthSession) => void = () => undefined,
    returnUrl?: string,
  ) {
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['login', 'logout', 'me']);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl', 'navigate']);
    router.navigateByUrl.and.resolveTo(true);
    router.navigate.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: router },
      ],
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(await coreTranslations());
    i18n.lang.set('zh-CN');
    before(TestBed.inject(AuthSession));
    const fixture = TestBed.createComponent(LoginPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  const failedWith =
    (status: number, code: string, headers = new HttpHeaders()) =>
    (session: AuthSession) => {
      api.login.and.returnValue(
        throwError(
          () =>
            new HttpErrorResponse({
              status,
              headers,
              error: { type: 'about:blank', title: code, status, detail: code, code },
            }),
        ),
      );
      session.login('a@b.cn', 'x', null);
    };

  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows a clear message for wrong credentials', async () => {
    const { root } = await render(failedWith(401, 'INVALID_CREDENTIALS'));
    expect(root.querySelector('[data-testid=login-error]')?.textContent).toContain(
      '邮箱或密码不正确',
    );
    expect(root.querySelector('[role=alert]')).not.toBeNull();
  });

  it('says that an account was deactivated by the company administrator', async () => {
    const { root } = await render(failedWith(403, 'ACCOUNT_DEACTIVATED'));
    expect(root.querySelector('[data-testid=login-error]')?.textContent).toContain(
      '此账号已被公司管理员停用',
    );
  });

  it('says how long to wait after too many attempts, as the server asks (Retry-After)', async () => {
    const { root } = await render(
      failedWith(429, 'RATE_LIMITED', new HttpHeaders({ 'Retry-After': '61' })),
    );
    expect(root.querySelector('[data-testid=login-error]')?.textContent).toContain(
      '请 2 分钟后再试',
    );
  });

  it('asks to try later when the server gives no wait time', async () => {
    const { root } = await render(failedWith(429, 'RATE_LIMITED'));
    const text = root.querySelector('[data-testid=login-error]')?.textContent ?? '';
    expect(text).toContain('请稍后再试');
    expect(text).not.toContain('分钟');
  });

  it('says when the session has expired', async () => {
    const { root } = await render((session) => {
      api.login.and.returnValue(of({ token: 't', user: DEMO_USER }));
      session.login(DEMO_USER.email, 'x', null);
      session.expire('/budgets');
    });
    expect(root.querySelector('[data-testid=login-notice]')?.textContent).toContain(
      '会话已过期，请重新登录',
    );
  });

  it('fills the form from a demo account and signs in with the return URL', async () => {
    const { fixture, root } = await render(undefined, '/approvals');
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
    api.login.and.returnValue(of({ token: 't', user: { ...DEMO_USER, email: 'hr@c1.example' } }));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(api.login).toHaveBeenCalledOnceWith('hr@c1.example', DEMO_PASSWORD);
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/approvals', { replaceUrl: true });
  });

  it('signs in with what the fields show, also text that came without an input event', async () => {
    // A fast typist's keys that land while the page is still rendering, or the browser's autofill,
    // put text in the fields without the input events the page listens to.
    const { root } = await render();
    root.querySelector<HTMLInputElement>('#login-email')!.value = 'buyer@c1.example';
    root.querySelector<HTMLInputElement>('#login-password')!.value = 'Passw0rd!';
    api.login.and.returnValue(of({ token: 't', user: DEMO_USER }));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(api.login).toHaveBeenCalledOnceWith('buyer@c1.example', 'Passw0rd!');
    expect(root.querySelector('#login-email-error')).toBeNull();
  });

  it('does not submit an invalid form and says what is missing', async () => {
    const { fixture, root } = await render();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    expect(api.login).not.toHaveBeenCalled();
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
    const { root } = await render((session) => {
      api.login.and.returnValue(new Subject<LoginResponse>());
      session.login('hr@c1.example', 'x', null);
    });
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
