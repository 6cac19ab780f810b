import { expect, test } from '../support/fixtures';
import { apiGet, findProducts, unitPriceAt, type Product } from '../support/api';
import { addFromCatalog, emptyCart } from '../support/procurement';
import { shot, signIn, switchLanguage } from '../support/session';

// The address book: a buyer keeps their own addresses (from the user menu), makes a new one the default,
// finds it preselected at checkout and on the placed order; an admin keeps the company's addresses, and
// each change is in the audit log. Each journey puts the book back as it found it (others read it).

const BUYER2 = 'buyer@c2.example';
const ADMIN = 'admin@c1.example';

interface Address {
  id: string;
  scope: string;
  label?: string;
  isDefault: boolean;
}

test('a buyer adds an address, makes it the default, and the order placed with it keeps it', async ({
  page,
}) => {
  const [p] = await findProducts(
    BUYER2,
    '自动铅笔',
    (x: Product) => x.stock >= 10 * x.moq && x.moq * unitPriceAt(x, x.moq) < 50_000,
  );
  await signIn(page, BUYER2);
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '我的收货地址' }).click();
  await expect(page.getByRole('heading', { name: '我的收货地址', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '公司地址（由管理员维护）' })).toBeVisible();

  await page.getByRole('button', { name: '新增地址' }).click();
  await page.getByLabel('收货人').fill('黄晓明');
  await page.getByLabel('手机号').fill('12345678901');
  await page.getByLabel(/^详细地址/).fill('广东省东莞市松山湖园区新城路8号 研发中心2楼');
  await page.getByLabel(/^地址名称/).fill('东莞研发中心');
  await page.getByRole('checkbox', { name: '设为默认地址' }).check();
  await page.getByRole('button', { name: '保存地址' }).click();
  // The rule the API applies, said before anything is sent.
  await expect(page.getByText('请输入 11 位手机号（1 开头，第二位 3–9）')).toBeVisible();
  await page.getByLabel('手机号').fill('139 2000 3000');
  await page.getByRole('button', { name: '保存地址' }).click();
  const card = page.getByTestId('address').filter({ hasText: '东莞研发中心' });
  await expect(card.getByText('默认', { exact: true })).toBeVisible();
  await expect(card).toContainText('黄晓明 · 13920003000');
  await expect(page.getByTestId('address').getByText('默认', { exact: true })).toHaveCount(1);
  await page.screenshot({ path: shot('desktop-zh-my-addresses'), fullPage: true });

  // At checkout the new default is preselected, the company's addresses offered beside it.
  await emptyCart(page);
  await addFromCatalog(page, p, p.moq);
  await page.goto('/procurement/checkout');
  const picker = page.getByTestId('address-picker');
  await expect(picker.getByRole('radio', { name: /^东莞研发中心 · 黄晓明/ })).toBeChecked();
  await expect(picker.getByRole('radio', { name: /公司地址/ }).first()).toBeVisible();
  await expect(page.getByText('当前可用')).toBeVisible();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/procurement\/orders\/[^/?]+\?placed=1/);
  const orderUrl = new URL(page.url()).pathname;
  await expect(page.getByText('广东省东莞市松山湖园区新城路8号 研发中心2楼')).toBeVisible();
  await expect(page.getByText('黄晓明 · 13920003000')).toBeVisible();

  // Deleted again: the order keeps its copy, and the buyer's earlier address is the default again.
  await page.goto('/addresses');
  await card.getByRole('button', { name: /^删除地址/ }).click();
  await card.getByRole('button', { name: /^删除地址“东莞研发中心”/ }).click();
  await expect(card).toHaveCount(0);
  const { body: book } = await apiGet<Address[]>(BUYER2, '/addresses');
  expect(book.filter((a) => a.scope === 'personal' && a.isDefault).length).toBe(1);
  await page.goto(orderUrl);
  await expect(page.getByText('广东省东莞市松山湖园区新城路8号 研发中心2楼')).toBeVisible();
});

test('a new address typed at checkout goes on the order and into the buyer’s book', async ({
  page,
}) => {
  const [p] = await findProducts(
    BUYER2,
    '自动铅笔',
    (x: Product) => x.stock >= 10 * x.moq && x.moq * unitPriceAt(x, x.moq) < 50_000,
  );
  await signIn(page, BUYER2);
  await emptyCart(page);
  await addFromCatalog(page, p, p.moq);
  await page.goto('/procurement/checkout');
  await page.getByTestId('address-picker').getByRole('radio', { name: '使用新地址' }).check();
  await page.getByLabel('收货人').fill('陈思远');
  await page.getByLabel('联系电话').fill('186 6600 7788');
  await page
    .getByRole('textbox', { name: '收货地址' })
    .fill('广东省广州市天河区珠江新城华夏路10号 12楼');
  await expect(page.getByRole('checkbox', { name: '保存到我的地址' })).toBeChecked();
  await expect(page.getByText('当前可用')).toBeVisible();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/procurement\/orders\/[^/?]+\?placed=1/);
  await expect(page.getByText('陈思远 · 18666007788')).toBeVisible();

  await page.goto('/addresses');
  const card = page.getByTestId('address').filter({ hasText: '华夏路10号' });
  await expect(card).toContainText('陈思远 · 18666007788');
  await card.getByRole('button', { name: /^删除地址/ }).click();
  await card.getByRole('button', { name: /^删除地址“陈思远/ }).click();
  await expect(card).toHaveCount(0);
});

test('an admin adds, changes and deletes a company address; the audit log has each change', async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await switchLanguage(page, 'en');
  await page.goto('/admin/addresses');
  await expect(page.getByRole('heading', { name: 'Company addresses', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add address' }).click();
  await page.getByLabel('Recipient').fill('Zhao Min');
  await page.getByLabel('Mobile').fill('13700001234');
  await page.getByLabel(/^Address \(/).fill('上海市浦东新区川沙路5000号 7号库');
  await page.getByLabel(/^Name/).fill('Pudong warehouse');
  await page.getByRole('button', { name: 'Save address' }).click();
  const card = page.getByTestId('address').filter({ hasText: 'Pudong warehouse' });
  await expect(card).toContainText('Zhao Min · 13700001234');
  await page.screenshot({ path: shot('desktop-en-company-addresses'), fullPage: true });

  await card.getByRole('button', { name: 'Edit address: Pudong warehouse' }).click();
  const editor = page.getByTestId('address').filter({ has: page.locator('app-address-form') });
  await expect(editor.getByLabel('Name (optional)')).toHaveValue('Pudong warehouse');
  await editor.getByLabel('Recipient').fill('Qian Li');
  await editor.getByRole('button', { name: 'Save address' }).click();
  await expect(card).toContainText('Qian Li · 13700001234');
  await card.getByRole('button', { name: 'Delete address: Pudong warehouse' }).click();
  await card.getByRole('button', { name: /^Delete the address/ }).click();
  await expect(card).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Administration', exact: true })
    .getByRole('link', { name: 'Audit log', exact: true })
    .click();
  const entries = page.getByRole('list', { name: 'Audit log' }).getByRole('listitem');
  await expect(entries.first()).toContainText('Company addresses');
  await expect(entries.first()).toContainText('Pudong warehouse');
  await expect(page.getByRole('list', { name: 'Audit log' })).toContainText(
    /Recipient\s*Zhao Min → Qian Li/,
  );
  await switchLanguage(page, 'zh-CN');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('my addresses fit a phone, in Chinese and English', async ({ page }) => {
    await signIn(page, BUYER2);
    await page.goto('/addresses');
    const first = page.getByTestId('address').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('phone-zh-my-addresses'), fullPage: true });
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'My addresses', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add address' })).toBeInViewport();
    await page.screenshot({ path: shot('phone-en-my-addresses'), fullPage: true });
    await switchLanguage(page, 'zh-CN');
  });
});
