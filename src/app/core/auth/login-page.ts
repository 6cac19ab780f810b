import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { LanguageSwitch } from '../i18n/language-switch';
import { TranslatePipe } from '../i18n/i18n';
import { BrandMark } from '../layout/brand-mark';
import { AuthSession } from './auth-session';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';

const ERROR_KEYS: Record<string, string> = {
  INVALID_CREDENTIALS: 'login.invalidCredentials',
  RATE_LIMITED: 'login.rateLimited',
  ACCOUNT_DEACTIVATED: 'login.accountDeactivated',
  NETWORK: 'error.network',
};

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Sign-in. It is the first page most visitors load, so it is kept light: native inputs and buttons
 * styled after Material 3 with the theme's system tokens (no Material or forms JavaScript, icons
 * straight from the icon font); the shell, Material and everything behind them load after signing in.
 */
@Component({
  selector: 'app-login-page',
  imports: [TranslatePipe, LanguageSwitch, BrandMark],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(AuthSession);
  /** Where to go after signing in (query parameter, bound by the router). */
  readonly returnUrl = input<string>();

  protected readonly pending = this.session.pending;
  private readonly error = this.session.error;
  protected readonly notice = this.session.notice;
  protected readonly errorKey = computed(() => {
    const code = this.error();
    if (code === 'RATE_LIMITED' && this.retryAfter()) return 'login.rateLimitedFor';
    return code ? (ERROR_KEYS[code] ?? 'login.failed') : null;
  });
  protected readonly retryAfter = this.session.retryAfterMinutes;

  readonly email = signal('');
  readonly password = signal('');
  protected readonly hidePassword = signal(true);
  private readonly emailTouched = signal(false);
  private readonly passwordTouched = signal(false);

  protected readonly emailErrorKey = computed(() => {
    const email = this.email().trim();
    if (!email) return 'login.emailRequired';
    return EMAIL_PATTERN.test(email) ? null : 'login.emailInvalid';
  });
  protected readonly passwordErrorKey = computed(() =>
    this.password() ? null : 'login.passwordRequired',
  );
  protected readonly showEmailError = computed(() => this.emailTouched() && !!this.emailErrorKey());
  protected readonly showPasswordError = computed(
    () => this.passwordTouched() && !!this.passwordErrorKey(),
  );

  protected readonly demoGroups = (['c1', 'c2'] as const).map((companyId) => ({
    companyId,
    accounts: DEMO_ACCOUNTS.filter((a) => a.companyId === companyId),
  }));

  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('passwordInput');

  protected touchEmail(): void {
    this.readFields();
    if (this.email()) this.emailTouched.set(true);
  }

  protected touchPassword(): void {
    this.readFields();
    if (this.password()) this.passwordTouched.set(true);
  }

  submit(): void {
    if (this.pending()) return;
    this.readFields();
    this.emailTouched.set(true);
    this.passwordTouched.set(true);
    if (this.emailErrorKey()) {
      this.emailInput()?.nativeElement.focus();
      return;
    }
    if (this.passwordErrorKey()) {
      this.passwordInput()?.nativeElement.focus();
      return;
    }
    this.session.login(this.email().trim(), this.password(), this.returnUrl() ?? null);
  }

  /**
   * Takes what the fields show. Text can reach them without an input event: keys typed while the
   * page is still rendering, or the browser's autofill; the user must never lose it.
   */
  private readFields(): void {
    const email = this.emailInput()?.nativeElement.value;
    const password = this.passwordInput()?.nativeElement.value;
    if (email !== undefined) this.email.set(email);
    if (password !== undefined) this.password.set(password);
  }

  fillDemo(account: DemoAccount): void {
    this.email.set(account.email);
    this.password.set(DEMO_PASSWORD);
    this.emailTouched.set(false);
    this.passwordTouched.set(false);
    this.passwordInput()?.nativeElement.focus();
  }
}
