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

/** Where the run keeps its screenshots (git-ignored); look at them after a run. */
export function shot(name: string): string {
  return `e2e/screenshots/${name}.png`;
}
