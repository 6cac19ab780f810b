import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Passw0rd!';

/** Signs in through the login page, as a person would, and waits for the shell. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/^(密码|Password)/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Waits until the app has no request in flight (its top progress bar is hidden), so that a
 * screenshot shows the page complete.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('app-root > .app-loading')).toHaveAttribute('aria-hidden', 'true');
}

/** Where the run keeps its screenshots (git-ignored); look at them after a run. */
export function shot(name: string): string {
  return `e2e/screenshots/${name}.png`;
}

/** Switches the language with the shell's switch (the full one on desktop, the compact one on a phone). */
export async function switchLanguage(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  const name = lang === 'en' ? 'English' : '中文';
  await page
    .getByRole('button', {
      name: new RegExp(`^(${name}|切换语言: ${name}|Change language: ${name})$`),
    })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
