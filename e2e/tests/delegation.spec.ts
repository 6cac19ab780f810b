import { expect, test } from '../support/fixtures';
import { apiPost, money, procurementBudget, userName } from '../support/api';
import { BUYER, BUYER_COST_CENTER } from '../support/procurement';
import { settled, shot, signIn, signOut, switchLanguage } from '../support/session';

// 代理审批: an approver on leave names a colleague (no approver role) as delegate; the delegate finds the
// approver's task in their inbox marked "on behalf of", approves it, and the history says so — in Chinese on
// a desktop, in English on a phone. The approver then ends the delegation early.

const HR = 'hr@c1.example';
const DELEGATE = 'employee@c1.example';

/** China's local date `days` from now, as an <input type=date> takes it. */
const chinaDay = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('hr names a delegate; the delegate approves on their behalf; the history says so; hr ends it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { id: budgetId } = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  const deltaFen = 20_000 + (Date.now() % 70_000);
  await apiPost(BUYER, '/budget-requests', { budgetId, deltaFen, reason: '代理审批：备件补充' });
  const [hrName, delegateName] = [await userName(HR), await userName(DELEGATE)];

  // The approver names the delegate from the inbox's 代理审批 page.
  await signIn(page, HR);
  await page.goto('/approvals');
  await page.getByTestId('delegation-link').click();
  await expect(page.getByRole('heading', { name: '代理审批', level: 1 })).toBeVisible();
  await page.getByLabel('代理人').fill(delegateName.slice(0, 2));
  await page.getByRole('option', { name: new RegExp(delegateName) }).click();
  await page.getByLabel('开始日期').fill(chinaDay(0));
  await page.getByLabel('结束日期').fill(chinaDay(3));
  await page.getByRole('button', { name: '指定代理人' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已指定代理人' })).toBeVisible();
  const mine = page.getByTestId('my-delegation');
  await expect(mine.getByTestId('delegate-name')).toHaveText(delegateName);
  await expect(mine).toContainText('生效中');
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-delegation'), fullPage: true });
  await signOut(page);

  // The delegate (an employee) is told, gets the approvals module and finds the task marked.
  await signIn(page, DELEGATE);
  const bell = page.getByTestId('notifications');
  await bell.click();
  await expect(
    page
      .getByRole('menuitem')
      .filter({ hasText: `${hrName}指定您在` })
      .first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-nav').getByTestId('approvals-badge')).toHaveText(/^\d+$/);
  await page
    .getByTestId('side-nav')
    .getByRole('link', { name: /^审批中心/ })
    .click();
  const row = page
    .getByRole('list', { name: '待审批' })
    .getByRole('listitem')
    .filter({ hasText: money(deltaFen) });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('on-behalf')).toHaveText(`代${hrName}审批`);
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-delegate-inbox'), fullPage: true });
  await row.getByRole('link').click();
  await expect(page.getByTestId('on-behalf-note')).toContainText(`您将代${hrName}审批此申请`);
  await page.getByTestId('approve').click();
  await expect(page.getByRole('status').filter({ hasText: '已批准。' })).toBeVisible();
  await expect(page.getByTestId('history-decider')).toContainText(
    `${delegateName} 代 ${hrName} 审批`,
  );

  // The same history in English on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await switchLanguage(page, 'en');
  await page.reload();
  await expect(page.getByTestId('history-decider')).toContainText(
    `approved by ${await userName(DELEGATE, 'en')} on behalf of ${await userName(HR, 'en')}`,
  );
  await settled(page);
  await page.screenshot({ path: shot('phone-en-delegated-decision'), fullPage: true });
  await switchLanguage(page, 'zh-CN');
  await page.setViewportSize({ width: 1440, height: 900 });
  await signOut(page);

  // The approver comes back early and ends the delegation: the delegate loses the module.
  await signIn(page, HR);
  await page.goto('/approvals/delegation');
  await page.getByRole('button', { name: '提前结束代理' }).click();
  await expect(page.getByRole('status').filter({ hasText: '代理已结束。' })).toBeVisible();
  await expect(page.getByTestId('my-delegation')).toContainText('已结束');
  await signOut(page);
  await signIn(page, DELEGATE);
  await expect(page.getByTestId('side-nav').getByRole('link', { name: /^审批中心/ })).toHaveCount(
    0,
  );
});
