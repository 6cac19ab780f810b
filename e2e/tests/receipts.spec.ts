import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { apiGet, money, procurementBudget, type Order } from '../support/api';
import { BUYER, BUYER_COST_CENTER } from '../support/procurement';
import { settled, shot, signIn, switchLanguage } from '../support/session';

// Goods receipt as the buyer: find an order by its number, receive part of a line, see what is still
// outstanding and the budget move from committed to spent, then close the rest short; and on a phone in
// English, find an order by product and receive everything outstanding. The seed gives every demo
// buyer a partially received order.

interface ReceiptOrder extends Order {
  receivedFen: number;
  lines: {
    productId: string;
    sku: string;
    qty: number;
    receivedQty: number;
    outstandingQty: number;
  }[];
  receipts: { id: string; amountFen: number }[];
}

async function partiallyReceived(email: string): Promise<ReceiptOrder> {
  const { body } = await apiGet<ReceiptOrder[]>(email, '/orders?status=partially_received');
  expect(body.length).toBeGreaterThan(0);
  return body[0];
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('a buyer finds an order by number, receives part of a line, sees what is outstanding, closes the rest short', async ({
  page,
}) => {
  const o = await partiallyReceived(BUYER);
  const line = o.lines.find((l) => l.outstandingQty >= 2)!;
  const before = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  await signIn(page, BUYER);

  // search by the order number: debounced, kept in the URL, the list shows that order only
  await page.goto('/procurement/orders');
  await expect(page.getByRole('row').nth(2)).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索订单' }).fill(o.id);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${o.id}`));
  await expect(page.locator('table.orders tbody tr')).toHaveCount(1);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: o.id }) });
  await expect(row).toContainText('部分收货');
  await page.getByRole('searchbox', { name: '搜索订单' }).fill('不存在的订单号');
  await expect(page.getByText('没有找到与“不存在的订单号”相关的订单。')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${o.id}`));
  await page.getByRole('link', { name: o.id }).click();

  // received / outstanding per line, the receipts so far
  await expect(page.getByRole('heading', { name: `订单 ${o.id}` })).toBeVisible();
  const lineRow = page.locator(`tr[data-product="${line.productId}"]`);
  await expect(lineRow.locator('.c-received')).toHaveText(String(line.receivedQty));
  await expect(lineRow.locator('.c-outstanding')).toHaveText(String(line.outstandingQty));
  await expect(page.getByTestId('receipts')).toContainText(`收货记录（${o.receipts.length} 次）`);

  // receive one unit of the line
  await page.getByRole('button', { name: '收货', exact: true }).click();
  const form = page.getByRole('dialog', { name: '收货' });
  const qty = form.locator(`input[data-product="${line.productId}"]`);
  await qty.fill(String(line.outstandingQty + 1));
  await expect(form.getByRole('alert')).toHaveText(`最多还能收 ${line.outstandingQty}。`);
  await expect(form.getByRole('button', { name: '确认收货' })).toBeDisabled();
  await qty.fill('1');
  await form.getByLabel('收货备注（选填）').fill('补发一件');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: shot('desktop-zh-receive'), fullPage: true });
  const received = page.waitForResponse(
    (r) => r.url().endsWith(`/api/orders/${o.id}/receive`) && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: '确认收货' }).click();
  // the answer's body can be gone from the browser by the time it is read; ask the API instead
  expect((await received).status()).toBe(200);
  const { body: answer } = await apiGet<ReceiptOrder>(BUYER, `/orders/${o.id}`);
  expect(answer.status).toBe('partially_received');
  const receipt = answer.receipts.at(-1)!;
  await expect(lineRow.locator('.c-received')).toHaveText(String(line.receivedQty + 1));
  await expect(lineRow.locator('.c-outstanding')).toHaveText(String(line.outstandingQty - 1));
  await expect(page.getByTestId('receipts')).toContainText(receipt.id);
  await expect(page.getByTestId('receipts')).toContainText('补发一件');
  await expect(page.getByTestId('received-amount')).toHaveText(money(answer.receivedFen));
  const mid = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(mid.spentFen - before.spentFen).toBe(receipt.amountFen);
  expect(before.committedFen - mid.committedFen).toBe(receipt.amountFen);

  // close the rest short, with a reason: the rest of the commitment is released
  const rest = answer.totalFen - answer.receivedFen;
  await page.getByRole('button', { name: '关闭剩余', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: '关闭剩余数量？' });
  await expect(confirm).toContainText(money(rest));
  await expect(confirm.getByRole('button', { name: '确认关闭剩余' })).toBeDisabled();
  await confirm.getByLabel('关闭原因（必填）').fill('供应商缺货，不再补发');
  await confirm.getByRole('button', { name: '确认关闭剩余' }).click();
  await expect(page.locator('header.head')).toContainText('已关闭剩余');
  await expect(page.getByRole('list').filter({ hasText: '已关闭剩余（不再收货）' })).toContainText(
    '供应商缺货，不再补发',
  );
  await expect(page.getByRole('button', { name: '收货', exact: true })).toBeHidden();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-closed-short'), fullPage: true });
  const after = await procurementBudget(BUYER, BUYER_COST_CENTER.id);
  expect(mid.committedFen - after.committedFen).toBe(rest);
  expect(after.spentFen).toBe(mid.spentFen);

  // the list shows the new status
  await page.goto(`/procurement/orders?status=closed_short`);
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('link', { name: o.id }) }),
  ).toContainText('已关闭剩余');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('in English: find an order by product, receive everything outstanding', async ({ page }) => {
    const email = 'buyer@c2.example';
    const o = await partiallyReceived(email);
    const line = o.lines.find((l) => l.outstandingQty > 0)!;
    await signIn(page, email);
    await switchLanguage(page, 'en');
    await page.goto('/procurement/orders');
    await page.getByRole('searchbox', { name: 'Search orders' }).fill(line.sku);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${line.sku}`));
    await page.getByRole('link', { name: o.id }).click();
    await expect(page.getByRole('heading', { name: `Order ${o.id}` })).toBeVisible();
    await expect(page.locator('header.head')).toContainText('Partially received');

    await page.getByRole('button', { name: 'Receive goods', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Receive goods' });
    await form.getByRole('button', { name: 'All outstanding' }).click();
    await expect(form.locator(`input[data-product="${line.productId}"]`)).toHaveValue(
      String(line.outstandingQty),
    );
    await settled(page);
    expect(await axe(page)).toEqual([]);
    // nothing off screen to the right
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: shot('phone-en-receive'), fullPage: true });
    await form.getByRole('button', { name: 'Confirm receipt' }).click();
    await expect(page.locator('header.head')).toContainText('Received');
    await expect(page.locator(`tr[data-product="${line.productId}"] .c-outstanding`)).toHaveText(
      '0',
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-en-received'), fullPage: true });
    await switchLanguage(page, 'zh-CN');
  });
});
