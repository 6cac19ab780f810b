import { expect, test } from '../support/fixtures';
import { settled, shot, signIn, switchLanguage } from '../support/session';

// The admin runs the company's own organisation: invites a user (the initial password shown once), sets
// their roles; the user signs in with it. Deactivated while signed in elsewhere, the user's session ends at
// once and the login explains why. The last admin cannot deactivate themselves, explained on the page.
// Every user these journeys make is new (unique email), so the other journeys' demo accounts stay as they are.

const ADMIN = 'admin@c1.example';

test('an admin invites a user and sets their roles; deactivated, their open session is sent to login', async ({
  page,
  browser,
}) => {
  const email = `e2e.${Date.now()}@c1.example`;
  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: '用户管理', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '邀请用户' }).click();
  const form = page.getByRole('form', { name: '邀请用户' });
  await form.getByLabel('邮箱').fill(email);
  await form.getByLabel('姓名').fill('端到端');
  await form.getByLabel('英文名（可选）').fill('End To End');
  await form.getByTestId('invite-department').click();
  await page.getByRole('option', { name: '采购部' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await form.getByTestId('invite-roles').click();
  await page.getByRole('option', { name: '采购员' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await form.getByRole('button', { name: '创建账号' }).click();

  const invitation = page.getByRole('status', { name: '已创建账号' });
  await expect(invitation).toContainText(email);
  const password = (await page.getByTestId('initial-password').textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-admin-users-invited'), fullPage: true });
  await invitation.getByRole('button', { name: '我已记下' }).click();
  await expect(page.getByTestId('initial-password')).toBeHidden();

  // Roles: employee + buyer → hr + buyer.
  await page.getByLabel('搜索姓名、邮箱或工号').fill(email);
  await page.getByLabel('搜索姓名、邮箱或工号').press('Enter');
  await expect(page).toHaveURL(/q=e2e\./);
  const row = page.getByRole('listitem', { name: '端到端' });
  await expect(row).toContainText('采购部 · 采购员 · 员工');
  await row.getByRole('button', { name: '编辑' }).click();
  await row.getByTestId('edit-roles').click();
  await page.getByRole('option', { name: '员工' }).click();
  await page.getByRole('option', { name: '人力/审批人' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('采购部 · 人力/审批人 · 采购员');

  // The new user signs in with the initial password, in another browser.
  const other = await browser.newContext();
  const userPage = await other.newPage();
  await signIn(userPage, email, password);
  await userPage.goto('/approvals');
  await expect(userPage.getByRole('heading', { level: 1 })).toBeVisible();

  // Deactivated by the admin: the user's next request ends their session.
  await row.getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('停用后此人立即退出所有已登录的设备');
  await row.getByRole('button', { name: '确认停用' }).click();
  await expect(row).toContainText('已停用');
  await userPage.goto('/budgets');
  await expect(userPage).toHaveURL(/\/login/);
  await userPage.getByLabel(/邮箱|Email/).fill(email);
  await userPage.getByLabel(/^(密码|Password)/).fill(password);
  await userPage.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(userPage.getByRole('alert')).toContainText('此账号已被公司管理员停用');
  await other.close();

  // The audit log has it, before → after.
  await page.goto('/admin/audit?action=user.update');
  const latest = page.getByRole('list', { name: '审计日志' }).getByRole('listitem').first();
  await expect(latest).toContainText('用户变更');
  await expect(latest).toContainText('启用是 → 否');
});

test('the last admin cannot deactivate themselves: the page says why', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto(`/admin/users?q=${ADMIN}`);
  const row = page.getByRole('listitem', { name: '周建国' });
  await row.getByRole('button', { name: '停用' }).click();
  await row.getByRole('button', { name: '确认停用' }).click();
  await expect(row.getByRole('alert')).toContainText('这是公司最后一位在用的管理员');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('in English: the last-admin refusal, and a new department that cannot be deactivated while staffed', async ({
    page,
  }) => {
    await signIn(page, ADMIN);
    await switchLanguage(page, 'en');
    await page.goto(`/admin/users?q=${ADMIN}`);
    const row = page.getByRole('listitem', { name: 'Zhou Jianguo' });
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByRole('button', { name: 'Confirm deactivation' }).click();
    await expect(row.getByRole('alert')).toContainText(
      'This is the last active administrator of the company',
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-en-admin-users-last-admin'), fullPage: true });

    await page.goto('/admin/organisation');
    await expect(page.getByRole('heading', { name: 'Organisation', level: 1 })).toBeVisible();
    const purchasing = page
      .getByRole('list', { name: 'Departments' })
      .getByRole('listitem', { name: 'Purchasing' });
    await purchasing.getByRole('button', { name: 'Deactivate' }).click();
    await expect(purchasing.getByRole('alert')).toContainText(
      'Active users still belong to this department',
    );
    const cc = page
      .getByRole('list', { name: 'Cost centers' })
      .getByRole('listitem', { name: 'Purchasing cost center' });
    await cc.getByRole('button', { name: 'Deactivate' }).click();
    await expect(cc.getByRole('alert')).toContainText('This cost center is still in use');
    await expect(page.locator('body')).not.toContainText(/[\u4e00-\u9fff]{2,}/);
    await settled(page);
    await page.screenshot({ path: shot('phone-en-admin-organisation'), fullPage: true });
    await switchLanguage(page, 'zh-CN');
  });
});
