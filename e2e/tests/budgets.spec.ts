import { expect, test, type Page } from '../support/fixtures';
import { apiGet, type Budget } from '../support/api';
import { BUYER } from '../support/procurement';
import { settled, shot, signIn, switchLanguage } from '../support/session';

// Budget charts drill down: a click on a bar (or its button, by keyboard or finger) opens the
// movements behind it, in the URL, and they are the ones the API lists for that bar.

const HR = 'hr@c1.example';

/** The latest year that has budgets: the one the budgets page shows first. */
async function latestYear(): Promise<string> {
  const { body } = await apiGet<Budget[]>(HR, '/budgets?_limit=100');
  return body
    .map((b) => b.period)
    .sort()
    .at(-1)!;
}

async function movementCount(query: string): Promise<number> {
  return (await apiGet<unknown[]>(HR, `/budgets/movements?_limit=1&${query}`)).total!;
}

/** Clicks the centre of the largest shape of a colour in a chart: a bar, not its legend swatch. */
async function clickLargestBar(page: Page, chart: string, fill: string): Promise<void> {
  const bars = page.getByRole('figure').filter({ hasText: chart }).locator(`path[fill="${fill}"]`);
  await expect(bars.first()).toBeAttached();
  const boxes = await bars.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, area: r.width * r.height };
    }),
  );
  const largest = boxes.sort((a, b) => b.area - a.area)[0];
  await page.mouse.click(largest.x, largest.y);
}

test('HR clicks a bar and sees the movements behind it; the type, closing and back follow the URL', async ({
  page,
}) => {
  const year = await latestYear();
  await signIn(page, HR);
  await page.goto('/budgets');
  await expect(page.getByRole('heading', { name: '预算', level: 1 })).toBeVisible();
  const categoryChart = '各类别：分配、占用、支出与可用';
  await page.getByRole('figure').filter({ hasText: categoryChart }).scrollIntoViewIfNeeded();
  // the tallest allocated bar: procurement's
  await clickLargestBar(page, categoryChart, '#5b6b9a');
  await expect(page).toHaveURL(/drill=cat:procurement&drillType=amount$/);
  const panel = page.getByTestId('budget-drill');
  await expect(panel.getByRole('heading', { name: '预算变动明细：采购' })).toBeFocused();
  await expect(panel.getByRole('button', { name: '预算调整' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const rows = panel.locator('tbody tr');
  const allocations = await movementCount(`category=procurement&period=${year}&type=amount`);
  await expect(rows).toHaveCount(Math.min(allocations, 10));
  for (const row of await rows.all()) {
    await expect(row).toContainText('预算调整');
    await expect(row).toContainText(`采购 · ${year}`);
  }
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-budget-drill'), fullPage: true });

  // every type of the same bar
  await panel.getByRole('button', { name: '全部', exact: true }).click();
  await expect(page).toHaveURL(/drill=cat:procurement$/);
  const all = await movementCount(`category=procurement&period=${year}`);
  await expect(rows).toHaveCount(Math.min(all, 10));

  // closed, then back to it with the browser's back button
  await panel.getByRole('button', { name: '关闭明细' }).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/\/budgets$/);
  await page.goBack();
  await expect(page.getByTestId('budget-drill')).toBeVisible();

  // by keyboard: the month buttons under the use-over-time chart
  const month = page
    .getByRole('group', { name: '按月份查看预算变动明细' })
    .getByRole('button')
    .first();
  await month.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/drill=month:\d{4}-\d{2}$/);
  await expect(
    panel.getByRole('heading', { name: /^预算变动明细：\d{4}年\d{1,2}月$/ }),
  ).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a buyer taps their cost center under the chart and reads its movements in English', async ({
    page,
  }) => {
    await signIn(page, BUYER);
    await switchLanguage(page, 'en');
    await page.goto('/budgets');
    const group = page.getByRole('group', { name: 'Budget movements per cost center' });
    await group.getByRole('button').first().tap();
    await expect(page).toHaveURL(/drill=cc:cc-c1-02$/);
    const panel = page.getByTestId('budget-drill');
    const heading = panel.getByRole('heading', { name: /^Budget movements: / });
    await expect(heading).toBeInViewport();
    await expect(panel.locator('tbody tr').first()).toContainText('C1-CC102');
    // the panel speaks English; only what people wrote (notes, reasons) stays as written
    for (const part of [heading, panel.getByRole('group', { name: 'Type' })])
      await expect(part).not.toContainText(/[\u4e00-\u9fff]/);
    await expect(panel.getByRole('button', { name: 'Commitment' })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: shot('phone-en-budget-drill') });
    await switchLanguage(page, 'zh-CN');
  });
});
