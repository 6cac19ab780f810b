import { expect, test, type Locator } from '../support/fixtures';
import { apiPost, findProducts, money, order, unitPriceAt, type Product } from '../support/api';
import {
  addFromCatalog,
  BUYER,
  BUYER_COST_CENTER,
  emptyCart,
  openCheckout,
  placedOrderId,
} from '../support/procurement';
import { settled, shot, signIn, switchLanguage } from '../support/session';

// e采购 tax and invoices: tax-included prices with the VAT beside, the net / VAT / gross breakdown,
// the invoice chosen at checkout (prefilled from the company, the tax number checked inline) and a
// need-by date the lines cannot meet.

interface TaxBreakdown {
  netFen: number;
  vatFen: number;
  grossFen: number;
  byRate: { rate: number; vatFen: number }[];
}

const COMPANY_TAX_NUMBER = '91310114MA1GT3K8XR'; // c1's, seeded
const OTHER_TAX_NUMBER = '91350100M000100Y43';

/** A cheap goods product (13 %) and a cheap food product (9 %), one MOQ each far below the threshold. */
async function twoRates(): Promise<[Product, Product]> {
  const cheap = (p: Product) => p.moq * unitPriceAt(p, p.moq) < 30_000 && p.stock >= p.moq;
  const [goods] = await findProducts(BUYER, '自动铅笔', cheap);
  const [food] = await findProducts(BUYER, '大米', cheap);
  return [goods, food];
}

async function serverTax(lines: { productId: string; qty: number }[]): Promise<TaxBreakdown> {
  const preview = await apiPost<{ tax: TaxBreakdown }>(BUYER, '/orders/preview', {
    costCenterId: BUYER_COST_CENTER.id,
    lines,
  });
  return preview.tax;
}

/** The row of a breakdown (a <dl>) with this term. */
function row(breakdown: Locator, term: string): Locator {
  return breakdown
    .locator('div')
    .filter({ has: breakdown.page().getByText(term, { exact: true }) });
}

function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await signIn(page, BUYER);
  await emptyCart(page);
});

test('a buyer checks out with a special VAT invoice and sees the tax breakdown', async ({
  page,
}) => {
  const [goods, food] = await twoRates();
  await page.goto(`/procurement/products/${goods.id}`);
  await expect(page.getByText(/含税 ¥[\d,.]+ · 税额 ¥[\d,.]+（13%）/).first()).toBeVisible();
  await addFromCatalog(page, goods, goods.moq);
  await addFromCatalog(page, food, food.moq);
  const lines = [
    { productId: goods.id, qty: goods.moq },
    { productId: food.id, qty: food.moq },
  ];
  const tax = await serverTax(lines);
  expect(tax.byRate.map((r) => r.rate)).toEqual([13, 9]);

  await openCheckout(page);
  const summary = page.getByRole('complementary', { name: '订单摘要' });
  const breakdown = summary.getByTestId('tax-breakdown');
  await expect(row(breakdown, '不含税金额')).toContainText(money(tax.netFen));
  await expect(row(breakdown, '税额')).toContainText(money(tax.vatFen));
  await expect(row(breakdown, '价税合计')).toContainText(money(tax.grossFen));

  // the invoice is prefilled from the company's details
  const invoice = page.getByRole('region', { name: '发票' });
  await expect(invoice.getByLabel('发票抬头')).toHaveValue('华东精工制造有限公司');
  const taxNumber = invoice.getByLabel('统一社会信用代码');
  await expect(taxNumber).toHaveValue(COMPANY_TAX_NUMBER);
  await invoice.getByRole('radio', { name: '增值税专用发票' }).check();

  // a mistyped code is said inline, and nothing is submitted
  await taxNumber.fill('91350100M000100Y44');
  await taxNumber.blur();
  await expect(invoice.getByText('校验位不符，请核对统一社会信用代码')).toBeVisible();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/procurement\/checkout/);
  await taxNumber.fill(OTHER_TAX_NUMBER.toLowerCase());
  await expect(invoice.getByText('校验位不符，请核对统一社会信用代码')).toBeHidden();

  // needed today: no line can arrive in time, each says so by the line; the order is still allowed
  await page.getByLabel('需求日期', { exact: true }).fill(chinaToday());
  await expect(summary.getByTestId('late-warning')).toHaveCount(2);
  await expect(summary.getByTestId('late-warning').first()).toContainText('晚于需求日期');
  // the pencils are needed a month later: only the rice stays late
  const later = new Date(Date.now() + (8 + 30 * 24) * 3_600_000).toISOString().slice(0, 10);
  await summary.getByRole('button', { name: `本行需求日期不同？（${goods.name}）` }).click();
  await summary.getByLabel(`${goods.name} 的需求日期`).fill(later);
  await expect(summary.getByTestId('late-warning')).toHaveCount(1);
  await expect(
    summary.getByTestId('summary-line').filter({ hasText: food.name }).getByTestId('late-warning'),
  ).toBeVisible();
  await settled(page);
  await page.screenshot({ path: shot('desktop-zh-checkout-invoice'), fullPage: true });
  await page.getByRole('button', { name: '提交订单' }).click();

  const id = await placedOrderId(page);
  const placed = (await order(BUYER, id)) as unknown as {
    invoice: { type: string; title: string; taxNumber: string };
    tax: TaxBreakdown;
    needBy: string;
    lines: { productId: string; needBy?: string }[];
  };
  expect(placed.invoice).toEqual({
    type: 'special',
    title: '华东精工制造有限公司',
    taxNumber: OTHER_TAX_NUMBER,
  });
  expect(placed.tax).toEqual(tax);
  expect(placed.needBy).toBe(chinaToday());
  expect(placed.lines.map((l) => [l.productId, l.needBy])).toEqual([
    [goods.id, later],
    [food.id, undefined],
  ]);
  const shown = page.getByTestId('order-invoice');
  await expect(shown).toContainText('增值税专用发票');
  await expect(shown).toContainText(OTHER_TAX_NUMBER);
  await expect(page.getByTestId('order-need-by')).toContainText(chinaToday());
  await expect(row(page.getByTestId('tax-breakdown'), '价税合计')).toContainText(
    money(tax.grossFen),
  );
  await page.screenshot({ path: shot('desktop-zh-order-invoice'), fullPage: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('checkout in English shows the invoice and the breakdown, nothing off screen', async ({
    page,
  }) => {
    const [goods] = await twoRates();
    await addFromCatalog(page, goods, goods.moq);
    const tax = await serverTax([{ productId: goods.id, qty: goods.moq }]);
    await openCheckout(page);
    await switchLanguage(page, 'en');
    const invoice = page.getByRole('region', { name: 'Invoice' });
    await expect(invoice.getByRole('radio', { name: 'Special VAT invoice' })).toBeChecked();
    await invoice.getByLabel('Unified social credit code').fill('91350100M000100Y4');
    await invoice.getByLabel('Unified social credit code').blur();
    await expect(invoice.getByText('A unified social credit code has 18 characters')).toBeVisible();
    const breakdown = page.getByTestId('tax-breakdown');
    await expect(row(breakdown, 'Net amount')).toContainText(money(tax.netFen, 'en-US'));
    await expect(row(breakdown, 'Total incl. VAT')).toContainText(money(tax.grossFen, 'en-US'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await settled(page);
    await page.screenshot({ path: shot('phone-en-checkout-invoice'), fullPage: true });
  });
});
