import { expect, type Page } from '@playwright/test';
import { money, type Budget, type Product } from './api';

// UI steps of e采购 that several journeys share, done as a buyer would (zh-CN texts).

export const BUYER = 'buyer@c1.example';
/** The buyer's department cost center (采购部) and its label in the cost center select. */
export const BUYER_COST_CENTER = { id: 'cc-c1-02', label: 'C1-CC102 · 采购部成本中心' };

/** Opens the cart and empties it (the cart lives on the server, so earlier journeys may have left lines). */
export async function emptyCart(page: Page): Promise<void> {
  await page.goto('/procurement/cart');
  const empty = page.getByText('购物车是空的。');
  const clear = page.getByRole('button', { name: '清空' });
  await expect(empty.or(clear)).toBeVisible();
  if (await clear.isVisible()) {
    await clear.click();
    // Emptying the cart is confirmed in the page.
    await page.getByRole('alertdialog').getByRole('button', { name: '清空' }).click();
  }
  await expect(empty).toBeVisible();
}

/** Searches the catalog for the product's SKU and adds `qty` of it from its card. */
export async function addFromCatalog(page: Page, product: Product, qty: number): Promise<void> {
  await page.goto('/procurement/catalog');
  await page.getByRole('searchbox', { name: '搜索商品' }).fill(product.sku);
  const card = page.getByRole('article', { name: product.name });
  await expect(card).toBeVisible();
  await card.getByLabel(`${product.name} 的数量`).fill(String(qty));
  const added = page.waitForResponse(
    (r) => r.url().endsWith('/api/cart/lines') && r.request().method() === 'POST',
  );
  await card.getByRole('button', { name: `将 ${product.name} 加入购物车` }).click();
  expect((await added).status()).toBe(200);
}

/**
 * Opens checkout for the buyer's cost center with the delivery address their address book preselects
 * (their default, else the company's); waits for the budget preview.
 */
export async function openCheckout(page: Page): Promise<void> {
  await page.goto('/procurement/checkout');
  await expect(page.getByRole('heading', { name: '结算', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '成本中心' }).click();
  await page.getByRole('option', { name: BUYER_COST_CENTER.label }).click();
  await expect(
    page.getByTestId('address-picker').getByRole('radio', { checked: true }),
  ).toHaveCount(1);
  await expect(page.getByText('当前可用')).toBeVisible();
}

/** The order id of the order page the app shows after a submission (/procurement/orders/:id?placed=1). */
export async function placedOrderId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/procurement\/orders\/[^/?]+\?placed=1/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { name: `订单 ${id}` })).toBeVisible();
  return id;
}

/** The budgets page lists the procurement budget of the buyer's cost center with these numbers. */
export async function expectBudgetRow(
  page: Page,
  b: Pick<Budget, 'period' | 'amountFen' | 'committedFen' | 'availableFen'>,
): Promise<void> {
  await page.goto('/budgets');
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', {
      name: `查看 ${BUYER_COST_CENTER.label} · 采购 · ${b.period} 的预算明细`,
    }),
  });
  const cells = row.getByRole('cell');
  await expect(cells.nth(2)).toHaveText(money(b.amountFen));
  await expect(cells.nth(3)).toHaveText(money(b.committedFen));
  await expect(cells.nth(5)).toHaveText(money(b.availableFen));
}
