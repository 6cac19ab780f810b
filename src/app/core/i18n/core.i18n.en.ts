import type { Dictionary } from './i18n';

/** English texts of core.i18n.ts, loaded when English is first used. */
export const CORE_I18N_EN: Dictionary = {
  'app.name': 'Enterprise Procurement & Welfare',
  'app.shortName': 'Procurement & Welfare',
  'app.tagline': 'One budget for procurement, welfare and travel',
  'app.bank': 'Corporate banking services',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.empty': 'Nothing here yet',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.back': 'Back',
  'common.viewAll': 'View all',
  'common.yes': 'Yes',
  'common.no': 'No',

  'role.admin': 'Administrator',
  'role.hr': 'HR & approver',
  'role.buyer': 'Buyer',
  'role.employee': 'Employee',

  'lang.switch': 'Change language',
  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'login.title': 'Sign in',
  'login.heading': 'Welcome',
  'login.subtitle': 'Sign in with your company account',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.pending': 'Signing in…',
  'login.showPassword': 'Show password',
  'login.hidePassword': 'Hide password',
  'login.emailRequired': 'Enter your email',
  'login.emailInvalid': 'Enter a valid email address',
  'login.passwordRequired': 'Enter your password',
  'login.invalidCredentials': 'The email or password is incorrect. Please try again.',
  'login.rateLimited':
    'Too many failed attempts. This account is locked for now; try again in 15 minutes.',
  'login.failed': 'Sign-in failed. Please try again later.',
  'login.sessionExpired': 'Your session has expired. Please sign in again.',
  'login.loggedOut': 'You have signed out.',
  'login.demo.title': 'Demo accounts',
  'login.demo.hint': 'Click an account to fill it in; every password is Passw0rd!',
  'login.demo.fill': 'Fill in {email}',
  'login.demo.c1': 'East China Precision Manufacturing Co., Ltd.',
  'login.demo.c2': 'South Cloudlink Technology Co., Ltd.',
  'login.hero.title': 'One budget, three journeys',
  'login.hero.procurement':
    'e-Procurement: brand contract catalogs, tier prices, bulk orders and imports',
  'login.hero.welfare': 'e-Welfare: festival and birthday gifts, paid with points plus cash',
  'login.hero.travel': 'e-Travel: trip requests, approvals and in-policy booking in one place',
  'login.hero.budget': 'One budget ledger and one approval inbox, always up to date',
  'login.security': 'For authorised company users only',

  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.generic': 'That did not work. Please try again later.',
  'error.server': 'The server could not handle the request. Please try again later.',
};
