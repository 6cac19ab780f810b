import { expect, test } from '../support/fixtures';
import { apiGet } from '../support/api';
import { settled, shot, signIn, switchLanguage } from '../support/session';

// The admin's audit log: a change of the company settings shows who changed which field from what to
// what, filtered in the URL, and downloads as CSV. The change is undone at the end (the other journeys
// read the settings).

const ADMIN = 'admin@c1.example';

test('an admin changes the point value and finds the change, before → after, in the audit log', async ({
  page,
}) => {
  const { body: company } = await apiGet<{ settings: { pointValueFen: number } }>(
    ADMIN,
    '/companies/current',
  );
  const before = company.settings.pointValueFen;
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  await signIn(page, ADMIN);
  await page.goto('/admin/settings');
  const field = page.getByLabel('积分价值（元/积分）');
  // The form fills in once the company has loaded; typing before that would be overwritten.
  await expect(field).toHaveValue(/\d/);
  await field.fill(yuan(before + 1));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toBeVisible();

  await page
    .getByRole('navigation', { name: '管理', exact: true })
    .getByRole('link', { name: '审计日志', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '审计日志', level: 1 })).toBeVisible();
  const latest = page.getByRole('list', { name: '审计日志' }).getByRole('listitem').first();
  await expect(latest).toContainText('公司设置');
  await expect(latest).toContainText(`积分价值¥${yuan(before)} → ¥${yuan(before + 1)}`);
  await page.locator('mat-form-field', { hasText: '操作' }).click();
  await page.getByRole('option', { name: '差旅标准' }).click();
  await expect(page).toHaveURL(/action=travel\.policy/);
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.locator('mat-form-field', { hasText: '操作' }).click();
  await page.getByRole('option', { name: '公司设置' }).click();
  await expect(page).toHaveURL(/action=company\.settings/);
  await expect(latest).toContainText('积分价值');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  expect((await download).suggestedFilename()).toBe('audit-log.csv');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-audit-log'), fullPage: true });
  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('list', { name: 'Audit log' }).getByRole('listitem').first(),
  ).toContainText(`Point value¥${yuan(before)} → ¥${yuan(before + 1)}`);
  await settled(page);
  await page.screenshot({ path: shot('desktop-en-audit-log'), fullPage: true });
  await switchLanguage(page, 'zh-CN');

  // Back as it was.
  await page.goto('/admin/settings');
  await expect(field).toHaveValue(yuan(before + 1));
  await field.fill(yuan(before));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toBeVisible();
});
