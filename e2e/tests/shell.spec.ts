import { expect, test } from '../support/fixtures';
import { tabStops } from '../support/focus';
import { holdRequests } from '../support/network';
import { settled, shot, signIn, signOut } from '../support/session';

// Which modules each demo role sees in the navigation (NAV_ITEMS), by its zh-CN label.
const NAV = {
  home: '工作台',
  procurement: 'e采购',
  welfare: 'e福礼',
  travel: 'e差旅',
  approvals: '审批中心',
  budgets: '预算',
  admin: '企业管理',
} as const;

const ROLES: { email: string; sees: (keyof typeof NAV)[] }[] = [
  { email: 'buyer@c1.example', sees: ['home', 'procurement', 'welfare', 'travel', 'budgets'] },
  { email: 'employee@c1.example', sees: ['home', 'welfare', 'travel'] },
  { email: 'hr@c1.example', sees: ['home', 'welfare', 'travel', 'approvals', 'budgets'] },
  {
    email: 'admin@c1.example',
    sees: ['home', 'procurement', 'welfare', 'travel', 'approvals', 'budgets', 'admin'],
  },
];

for (const role of ROLES) {
  test(`${role.email} signs in and sees only its navigation`, async ({ page }) => {
    await signIn(page, role.email);
    const nav = page.getByTestId('side-nav');
    for (const [id, label] of Object.entries(NAV)) {
      const link = nav.getByRole('link', { name: new RegExp(`^${label}`) });
      if (role.sees.includes(id as keyof typeof NAV)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await settled(page);
    await page.screenshot({
      path: shot(`desktop-zh-${role.email.split('@')[0]}-home`),
      fullPage: true,
    });
  });
}

test('a module the role may not open is refused even by URL', async ({ page }) => {
  await signIn(page, 'employee@c1.example');
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '审批中心' })).toHaveCount(0);
  // the address stays the one asked for, to copy into a request for access
  await expect(page).toHaveURL(/\/approvals$/);
});

test('a fast typist keeps every key typed as soon as the login form shows', async ({ page }) => {
  // Keys go in the moment the field appears, without waiting for the page to finish loading.
  await page.goto('/login', { waitUntil: 'commit' });
  await page.getByLabel(/邮箱|Email/).pressSequentially('buyer@c1.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Passw0rd!');
  await expect(page.getByLabel(/邮箱|Email/)).toHaveValue('buyer@c1.example');
  await expect(page.getByLabel(/^(密码|Password)/)).toHaveValue('Passw0rd!');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-menu')).toBeVisible();
});

test('a wrong password shows the error and keeps the user on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel(/邮箱|Email/).fill('buyer@c1.example');
  await page.getByLabel(/^(密码|Password)/).fill('wrong-password');
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByRole('alert')).toContainText('邮箱或密码不正确');
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: shot('desktop-zh-login-error') });
});

test('the language switches at runtime, keeps typed input and persists', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill('buyer@c1.example');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('buyer@c1.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: shot('desktop-en-login') });

  await page.getByLabel(/^Password/).fill('Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByTestId('side-nav').getByRole('link', { name: /^e-Procurement/ }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('side-nav').getByRole('link', { name: /^Budgets/ })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-buyer-home'), fullPage: true });

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('side-nav').getByRole('link', { name: /^预算/ })).toBeVisible();
});

test('logout ends the session: the token no longer works and the shell is gone', async ({
  page,
}) => {
  await signIn(page, 'hr@c1.example');
  await signOut(page);
  await page.goto('/approvals');
  await expect(page).toHaveURL(/\/login/);
});

test('after signing in the user returns to the page they asked for', async ({ page }) => {
  await page.goto('/budgets');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fbudgets/);
  await page.getByLabel('邮箱').fill('hr@c1.example');
  await page.getByLabel(/^密码/).fill('Passw0rd!');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/budgets$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the shell offers compact navigation', async ({ page }) => {
    await page.goto('/login');
    // the language buttons keep one line each: 中文 does not wrap into two
    for (const name of ['中文', 'English']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.height, name).toBeLessThan(44);
      expect(box!.width, name).toBeGreaterThan(box!.height);
    }
    await page.screenshot({ path: shot('phone-zh-login'), fullPage: true });
    await signIn(page, 'employee@c1.example');
    await expect(page.getByTestId('bottom-nav')).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-zh-employee-home'), fullPage: true });
    await page
      .getByRole('button', { name: /English|EN/ })
      .first()
      .click();
    await settled(page);
    await page.screenshot({ path: shot('phone-en-employee-home'), fullPage: true });
  });

  test('nothing is wider than the screen while the icon font is on its way', async ({ page }) => {
    // Until the font arrives an icon is its name in text ("notifications"). Text spilling past the
    // screen widens a phone's layout viewport, which moves every fixed bar: a layout shift.
    await signIn(page, 'hr@c1.example');
    const release = await holdRequests(page, /\/material-icons-outlined-[\w-]+\.woff$/);
    await page.goto('/approvals');
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth])).toEqual([
      390, 390,
    ]);
    release();
  });
});

test('every control shows the blue focus ring, never the error red; the side nav too', async ({
  page,
}) => {
  const FOCUS = 'rgb(11, 87, 208)';
  const ON_CRIMSON = 'rgb(255, 255, 255)';
  await signIn(page, 'buyer@c1.example');
  // the catalog has links, buttons, icon buttons, fields, selects, an expansion panel, a switch,
  // the side nav's list items and the top bar's buttons
  await page.goto('/procurement/catalog');
  await expect(page.getByRole('article').first()).toBeVisible();
  await settled(page); // nothing more arriving that could re-render what the walk reaches
  const stops = await tabStops(page, 32);
  for (const s of stops) {
    expect.soft(s.kind, s.element).not.toBe('none');
    expect.soft([FOCUS, ON_CRIMSON], s.element).toContain(s.color);
    expect.soft(s.widthPx, s.element).toBeGreaterThanOrEqual(2);
  }
  expect(new Set(stops.map((s) => s.kind))).toEqual(new Set(['outline', 'indicator', 'field']));
  expect(stops.some((s) => s.element.startsWith('a.mat-mdc-list-item') && s.color === FOCUS)).toBe(
    true,
  );
  await page.screenshot({ path: shot('desktop-zh-focus') });
});
